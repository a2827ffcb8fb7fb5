/// A shard's document pairs as read and segmented, with the words of every sentence
/// (`Aligner.wordTokens`): what round 0 of a corpus in shards (`sejajar corpus map`) keeps in a
/// file beside its statistics so that the later rounds and the align step of the same shard start
/// from it instead of reading, segmenting and tokenising the files again (57% of a later map
/// step, by perf, on 100 pairs of 200 sentences).
///
/// It carries the corpus fingerprint of the run that wrote it (`CorpusStatistics.corpus`: the
/// list with every file's size, the languages, layout and settings), so that a file of another
/// run is refused rather than used. The term base's concepts are not kept: they are matched again
/// at each step (`Aligner.tokenise`).
public struct ShardDocuments: Sendable {
    /// The corpus fingerprint of the run.
    public var corpus: String
    /// Pairs in the whole corpus list.
    public var corpusPairs: Int
    /// The shard that wrote it, of `shards`.
    public var shard: Int
    public var shards: Int
    /// The list indices of the pairs held, ascending.
    public var members: [Int]
    /// The pairs, one per member.
    public var pairs: [(Document, Document)]
    /// The words of every sentence of every document (source, target, source, …), as
    /// `Aligner.wordTokens` makes them.
    public var words: [[[Token]]]

    /// Creates a shard's documents; `words` holds two entries per pair.
    public init(corpus: String, corpusPairs: Int, shard: Int, shards: Int, members: [Int], pairs: [(Document, Document)], words: [[[Token]]]) {
        self.corpus = corpus
        self.corpusPairs = corpusPairs
        self.shard = shard
        self.shards = shards
        self.members = members
        self.pairs = pairs
        self.words = words
    }

    /// Whether two hold the same run, shard, pairs and words.
    public func isSame(as other: ShardDocuments) -> Bool {
        corpus == other.corpus && corpusPairs == other.corpusPairs && shard == other.shard && shards == other.shards
            && members == other.members && pairs.count == other.pairs.count
            && zip(pairs, other.pairs).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 } && words == other.words
    }
}
