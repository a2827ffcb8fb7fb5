/// A unit of a translation memory store as it is read back: its id in the store, the two
/// segments with their languages, and its provenance.
public struct MemoryUnit: Sendable, Hashable {
    /// One side of a unit.
    public struct Side: Sendable, Hashable {
        /// The language tag (canonical case: `es`, `pt-BR`).
        public var language: String
        /// The segment, inline codes included.
        public var segment: Segment
        /// Its plain text, whitespace collapsed and NFC (what search and lookup compare).
        public var text: String

        /// Creates a side.
        public init(language: String, segment: Segment, text: String) {
            self.language = language
            self.segment = segment
            self.text = text
        }
    }

    /// The unit's id in the store.
    public var id: Int64
    /// The source side.
    public var source: Side
    /// The target side.
    public var target: Side
    /// Where it came from.
    public var provenance: MemoryProvenance

    /// Creates a unit.
    public init(id: Int64, source: Side, target: Side, provenance: MemoryProvenance) {
        self.id = id
        self.source = source
        self.target = target
        self.provenance = provenance
    }
}
