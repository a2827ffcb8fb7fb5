/// The bands translators read fuzzy matches in (memoQ's): 101 a context match (the segment and
/// the one before it), 100 exact, 95–99 only numbers, tags, punctuation, spacing or case differ,
/// then high (85–94), medium (75–84) and low (50–74) fuzzy matches. Below 50 nothing is shown.
public enum MatchBand: String, Sendable, Hashable, CaseIterable, Codable {
    case context, exact, formatting, high, medium, low

    /// The band a score falls in, nil below 50.
    public init?(percent: Int) {
        switch percent {
        case 101...: self = .context
        case 100: self = .exact
        case 95...99: self = .formatting
        case 85...94: self = .high
        case 75...84: self = .medium
        case 50...74: self = .low
        default: return nil
        }
    }

    /// "95–99": the scores of the band.
    public var range: ClosedRange<Int> {
        switch self {
        case .context: 101...101
        case .exact: 100...100
        case .formatting: 95...99
        case .high: 85...94
        case .medium: 75...84
        case .low: 50...74
        }
    }

    /// What the band means, for a listing.
    public var label: String {
        switch self {
        case .context: "context match"
        case .exact: "exact match"
        case .formatting: "numbers, tags or punctuation differ"
        case .high: "high fuzzy"
        case .medium: "medium fuzzy"
        case .low: "low fuzzy"
        }
    }
}
