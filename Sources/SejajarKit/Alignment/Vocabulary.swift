/// Interns folded tokens of both languages into one id space, so that identical tokens on the two
/// sides (names, numbers, acronyms) share an id and a lexicon can be indexed by arrays.
public struct Vocabulary: Sendable {
    private var ids: [String: Int32] = [:]
    /// Token strings by id.
    public private(set) var words: [String] = []
    /// Whether each id is a number.
    public private(set) var isNumber: [Bool] = []
    /// Whether each id is a punctuation mark (`Tokenizer.marks`).
    public private(set) var isMark: [Bool] = []
    /// Whether each id was ever seen capitalised.
    public private(set) var seenCapitalised: [Bool] = []

    /// Whether `ids` holds every word (a vocabulary made from distinct words leaves it empty
    /// until a word is looked up or added: `indexed()`).
    private var isIndexed = true

    /// An empty vocabulary.
    public init() {}

    /// A vocabulary of distinct words, given in id order, not yet indexed by word: a problem's
    /// local vocabulary is read by id far more often than looked up by word.
    init(distinct words: [String], isNumber: [Bool], isMark: [Bool], seenCapitalised: [Bool]) {
        self.words = words
        self.isNumber = isNumber
        self.isMark = isMark
        self.seenCapitalised = seenCapitalised
        isIndexed = words.isEmpty
    }

    /// The same vocabulary, indexed by word (for many `id(of:)` look-ups).
    func indexed() -> Vocabulary {
        guard !isIndexed else { return self }
        var copy = self
        copy.ids = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, Int32($0)) })
        copy.isIndexed = true
        return copy
    }

    /// Number of distinct tokens.
    public var count: Int { words.count }

    /// The id of `token`, adding it when new.
    public mutating func intern(_ token: Token) -> Int32 {
        if !isIndexed { self = indexed() }
        if let id = ids[token.folded] {
            if token.isCapitalised { seenCapitalised[Int(id)] = true }
            return id
        }
        let id = Int32(words.count)
        ids[token.folded] = id
        words.append(token.folded)
        isNumber.append(token.isNumber)
        isMark.append(token.isMark)
        seenCapitalised.append(token.isCapitalised)
        return id
    }

    /// Whether id is a number or a punctuation mark: a sign every language writes alike, so it
    /// renders itself and counts for nothing when telling related texts from unrelated ones.
    public func isSign(_ id: Int32) -> Bool { isNumber[Int(id)] || isMark[Int(id)] }

    /// The id of a folded word, if known.
    public func id(of folded: String) -> Int32? {
        guard isIndexed else { return words.firstIndex(of: folded).map { Int32($0) } }
        return ids[folded]
    }

    /// Unique token ids of a text, in first-seen order.
    public mutating func uniqueIDs(of text: String) -> [Int32] {
        var seen = Set<Int32>()
        var result: [Int32] = []
        for token in Tokenizer.tokens(text) {
            let id = intern(token)
            if seen.insert(id).inserted { result.append(id) }
        }
        return result
    }
}
