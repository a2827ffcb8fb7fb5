import Foundation

/// Turns what the judge knows about a bead into a calibrated probability that the bead is
/// exactly right: a logistic model per kind of bead (one-to-one pair, merge, omission or
/// addition), fitted on development data only (Text+Berg dev, NTREX documents 0–39 with
/// perturbations, deletions and moved sentences; `benchmarks/calibration/fit.py`), on features
/// that mean the same alone and in a batch and in any language pair: the bead's posterior
/// probability under the cost model, how far its similarity stands above the document's own
/// background and its neighbours, its length fit, and for a merge its weakest member.
struct ConfidenceModel: Sendable {
    /// The kinds of bead with a model of their own.
    enum Kind: String, Sendable {
        case pair, merge, null
    }

    /// Coefficients per kind: bias first, then one per feature (see `BeadFeatures`).
    var coefficients: [Kind: [Double]]

    /// The probability for features of a kind.
    func probability(_ features: BeadFeatures) -> Double {
        guard let weights = coefficients[features.kind], weights.count == features.values.count + 1 else { return 0.5 }
        var logit = weights[0]
        for (k, value) in features.values.enumerated() { logit += weights[k + 1] * Double(value) }
        return 1 / (1 + exp(-logit))
    }

    /// The fitted model (`benchmarks/calibration/fit.py` prints it).
    static let fitted = ConfidenceModel(coefficients: [
        .pair: [4.0754, 0.5663, -0.6751, 0.4747, -0.1931, 0.7336, -0.8445, 0.4747, 0.0000, -0.1798],
        .merge: [-1.9518, 0.9906, -0.4876, 0.5886, 0.0326, 0.2834, -0.0488, 0.0238, 0.5063, 0.0353],
        .null: [0.2559, -0.4024, -0.2522, 0.2209, -0.3045, 0.4062, -0.0856, -0.1703],
    ])
}

/// What the judge measures of one bead, for `ConfidenceModel`. Every value is clamped to a
/// fixed range so that no single extreme decides.
struct BeadFeatures: Sendable {
    var kind: ConfidenceModel.Kind
    var values: [Float]

    static func clamp(_ value: Float, _ low: Float, _ high: Float) -> Float {
        value.isFinite ? min(high, max(low, value)) : (value > 0 ? high : low)
    }

    /// The log-odds of a probability, clamped to ±8.
    static func logit(_ probability: Double) -> Float {
        let p = min(1 - 1e-6, max(1e-6, probability))
        return clamp(Float(log(p / (1 - p))), -8, 8)
    }
}
