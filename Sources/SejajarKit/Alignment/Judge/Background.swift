/// What pairs that are *not* aligned look like in one document pair: the mean and spread of the
/// similarity of single sentence pairs near the path but off it. A bead's confidence is how far
/// its similarity stands above this background: in a translation the aligned pairs stand far
/// above it, in two articles on one subject they do not, however many words the articles share.
struct Background: Sendable, Hashable {
    /// Mean similarity of pairs off the path.
    var mean: Float
    /// Their standard deviation (at least `JudgeParameters.minimumSpread`).
    var spread: Float

    /// The background of `path`: up to `backgroundPerSentence` pairs per sentence, between
    /// `backgroundNearest` and `backgroundFarthest` positions away from its partners; the
    /// neutral similarity when there are too few.
    static func measure(path: [BeadSpan], evidence: PairEvidence, model: CostModel, n: Int, m: Int, judge: JudgeParameters) -> Background {
        var values: [Float] = []
        for span in path where !span.source.isEmpty {
            for i in span.source {
                var taken = 0
                for distance in judge.backgroundNearest...judge.backgroundFarthest {
                    for k in [span.target.lowerBound - distance, span.target.upperBound - 1 + distance]
                    where k >= 0 && k < m && evidence.covers(i: i, j: k, a: 1, b: 1) && taken < judge.backgroundPerSentence {
                        values.append(model.similarity(i: i, j: k, a: 1, b: 1))
                        taken += 1
                    }
                }
            }
        }
        guard values.count >= judge.backgroundMinimum else { return Background(mean: model.parameters.neutralSimilarity, spread: judge.neutralSpread) }
        let mean = values.reduce(0, +) / Float(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Float(values.count)
        return Background(mean: mean, spread: max(variance.squareRoot(), judge.minimumSpread))
    }

    /// The similarity of the same-shaped windows next to a pair (shifted past the bead by one,
    /// two and four sentences on either side, on each side): their mean, or the background's
    /// when too few fit (what the pair must stand out from), and the best of them.
    func neighbours(of span: BeadSpan, model: CostModel, evidence: PairEvidence, n: Int, m: Int, judge: JudgeParameters) -> (mean: Float, best: Float) {
        let (i, j, a, b) = (span.source.lowerBound, span.target.lowerBound, span.source.count, span.target.count)
        var neighbours: [Float] = []
        for shift in judge.neighbourShifts.map({ b + $0 }) + judge.neighbourShifts.map({ -(b + $0) }) where j + shift >= 0 && j + shift + b <= m {
            if evidence.covers(i: i, j: j + shift, a: a, b: b) { neighbours.append(model.similarity(i: i, j: j + shift, a: a, b: b)) }
        }
        for shift in judge.neighbourShifts.map({ a + $0 }) + judge.neighbourShifts.map({ -(a + $0) }) where i + shift >= 0 && i + shift + a <= n {
            if evidence.covers(i: i + shift, j: j, a: a, b: b) { neighbours.append(model.similarity(i: i + shift, j: j, a: a, b: b)) }
        }
        return (neighbours.count >= judge.neighbourMinimum ? neighbours.reduce(0, +) / Float(neighbours.count) : mean,
                neighbours.max() ?? mean)
    }
}
