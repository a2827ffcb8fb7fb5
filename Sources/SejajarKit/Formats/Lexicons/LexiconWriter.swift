import Foundation

/// Writes a lexicon as `LexiconReader` reads it: a comment line naming the columns, then one
/// entry per line in the lexicon's order, probabilities with four decimals.
public struct LexiconWriter: FormatWriter {
    /// Creates a writer.
    public init() {}

    /// The tab-separated text.
    public func write(_ lexicon: Lexicon) -> FormatOutput {
        var out = "# sejajar lexicon: source\ttarget\tp(target|source)\tp(source|target)\n"
        for entry in lexicon.entries {
            out += "\(entry.source)\t\(entry.target)\t\(String(format: "%.4f", entry.forward))\t\(String(format: "%.4f", entry.backward))\n"
        }
        return FormatOutput(out)
    }
}
