import Foundation

/// The similarity-based confidence of a bead, from before the calibrated model: how many
/// background spreads its similarity stands above its neighbours'. The verdict is drawn from it
/// (it compares each pair with the document's own background, so two articles on one subject do
/// not pass for a translation), and beads of texts that are not translations carry the lower of
/// it and the calibrated probability.
struct SimilarityConfidence {
    /// The thresholds.
    var judge: JudgeParameters

    /// Logistic of how many background spreads the bead's similarity stands above that of the
    /// same-shaped windows next to it, plus the Gale–Church length probability. Comparing with
    /// same-shaped neighbours cancels the advantage that merged sentences have in sharing words.
    func pairConfidence(_ span: BeadSpan, model: CostModel, evidence: PairEvidence, background: Background,
                        n: Int, m: Int) -> Double {
        let (i, j, a, b) = (span.source.lowerBound, span.target.lowerBound, span.source.count, span.target.count)
        let similarity = model.similarity(i: i, j: j, a: a, b: b)
        let local = background.neighbours(of: span, model: model, evidence: evidence, n: n, m: m, judge: judge).mean
        let reference = max(local, background.mean)
        let z = (similarity - reference) / background.spread
        let length = max(model.lengthProbability(i: i, j: j, a: a, b: b), 1e-6)
        let logit = judge.legacySlope * (z - judge.legacyOffset) + judge.legacyLengthWeight * log(length) + judge.legacyBias
        return Double(1 / (1 + exp(-logit)))
    }

    /// An omission is certain when no nearby sentence of the other side would pair with it.
    func nullConfidence(_ span: BeadSpan, model: CostModel, evidence: PairEvidence, background: Background,
                        n: Int, m: Int) -> Double {
        var best = 0.0
        if let i = span.source.first {
            let center = span.target.lowerBound
            for j in max(0, center - judge.nullWindow)..<min(m, center + judge.nullWindow) {
                best = max(best, pairConfidence(BeadSpan(source: i..<(i + 1), target: j..<(j + 1)), model: model, evidence: evidence, background: background, n: n, m: m))
            }
        } else if let j = span.target.first {
            let center = span.source.lowerBound
            for i in max(0, center - judge.nullWindow)..<min(n, center + judge.nullWindow) {
                best = max(best, pairConfidence(BeadSpan(source: i..<(i + 1), target: j..<(j + 1)), model: model, evidence: evidence, background: background, n: n, m: m))
            }
        }
        return 1 - best
    }
}
