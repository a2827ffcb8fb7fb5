/// What a corpus run found, pair by pair: each pair's verdict and counts and the findings on its
/// alignment (omissions, additions, moved sentences, different sources). Each align job of a
/// corpus writes the report of its shard; `sejajar corpus merge` puts the shards' reports
/// together in list order, the same as the report of one run over the whole list, and writes
/// the corpus's findings JSON and summary from it.
public struct CorpusReport: Sendable, Hashable {
    /// One pair of the list.
    public struct Entry: Sendable, Hashable, Codable {
        /// The pair's index in the list (from 0).
        public var index: Int
        /// The source and target files.
        public var source: String
        public var target: String
        /// The aligner's verdict and score.
        public var verdict: Verdict
        public var score: Double
        /// Content beads with both sides, of them moved, and content beads with one side.
        public var pairs: Int
        public var moved: Int
        public var unpaired: Int
        /// The findings on the pair's alignment.
        public var findings: [Finding]

        /// Creates an entry.
        public init(index: Int, source: String, target: String, verdict: Verdict, score: Double, pairs: Int, moved: Int, unpaired: Int,
                    findings: [Finding]) {
            self.index = index
            self.source = source
            self.target = target
            self.verdict = verdict
            self.score = score
            self.pairs = pairs
            self.moved = moved
            self.unpaired = unpaired
            self.findings = findings
        }

        /// The entry of pair `index`'s alignment and its findings.
        public init(index: Int, alignment: Alignment, findings: [Finding]) {
            let content = alignment.beads.filter { $0.role.isContent }
            let pairs = content.filter { !$0.isNull }.count
            self.init(index: index, source: alignment.source.path, target: alignment.target.path, verdict: alignment.verdict, score: alignment.score,
                      pairs: pairs, moved: content.filter(\.moved).count, unpaired: content.count - pairs, findings: findings)
        }
    }

    /// The pairs, by index.
    public var entries: [Entry]

    /// A report of these entries.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Every finding, pair by pair in list order.
    public var findings: [Finding] { entries.flatMap(\.findings) }
}
