/// How much a finding matters.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// Worth knowing.
    case note
    /// Probably wrong; a reviewer should look.
    case warning
    /// Wrong.
    case error

    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }

    /// Orders note < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
