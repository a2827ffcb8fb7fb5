/// The result of aligning two documents: beads in reading order with confidences, and a verdict
/// on the pair. What a reviewer should look at is derived from it by the checks.
public struct Alignment: Sendable, Hashable {
    /// The source document.
    public var source: Document
    /// The target document.
    public var target: Document
    /// Beads in reading order; together they cover every sentence of both documents exactly once.
    public var beads: [Bead]
    /// Whether the documents are translations of each other.
    public var verdict: Verdict
    /// Share of sentences, over both sides, inside confident content pairs, in [0, 1].
    public var score: Double

    /// Creates an alignment.
    public init(source: Document, target: Document, beads: [Bead], verdict: Verdict, score: Double) {
        self.source = source
        self.target = target
        self.beads = beads
        self.verdict = verdict
        self.score = score
    }

    /// The text of a bead's source side, its sentences joined by a space.
    public func sourceText(of bead: Bead) -> String {
        bead.source.map { source.sentences[$0].text }.joined(separator: " ")
    }

    /// The text of a bead's target side, its sentences joined by a space.
    public func targetText(of bead: Bead) -> String {
        bead.target.map { target.sentences[$0].text }.joined(separator: " ")
    }
}
