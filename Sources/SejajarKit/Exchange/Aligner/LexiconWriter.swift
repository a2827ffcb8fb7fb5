import Foundation

/// Writes a lexicon as `LexiconReader` reads it: a comment line naming the columns, then one
/// entry per line in the lexicon's order, probabilities with four decimals.
public struct LexiconWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The tab-separated text.
    public func write(_ lexicon: Lexicon) -> String {
        var out = "# sejajar lexicon: source\ttarget\tp(target|source)\tp(source|target)\n"
        for entry in lexicon.entries {
            out += "\(entry.source)\t\(entry.target)\t\(String(format: "%.4f", entry.forward))\t\(String(format: "%.4f", entry.backward))\n"
        }
        return out
    }
}
