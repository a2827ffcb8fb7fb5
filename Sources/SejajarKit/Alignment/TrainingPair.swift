/// One sentence pair a lexicon is learned from: the words of a non-null bead of a pass, as
/// global ids (sorted, each once), with the corpus pair it comes from and its jackknife fold.
/// What the map step of a corpus writes (`CorpusStatistics`), and the reduce step trains on.
public struct TrainingPair: Sendable, Hashable {
    /// Index of the document pair in the corpus list.
    public var pair: Int
    /// Jackknife fold: the lexicon of this fold is trained without this pair.
    public var fold: Int
    /// Source word ids, ascending.
    public var source: [Int32]
    /// Target word ids, ascending.
    public var target: [Int32]

    /// Creates a training pair.
    public init(pair: Int, fold: Int, source: [Int32], target: [Int32]) {
        self.pair = pair
        self.fold = fold
        self.source = source
        self.target = target
    }
}
