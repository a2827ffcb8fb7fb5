/// Reads a saved lexicon (`LexiconWriter`): `source<TAB>target<TAB>p(t|s)<TAB>p(s|t)` per line,
/// `#` comments and blank lines ignored; words are folded as the aligner folds them.
public struct LexiconReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The lexicon in the file at `path`.
    public func read(path: String) throws(SejajarError) -> Lexicon {
        let text = try TextDecoder.read(path: path)
        var entries: [Lexicon.Entry] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let forward = Double(fields[2]), let backward = Double(fields[3]),
                  !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformed(path: path, line: number + 1, column: 1,
                                 message: "expected 'source<TAB>target<TAB>p(t|s)<TAB>p(s|t)'")
            }
            entries.append(Lexicon.Entry(source: Tokenizer.fold(String(fields[0])), target: Tokenizer.fold(String(fields[1])),
                                         forward: forward, backward: backward))
        }
        return Lexicon(entries: entries)
    }
}
