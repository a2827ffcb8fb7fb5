import Foundation

/// Turns what the judge knows about a bead into a calibrated probability that the bead is
/// exactly right: a logistic model per kind of bead (one-to-one pair, merge, omission or
/// addition), fitted on development data only (Text+Berg dev, NTREX documents 0–39 with
/// perturbations, deletions and moved sentences, and documents 0–39 of ntrex-multi pairs;
/// `benchmarks/calibration/fit.py`), on features that mean the same alone and in a batch and in
/// any language pair: the bead's posterior probability under the cost model, how far its
/// similarity stands above the document's own background and its neighbours against the
/// document's typical one-to-one bead, its length fit in the document's own spread, and for a
/// merge its weakest member (`DocumentReference`).
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

    /// The probability that a pair or merge with `values` (`PairFeatures.values(relativeTo:)`),
    /// or an omission or addition (`NullFeatures.values(relativeTo:)`), is right.
    func probability(_ values: [Float], kind: Kind) -> Double {
        logistic(coefficients[kind]!, values)
    }

    private func logistic(_ weights: [Double], _ values: [Float]) -> Double {
        var logit = weights[0]
        for (k, value) in values.enumerated() { logit += weights[k + 1] * Double(value) }
        return 1 / (1 + exp(-logit))
    }

    /// The fitted model (`benchmarks/calibration/fit.py` prints it).
    static let fitted = ConfidenceModel(coefficients: [
        .pair: [0.1078, 0.5902, -0.8489, 0.4679, -0.1160, 0.2280, -0.3709, 0.4679, 0.0000, -0.5295, -0.9181, 5.2382],
        .merge: [-2.0212, 1.1010, -0.4303, 0.8157, -0.0963, 0.0817, -0.2293, -0.0406, 0.1430, -0.1090, 0.2915, -0.2967],
        .null: [1.1199, -0.0218, 0.0009, 0.3099, -0.2543, 0.6104, -0.1436, -0.0427, -0.1233, -0.0623],
    ])!
}
