/// How close a stored segment is to a query: a percentage as translators read it, what kind of
/// difference it is, a finer similarity that orders matches of one percentage, and where the
/// stored segment differs (for marking it).
public struct MatchScore: Sendable, Hashable {
    /// What separates the two segments.
    public enum Kind: String, Sendable, Hashable, Codable, Comparable {
        /// Other words (a fuzzy match): at most 94.
        case fuzzy
        /// The same words; numbers, inline codes, punctuation, spacing or case differ: 95–99.
        case formatting
        /// The same text: 100.
        case exact
        /// The same text after the same previous segment: 101.
        case context

        /// Orders kinds: a context match before an exact one, before formatting, before fuzzy.
        public static func < (a: Kind, b: Kind) -> Bool { a.rank < b.rank }

        var rank: Int {
            switch self {
            case .fuzzy: 0
            case .formatting: 1
            case .exact: 2
            case .context: 3
            }
        }
    }

    /// The score, 0–101.
    public var percent: Int
    /// What separates the segments.
    public var kind: Kind
    /// Character-level similarity of the folded texts, 0–1: orders matches of one percentage
    /// (the finer grain translate-toolkit's `tmdb` ranks by).
    public var similarity: Double
    /// Character ranges of the stored segment's plain text that differ from the query (its
    /// words, numbers and marks the query does not have at that place).
    public var differences: [Range<Int>]

    /// Creates a score.
    public init(percent: Int, kind: Kind, similarity: Double, differences: [Range<Int>] = []) {
        self.percent = percent
        self.kind = kind
        self.similarity = similarity
        self.differences = differences
    }

    /// The band the percentage falls in (nil below 50).
    public var band: MatchBand? { MatchBand(percent: percent) }
}
