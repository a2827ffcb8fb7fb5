/// What the aligner concludes about the two documents as a whole.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// Translations of each other: nearly all of both sides aligns confidently.
    case parallel
    /// One contains a translation of much of the other, with substantial parts missing or added.
    case partial
    /// Same subject and vocabulary, but not translations of each other (two articles on one event).
    case comparable
    /// Nothing in common worth a memory.
    case unrelated
}

/// The result of aligning two documents: beads in reading order with confidences, a verdict,
/// and findings a reviewer should look at.
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
    /// Observations about the pair as a whole (different source articles, …).
    public var findings: [Finding]

    /// Creates an alignment.
    public init(source: Document, target: Document, beads: [Bead], verdict: Verdict, score: Double, findings: [Finding] = []) {
        self.source = source
        self.target = target
        self.beads = beads
        self.verdict = verdict
        self.score = score
        self.findings = findings
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
