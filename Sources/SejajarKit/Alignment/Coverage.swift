/// How much of each side's content aligns: the share in confident pairs, and the expected
/// share (sentences weighted by their bead's confidence). The expected share says whether the
/// whole is a translation; the confident share whether a large part is. The verdict, the report's
/// header and `--resume` all read it from here.
public struct Coverage: Sendable, Hashable {
    /// Share of the source's content sentences inside confident pairs.
    public private(set) var sourceShare = 0.0
    /// Share of the target's content sentences inside confident pairs.
    public private(set) var targetShare = 0.0
    /// The smaller side's share, each sentence weighted by its bead's confidence.
    public private(set) var expected = 0.0
    /// Share of sentences, over both sides, inside confident content pairs.
    public private(set) var score = 0.0
    /// The confidence at which a pair counts as confident.
    public let threshold: Double

    /// Coverage of `beads` over `n` source and `m` target content sentences.
    public init(beads: [Bead], contentSource n: Int, contentTarget m: Int, threshold: Double) {
        self.threshold = threshold
        var covered = (source: 0, target: 0)
        var weighted = (source: 0.0, target: 0.0)
        for bead in beads where bead.role.isContent && !bead.isNull {
            weighted.source += bead.confidence * Double(bead.source.count)
            weighted.target += bead.confidence * Double(bead.target.count)
            if bead.confidence >= threshold {
                covered.source += bead.source.count
                covered.target += bead.target.count
            }
        }
        if n > 0 { sourceShare = Double(covered.source) / Double(n) }
        if m > 0 { targetShare = Double(covered.target) / Double(m) }
        if n > 0 && m > 0 { expected = min(weighted.source / Double(n), weighted.target / Double(m)) }
        if n + m > 0 { score = Double(covered.source + covered.target) / Double(n + m) }
    }

    /// Coverage of an alignment's beads over its documents' content sentences.
    public init(_ alignment: Alignment, threshold: Double) {
        self.init(beads: alignment.beads, contentSource: alignment.source.contentSentenceIndices.count,
                  contentTarget: alignment.target.contentSentenceIndices.count, threshold: threshold)
    }

    /// `parallel` or `partial` when coverage decides it; nil when the pair is neither.
    public var verdict: Verdict? {
        if expected >= 0.5 && min(sourceShare, targetShare) >= 0.5 { return .parallel }
        if max(sourceShare, targetShare) >= 0.5 && min(sourceShare, targetShare) >= 0.25 { return .partial }
        return nil
    }
}
