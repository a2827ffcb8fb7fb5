/// A concordance hit: a stored segment that holds what was searched for, the places in its text
/// that matched (for marking them), and the units it is a side of.
public struct MemoryHit: Sendable, Hashable {
    /// The segment's language (canonical tag).
    public var language: String
    /// Its plain text.
    public var text: String
    /// Character ranges of `text` that matched the search.
    public var marks: [Range<Int>]
    /// The units the segment is a side of, and which side.
    public var uses: [Use]

    /// A unit the segment is a side of.
    public struct Use: Sendable, Hashable {
        /// The unit.
        public var unit: MemoryUnit
        /// Whether the hit is the unit's source (else its target).
        public var isSource: Bool
        /// Creates a use.
        public init(unit: MemoryUnit, isSource: Bool) {
            self.unit = unit
            self.isSource = isSource
        }

        /// The other side: what the hit is rendered as (or renders).
        public var other: MemoryUnit.Side { isSource ? unit.target : unit.source }
    }

    /// Creates a hit.
    public init(language: String, text: String, marks: [Range<Int>], uses: [Use]) {
        self.language = language
        self.text = text
        self.marks = marks
        self.uses = uses
    }
}
