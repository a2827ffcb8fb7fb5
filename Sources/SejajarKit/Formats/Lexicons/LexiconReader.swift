import Foundation

/// Reads a saved lexicon (`LexiconWriter`): `source<TAB>target<TAB>p(t|s)<TAB>p(s|t)` per line,
/// `#` comments and blank lines ignored; words are folded as the aligner folds them. Both
/// probabilities must be numbers between 0 and 1: NaN, infinities and negative weights would
/// change alignments without a word of warning.
public struct LexiconReader: FormatReader {
    /// Bounds on the input's size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The lexicon in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> Lexicon {
        let text = try TextDecoder.decode([UInt8](data), path: path)
        var entries: [Lexicon.Entry] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformed(path: path, line: number + 1, column: 1,
                                 message: "expected 'source<TAB>target<TAB>p(t|s)<TAB>p(s|t)'")
            }
            var probabilities: [Double] = []
            for k in 2...3 {
                guard let value = Double(fields[k]), value.isFinite, (0...1).contains(value) else {
                    let column = fields[..<k].reduce(1) { $0 + $1.count + 1 }
                    throw .malformed(path: path, line: number + 1, column: column,
                                     message: "'\(fields[k])' is not a probability between 0 and 1")
                }
                probabilities.append(value)
            }
            entries.append(Lexicon.Entry(source: Tokenizer.fold(String(fields[0])), target: Tokenizer.fold(String(fields[1])),
                                         forward: probabilities[0], backward: probabilities[1]))
        }
        return Lexicon(entries: entries)
    }
}
