import Foundation

/// Writes an `AlignmentScore` for people (strict and lax P/R/F1, one line each) or as JSON.
public struct EvaluationWriter: Sendable {
    /// Which form to write.
    public var format: ReportFormat

    /// Creates a writer.
    public init(format: ReportFormat = .text) {
        self.format = format
    }

    /// The scores, ending with a newline.
    public func write(_ score: AlignmentScore) throws(SejajarError) -> String {
        switch format {
        case .json:
            return try JSONFormat.text(score)
        case .text:
            return String(format: "strict  P %.3f  R %.3f  F1 %.3f\n", score.strictPrecision, score.strictRecall, score.strictF1)
                + String(format: "lax     P %.3f  R %.3f  F1 %.3f\n", score.laxPrecision, score.laxRecall, score.laxF1)
        }
    }
}
