/// One pair on its way into a translation memory store: a source and a target segment with their
/// languages, the segment before the source (for context matches), and where the pair came from.
/// A reader turns each TMX unit, saved-alignment bead or XLIFF pair into records.
public struct MemoryRecord: Sendable, Hashable {
    /// The source language tag as the file wrote it.
    public var sourceLanguage: String
    /// The source segment.
    public var source: Segment
    /// The target language tag as the file wrote it.
    public var targetLanguage: String
    /// The target segment.
    public var target: Segment
    /// The plain text of the source segment before this one in its document, when known.
    public var context: String?
    /// Where it comes from.
    public var provenance: MemoryProvenance

    /// Creates a record.
    public init(sourceLanguage: String, source: Segment, targetLanguage: String, target: Segment, context: String? = nil,
                provenance: MemoryProvenance = MemoryProvenance()) {
        self.sourceLanguage = sourceLanguage
        self.source = source
        self.targetLanguage = targetLanguage
        self.target = target
        self.context = context
        self.provenance = provenance
    }
}
