/// A word of a corpus's vocabulary as one shard saw it: its folded form, the flags the aligner
/// keeps for it, and where it first occurs, so that the shards' words can be put in the order
/// one run over the whole corpus gives them ids in (`CorpusModel.reduce`).
public struct CorpusWord: Sendable, Hashable {
    /// The folded token.
    public var folded: String
    /// Whether its first occurrence is a number.
    public var isNumber: Bool
    /// Whether its first occurrence is a punctuation mark.
    public var isMark: Bool
    /// Whether any occurrence is written with a capital (in the shard; in the corpus once reduced).
    public var isCapitalised: Bool
    /// The corpus pair of its first occurrence.
    public var pair: Int
    /// Its first occurrence's position among the tokens of that pair (source, then target).
    public var position: Int

    /// Creates a word.
    public init(folded: String, isNumber: Bool, isMark: Bool, isCapitalised: Bool, pair: Int, position: Int) {
        self.folded = folded
        self.isNumber = isNumber
        self.isMark = isMark
        self.isCapitalised = isCapitalised
        self.pair = pair
        self.position = position
    }
}
