/// What a corpus aligned in shards has learned so far, the same for every shard: the corpus's
/// vocabulary in the order one run over the whole list gives word ids, the size of every pair
/// (which the jackknife plan and the balanced shards are computed from), and the fold lexicons
/// of the latest learning round. `sejajar corpus reduce` writes it; `sejajar corpus map` and
/// `sejajar align --corpus-model` read it.
///
/// Round 0 holds the vocabulary only; round r the lexicons learned from pass r. A corpus takes
/// `rounds` learning rounds (`Aligner.learningRounds`): when `round == rounds` it is complete and
/// the align step runs the last pass with it and judges.
public struct CorpusModel: Sendable {
    /// The corpus fingerprint: the list and the aligner's settings. Statistics and models of
    /// another corpus, or of other settings, are refused.
    public var corpus: String
    /// The latest round reduced.
    public var round: Int
    /// Learning rounds the corpus takes.
    public var rounds: Int
    /// Content sentences of each pair's source and target, in list order.
    public var sourceSentences: [Int]
    public var targetSentences: [Int]
    /// The vocabulary in id order (`pair` and `position` of each word's first occurrence).
    public var words: [CorpusWord]
    /// Round r ≥ 1: for each fold, its lexicon's word pairs as (source, target) ids, ascending.
    public var lexicons: [[(Int32, Int32)]]

    /// Creates a model.
    public init(corpus: String, round: Int, rounds: Int, sourceSentences: [Int], targetSentences: [Int],
                words: [CorpusWord], lexicons: [[(Int32, Int32)]] = []) {
        self.corpus = corpus
        self.round = round
        self.rounds = rounds
        self.sourceSentences = sourceSentences
        self.targetSentences = targetSentences
        self.words = words
        self.lexicons = lexicons
    }

    /// Pairs in the corpus.
    public var pairs: Int { sourceSentences.count }

    /// Whether every learning round is done: what the align step needs.
    public var isComplete: Bool { round >= rounds }

    /// Each pair's weight for balanced shards: its content sentences, both sides.
    public var weights: [Int] { zip(sourceSentences, targetSentences).map { $0 + $1 } }

    /// The jackknife plan, the same in every shard.
    var plan: FoldPlan { FoldPlan(pairs: pairs, loneSourceUnits: sourceSentences.first ?? 0) }

    /// The vocabulary with the ids one run over the whole corpus gives.
    var vocabulary: Vocabulary {
        var vocabulary = Vocabulary()
        for word in words {
            _ = vocabulary.intern(Token(folded: word.folded, isNumber: word.isNumber, isCapitalised: word.isCapitalised, isMark: word.isMark))
        }
        return vocabulary
    }
}
