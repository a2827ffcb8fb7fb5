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
    enum Kind: String, Sendable, CaseIterable {
        case pair, merge, null

        /// The names of the kind's features, in the order of its coefficients (after the bias).
        var featureNames: [String] { self == .null ? NullFeatures.names : PairFeatures.names }
    }

    /// Coefficients per kind: bias first, then one per feature, in `Kind.featureNames` order.
    let coefficients: [Kind: [Double]]

    /// A model with coefficients for every kind, or nil when a kind's coefficients do not match
    /// its features (a model printed for other features): refused when the model is made, never
    /// a silent 0.5 later.
    init?(coefficients: [Kind: [Double]]) {
        for kind in Kind.allCases where coefficients[kind]?.count != kind.featureNames.count + 1 { return nil }
        self.coefficients = coefficients
    }

    /// The probability that a pair or merge with `features` is right.
    func probability(_ features: PairFeatures, kind: Kind) -> Double {
        logistic(coefficients[kind]!, features.values)
    }

    /// The probability that an omission or addition with `features` is right.
    func probability(_ features: NullFeatures) -> Double {
        logistic(coefficients[.null]!, features.values)
    }

    private func logistic(_ weights: [Double], _ values: [Float]) -> Double {
        var logit = weights[0]
        for (k, value) in values.enumerated() { logit += weights[k + 1] * Double(value) }
        return 1 / (1 + exp(-logit))
    }

    /// The fitted model (`benchmarks/calibration/fit.py` prints it).
    static let fitted = ConfidenceModel(coefficients: [
        .pair: [4.0754, 0.5663, -0.6751, 0.4747, -0.1931, 0.7336, -0.8445, 0.4747, 0.0000, -0.1798],
        .merge: [-1.9518, 0.9906, -0.4876, 0.5886, 0.0326, 0.2834, -0.0488, 0.0238, 0.5063, 0.0353],
        .null: [0.2559, -0.4024, -0.2522, 0.2209, -0.3045, 0.4062, -0.0856, -0.1703],
    ])!
}
