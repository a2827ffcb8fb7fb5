import Foundation

/// What the judge measures of an omission or addition for `ConfidenceModel`, read against the
/// document's typical one-to-one bead as `PairFeatures` are (see there for the order contract).
struct NullFeatures: Sendable, Hashable {
    /// The bead's posterior probability as log-odds.
    var posterior: Float
    /// How well the sentence would pair with the nearest sentences of the other side: the best
    /// similarity above the background, in spreads.
    var bestPairing: Float
    /// Its length in characters.
    var length: Float
    /// Whether it is a source sentence (an omission) rather than a target one (an addition).
    var isSource: Bool
    /// log(1 + the weight of its words the tables know).
    var known: Float
    /// 1 when it is debris (mostly symbols and numbers), else 0.
    var debris: Float
    /// The mean log-odds posterior of the beads on either side of it.
    var neighbourPosterior: Float
    /// The background spread.
    var spread: Float

    /// The names of the features, in the order of `values(relativeTo:)` and of the fitted
    /// coefficients: `bestPairing` stands against the document's typical one-to-one bead,
    /// `length` is log(characters / the side's typical sentence), `known` is against half the
    /// typical bead's known weight; `informativeness` and `oneToOneShare` describe the document.
    static let names = ["posterior", "bestPairing", "length", "known", "debris", "neighbourPosterior", "spread", "informativeness",
                        "oneToOneShare"]

    /// The features in `names` order, measured against `reference`.
    func values(relativeTo reference: DocumentReference) -> [Float] {
        let typical = isSource ? reference.sourceChars : reference.targetChars
        return [posterior, bestPairing - reference.aboveBackground, log(max(length, 1) / max(typical, 1)), known - (reference.known - log(2)),
                debris, neighbourPosterior, spread, reference.informativeness, reference.oneToOneShare]
    }

    /// The features of `span`, bead `index` of `path`.
    init(_ span: BeadSpan, path: [BeadSpan], index: Int, model: CostModel, evidence: PairEvidence, posterior: Posterior,
         background: Background, source: UnitSequence, n: Int, m: Int, judge: JudgeParameters) {
        var best: Float = -6
        var chars: Float = 0, known: Float = 0, debris: Float = 0
        if let i = span.source.first {
            for j in max(0, span.target.lowerBound - judge.nullWindow)..<min(m, span.target.lowerBound + judge.nullWindow) where evidence.covers(i: i, j: j, a: 1, b: 1) {
                best = max(best, (model.similarity(i: i, j: j, a: 1, b: 1) - background.mean) / background.spread)
            }
            chars = source.chars[i]
            known = evidence.knownSource[i]
            debris = source.skipShare[i] < 1 ? 1 : 0
        } else if let j = span.target.first {
            for i in max(0, span.source.lowerBound - judge.nullWindow)..<min(n, span.source.lowerBound + judge.nullWindow) where evidence.covers(i: i, j: j, a: 1, b: 1) {
                best = max(best, (model.similarity(i: i, j: j, a: 1, b: 1) - background.mean) / background.spread)
            }
            chars = model.targetLength(j, 1)
            known = evidence.knownTarget[Int(source.table[min(max(0, span.source.lowerBound), max(0, n - 1))])][j]
            debris = model.target.skipShare[j] < 1 ? 1 : 0
        }
        func neighbourPosterior(_ k: Int) -> Float {
            guard path.indices.contains(k) else { return 0 }
            let other = path[k]
            return FeatureScale.logit(posterior.probability(i: other.source.lowerBound, j: other.target.lowerBound,
                                                            a: other.source.count, b: other.target.count))
        }
        self.posterior = FeatureScale.logit(posterior.probability(i: span.source.lowerBound, j: span.target.lowerBound,
                                                                  a: span.source.count, b: span.target.count))
        bestPairing = FeatureScale.clamp(best, -6, 12)
        length = chars
        isSource = !span.source.isEmpty
        self.known = log(1 + known)
        self.debris = debris
        self.neighbourPosterior = (neighbourPosterior(index - 1) + neighbourPosterior(index + 1)) / 2
        spread = FeatureScale.clamp(background.spread, 0, 1)
    }
}
