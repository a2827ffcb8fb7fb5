/// What the checker keeps between two checks of one alignment as a person edits it: each content
/// pair's terms and findings, by bead, and what they were judged under. The review editor keeps
/// one per session, so that an edit re-checks only the beads it made.
public struct CheckMemo: Sendable {
    /// One checked pair: its view (with its terms) and its findings.
    struct Entry: Sendable {
        var pair: CheckedPair
        var findings: [Finding]
    }

    /// What every pair's findings depend on beyond the pair itself.
    struct Context: Sendable, Hashable {
        var verdict: Verdict
        var medianRatio: Double
        var inDomain: Bool
    }

    var entries: [Bead: Entry] = [:]
    var context: Context?
    /// The language check's findings: about the documents, which an edit never changes.
    public internal(set) var languages: [Finding]?

    /// An empty memo: the first check with it checks every pair.
    public init() {}

    init(entries: [Bead: Entry], context: Context?, languages: [Finding]?) {
        self.entries = entries
        self.context = context
        self.languages = languages
    }
}
