/// A word or number of a sentence, folded for comparison across languages.
public struct Token: Sendable, Hashable {
    /// Lower-cased, diacritics removed ("Comités" → "comites"); numbers lose their group and
    /// decimal separators ("1.500" → "1500") so that "1,500" and "1.500" meet.
    public var folded: String
    /// True when the token is a number.
    public var isNumber: Bool
    /// True when the token was written with a capital letter (names, acronyms).
    public var isCapitalised: Bool
    /// True when the token is a punctuation mark that translations keep (see `Tokenizer.marks`).
    public var isMark: Bool = false
}
