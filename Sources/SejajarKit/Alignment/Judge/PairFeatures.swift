import Foundation

/// What the judge measures of a pair (one-to-one or merged) for `ConfidenceModel`, each value
/// clamped to a fixed range so that no single extreme decides. The model reads them against the
/// document's typical one-to-one bead (`values(relativeTo:)`, `DocumentReference`), so that they
/// mean the same in every language pair. The order of `values(relativeTo:)` is the order of
/// `names`, the order `benchmarks/calibration/fit.py` fits the coefficients in (a test holds the
/// two together).
struct PairFeatures: Sendable, Hashable {
    /// The bead's posterior probability under the cost model, as log-odds.
    var posterior: Float
    /// Its similarity above the same-shaped neighbours (or the background, whichever is
    /// higher), in background spreads.
    var aboveNeighbours: Float
    /// Its similarity above the background, in spreads.
    var aboveBackground: Float
    /// Its similarity above the best neighbour, in spreads.
    var aboveBest: Float
    /// Gale–Church's standardised length difference with the document's length ratio r and
    /// without the variance constant: (t − s·r) / √(r · max(1, (s + t/r) / 2)).
    var lengthDelta: Float
    /// log(1 + the weight of its words the tables know).
    var known: Float
    /// Its weakest member's similarity to the whole other side, above the background, in spreads.
    var weakestMember: Float
    /// Members beyond one pair (0 for 1-1).
    var extraMembers: Float
    /// The background spread.
    var spread: Float

    /// The names of the features, in the order of `values(relativeTo:)` and of the fitted
    /// coefficients. The lexical ones (above neighbours, background, best, weakest member) stand
    /// against the document's typical one-to-one bead, `lengthFit` is the length delta in the
    /// document's own spread, `known` is against the typical bead's; `informativeness` and
    /// `oneToOneShare` describe the document (`DocumentReference`).
    static let names = ["posterior", "aboveNeighbours", "aboveBackground", "aboveBest", "lengthFit", "known", "weakestMember",
                        "extraMembers", "spread", "informativeness", "oneToOneShare"]

    /// The features in `names` order, measured against `reference`.
    func values(relativeTo reference: DocumentReference) -> [Float] {
        let typical = reference.aboveBackground
        return [posterior, aboveNeighbours - typical, aboveBackground - typical, aboveBest - typical, reference.lengthFit(lengthDelta),
                known - reference.known, weakestMember - typical, extraMembers, spread, reference.informativeness, reference.oneToOneShare]
    }

    /// Features given value by value (tests).
    init(posterior: Float = 0, aboveNeighbours: Float = 0, aboveBackground: Float = 0, aboveBest: Float = 0, lengthDelta: Float = 0,
         known: Float = 0, weakestMember: Float = 0, extraMembers: Float = 0, spread: Float = 0) {
        (self.posterior, self.aboveNeighbours, self.aboveBackground, self.aboveBest) = (posterior, aboveNeighbours, aboveBackground, aboveBest)
        (self.lengthDelta, self.known, self.weakestMember, self.extraMembers, self.spread) = (lengthDelta, known, weakestMember, extraMembers, spread)
    }

    /// The features of `span`.
    init(_ span: BeadSpan, model: CostModel, evidence: PairEvidence, posterior: Posterior, background: Background, n: Int, m: Int,
         judge: JudgeParameters) {
        let (i, j, a, b) = (span.source.lowerBound, span.target.lowerBound, span.source.count, span.target.count)
        let similarity = model.similarity(i: i, j: j, a: a, b: b)
        let (local, best) = background.neighbours(of: span, model: model, evidence: evidence, n: n, m: m, judge: judge)
        let spread = background.spread
        let z = (similarity - max(local, background.mean)) / spread
        let aboveBackground = (similarity - background.mean) / spread
        let aboveBest = (similarity - best) / spread
        let s = model.sourceLength(i, a), t = model.targetLength(j, b), r = model.lengthRatio
        let (_, known) = model.evidenceTotals(i: i, j: j, a: a, b: b)
        // The weakest member of a merged side: its own similarity to the whole other side.
        var weakest = aboveBackground
        if a > 1 {
            for s in i..<(i + a) { weakest = min(weakest, (model.similarity(i: s, j: j, a: 1, b: b) - background.mean) / spread) }
        }
        if b > 1 {
            for t in j..<(j + b) { weakest = min(weakest, (model.similarity(i: i, j: t, a: a, b: 1) - background.mean) / spread) }
        }
        self.posterior = FeatureScale.logit(posterior.probability(i: i, j: j, a: a, b: b))
        aboveNeighbours = FeatureScale.clamp(z, -6, 12)
        self.aboveBackground = FeatureScale.clamp(aboveBackground, -6, 12)
        self.aboveBest = FeatureScale.clamp(aboveBest, -6, 12)
        lengthDelta = FeatureScale.clamp((t - s * r) / (r * max(1, (s + t / r) / 2)).squareRoot(), -100, 100)
        self.known = log(1 + known)
        weakestMember = FeatureScale.clamp(weakest, -6, 12)
        extraMembers = Float(a + b - 2)
        self.spread = FeatureScale.clamp(spread, 0, 1)
    }
}

/// How feature values are bounded.
enum FeatureScale {
    /// `value` within `low…high` (an infinite value at the bound it points to).
    static func clamp(_ value: Float, _ low: Float, _ high: Float) -> Float {
        value.isFinite ? min(high, max(low, value)) : (value > 0 ? high : low)
    }

    /// The log-odds of a probability, clamped to ±8.
    static func logit(_ probability: Double) -> Float {
        let p = min(1 - 1e-6, max(1e-6, probability))
        return clamp(Float(log(p / (1 - p))), -8, 8)
    }
}
