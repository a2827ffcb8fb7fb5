/// What `sejajar evaluate` reports: the scores of a test alignment against the gold one, and how
/// reliable its confidences were (when its beads carry them).
public struct Evaluation: Sendable {
    /// Precision, recall and F1, strict and lax.
    public var score: AlignmentScore
    /// Calibration of the test beads' confidences, when they have any.
    public var reliability: Reliability?

    /// Creates an evaluation.
    public init(score: AlignmentScore, reliability: Reliability? = nil) {
        self.score = score
        self.reliability = reliability
    }
}
