/// The target is the source text left untranslated (`untranslated`): the same words, numbers
/// aside, three words or more.
public struct UntranslatedCheck: PairCheck {
    /// Creates the check.
    public init() {}

    /// One finding when the two texts have the same words.
    public func findings(in pair: CheckedPair) -> [Finding] {
        let source = Tokenizer.tokens(pair.sourceText).filter { !$0.isNumber }.map(\.folded)
        guard source.count >= 3, source == Tokenizer.tokens(pair.targetText).filter({ !$0.isNumber }).map(\.folded) else { return [] }
        return [pair.finding(.text.untranslated, .warning, "the target is the source text, untranslated", side: .target)]
    }
}
