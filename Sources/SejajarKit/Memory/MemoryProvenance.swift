/// Where a unit of a translation memory store came from and how far it can be trusted: the file
/// and line it was added from, its date, the aligner's confidence, whether a person locked or
/// reviewed it, and whether it was aligned (by Sejajar or another aligner) or translated (in a
/// CAT tool). A lookup penalises aligned units no one reviewed; an export selects by any of it.
public struct MemoryProvenance: Sendable, Hashable {
    /// How the pair came to be.
    public enum Origin: String, Sendable, Hashable, CaseIterable, Codable {
        /// Paired by an aligner from two texts translated apart.
        case aligned
        /// Translated segment by segment (a CAT tool's memory or bilingual file).
        case translated
    }

    /// The file the unit was added from, as it was given to `add`.
    public var file: String?
    /// The line of the file the unit starts on (a TMX `<tu>`, a bead's first source sentence).
    public var line: Int?
    /// When the unit was made: the TMX `creationdate`, else when it was added; seconds since
    /// 1970 (UTC).
    public var date: Int64?
    /// The aligner's confidence that the pair is right, 0–1, when there is one.
    public var confidence: Double?
    /// A person fixed or approved the pair (a locked bead).
    public var reviewed: Bool
    /// Aligned or translated.
    public var origin: Origin

    /// Creates a provenance.
    public init(file: String? = nil, line: Int? = nil, date: Int64? = nil, confidence: Double? = nil, reviewed: Bool = false,
                origin: Origin = .translated) {
        self.file = file
        self.line = line
        self.date = date
        self.confidence = confidence
        self.reviewed = reviewed
        self.origin = origin
    }
}
