/// What the map step of a corpus aligned in shards writes for its shard (`sejajar corpus map`):
/// in round 0 the shard's words with where each first occurs and the size of each of its pairs;
/// in round r ≥ 1 the training pairs of pass r (the beads IBM Model 1 learns from). The reduce
/// step (`CorpusModel.reduce`) combines the shards of a round into the next `CorpusModel`.
///
/// EM sums in floating point, so no partial sums are shipped: the reduce trains on every shard's
/// pairs in corpus order, exactly what one run over the whole corpus trains on.
public struct CorpusStatistics: Sendable, Hashable {
    /// The corpus fingerprint (`CorpusModel.corpus`): the list and the aligner's settings.
    public var corpus: String
    /// Pairs in the whole corpus.
    public var corpusPairs: Int
    /// The round: 0 for words and sizes, r ≥ 1 for the training pairs of pass r.
    public var round: Int
    /// This shard, of `shards`.
    public var shard: Int
    public var shards: Int
    /// The corpus indices of the shard's pairs, ascending.
    public var members: [Int]
    /// Round 0: content sentences of each member's source and target.
    public var sourceSentences: [Int]
    public var targetSentences: [Int]
    /// Round 0: the shard's words in order of first occurrence.
    public var words: [CorpusWord]
    /// Round r ≥ 1: the training pairs of pass r, by pair then bead.
    public var training: [TrainingPair]

    /// Creates statistics.
    public init(corpus: String, corpusPairs: Int, round: Int, shard: Int, shards: Int, members: [Int],
                sourceSentences: [Int] = [], targetSentences: [Int] = [], words: [CorpusWord] = [], training: [TrainingPair] = []) {
        self.corpus = corpus
        self.corpusPairs = corpusPairs
        self.round = round
        self.shard = shard
        self.shards = shards
        self.members = members
        self.sourceSentences = sourceSentences
        self.targetSentences = targetSentences
        self.words = words
        self.training = training
    }
}
