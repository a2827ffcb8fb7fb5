/// The target is the source text left untranslated (`untranslated`): the same words, numbers
/// aside, three words or more.
public struct UntranslatedCheck: PairCheck {
    /// Creates the check.
    public init() {}

    /// One finding when the two texts have the same words.
    public func findings(in pair: CheckedPair) -> [Finding] {
        // A translation's first word is almost never the source's: compare those before the rest.
        guard let first = Self.firstWord(pair.sourceText), first == Self.firstWord(pair.targetText) else { return [] }
        let source = Tokenizer.tokens(pair.sourceText).filter { !$0.isNumber }.map(\.folded)
        guard source.count >= 3, source == Tokenizer.tokens(pair.targetText).filter({ !$0.isNumber }).map(\.folded) else { return [] }
        return [pair.finding(.text.untranslated, .warning, "the target is the source text, untranslated", side: .target)]
    }

    /// The first of `Tokenizer.tokens(text)` that is no number, folded, read no further than it
    /// ends: a word the scanner has finished never changes.
    static func firstWord(_ text: String) -> String? {
        var scanner = Tokenizer.Scanner(rules: [.numberGroups, .ideographsAlone])
        var read = 0
        func found() -> String? {
            while read < scanner.words.count {
                let word = scanner.words[read]
                read += 1
                if !word.isNumber, let piece = WordBreaks.split(word.scalars).first { return Tokenizer.fold(String(piece)) }
            }
            return nil
        }
        for scalar in text.unicodeScalars {
            scanner.feed(scalar, at: 0)
            if let word = found() { return word }
        }
        scanner.finish()
        return found()
    }
}
