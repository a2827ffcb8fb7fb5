/// One bead's calibration features, with where it is: what `Aligner.featureSink` receives and
/// `BeadFeatureWriter` writes for fitting `ConfidenceModel` on development data.
public struct BeadFeatureRecord: Sendable, Hashable {
    /// Paths of the two documents.
    public var sourceDocument: String
    public var targetDocument: String
    /// The bead's sentence indices on each side.
    public var source: [Int]
    public var target: [Int]
    /// "pair", "merge" or "null": which of the model's equations the features feed.
    public var kind: String
    /// The features, in the order of `PairFeatures.names` or `NullFeatures.names`.
    public var values: [Float]
}
