import Foundation

/// Writes an `AlignmentScore` for people (strict and lax P/R/F1, one line each) or as JSON.
public struct EvaluationWriter: FormatWriter {
    /// Which form to write.
    public var format: ReportFormat

    /// Creates a writer.
    public init(format: ReportFormat = .text) {
        self.format = format
    }

    private struct Report: Encodable {
        var score: AlignmentScore
        var reliability: Reliability?
        func encode(to encoder: any Encoder) throws {
            try score.encode(to: encoder)
            enum Keys: String, CodingKey { case reliability }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeIfPresent(reliability, forKey: .reliability)
        }
    }

    /// The scores, and the reliability of the confidences when the test beads carry them,
    /// ending with a newline.
    public func write(_ evaluation: Evaluation) throws(SejajarError) -> FormatOutput {
        FormatOutput(try text(evaluation.score, reliability: evaluation.reliability))
    }

    private func text(_ score: AlignmentScore, reliability: Reliability?) throws(SejajarError) -> String {
        let reliability = reliability.flatMap { $0.beads > 0 ? $0 : nil }
        switch format {
        case .json:
            return try JSONFormat.text(Report(score: score, reliability: reliability))
        case .text:
            var out = String(format: "strict  P %.3f  R %.3f  F1 %.3f\n", score.strictPrecision, score.strictRecall, score.strictF1)
                + String(format: "lax     P %.3f  R %.3f  F1 %.3f\n", score.laxPrecision, score.laxRecall, score.laxF1)
            guard let reliability else { return out }
            out += "confidence   beads   mean  exact\n"
            for bin in reliability.bins where bin.count > 0 {
                out += String(format: "%.1f–%.1f  %7d  %5.3f  %5.3f\n", bin.lower, bin.lower + 0.1, bin.count, bin.meanConfidence, bin.exactShare)
            }
            out += String(format: "ECE %.3f; confidence ≥ %.2f: %d beads, %.1f%% exact; exact beads reaching it: %.1f%%\n",
                          reliability.calibrationError, reliability.confidentAt, reliability.confident, reliability.confidentExact * 100,
                          reliability.exactConfident * 100)
            if reliability.goldNull > 0 {
                out += String(format: "gold 1-0/0-1 beads reproduced exactly: %d of %d (%.1f%%)\n", reliability.nullReproduced,
                              reliability.goldNull, Double(reliability.nullReproduced) / Double(reliability.goldNull) * 100)
            }
            return out
        }
    }
}
