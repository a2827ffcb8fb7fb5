/// What adding one file to a store did: pairs read, units added, duplicates of units already
/// stored, new distinct segments, and pairs left out (an empty side).
public struct MemoryAddCounts: Sendable, Hashable, Codable {
    /// The file.
    public var file: String
    /// Pairs read from it.
    public var read = 0
    /// Units added.
    public var added = 0
    /// Pairs already in the store (same normalised source, target, languages and context).
    public var duplicates = 0
    /// Segments the store did not hold before.
    public var newSegments = 0
    /// Pairs with an empty side, left out.
    public var empty = 0

    /// Counts for `file`, all zero.
    public init(file: String) {
        self.file = file
    }

    /// "a.tmx: 1200 units added, 30 duplicates, 2 with an empty side left out".
    public var summary: String {
        var line = "\(file): \(added) units added (\(newSegments) new segments)"
        if duplicates > 0 { line += ", \(duplicates) duplicates" }
        if empty > 0 { line += ", \(empty) with an empty side left out" }
        return line
    }
}
