import Foundation

/// The steps of `alignBatch`, each over any share of a corpus: a corpus aligned in shards (a
/// Slurm job array, a Kubernetes Indexed Job) runs them one job each, and one run over the whole
/// list is the case of one shard.
///
/// What makes the shards give the same bytes as one run: word ids are those of the whole corpus
/// (the vocabulary of round 0, `CorpusModel`), jackknife folds are by a pair's index in the whole
/// list, and each lexicon is trained in one place on the pairs of every shard in list order, so
/// that EM sums in the same order.
extension Aligner {
    // MARK: - The steps

    /// Learning rounds a corpus takes: none without learning or without folds, else one and the
    /// relearning passes (across documents only).
    func learningRounds(_ plan: FoldPlan) -> Int {
        guard learnsLexicon, plan.folds > 1 else { return 0 }
        return 1 + (plan.byDocument ? parameters.relearningPasses : 0)
    }

    /// Learning rounds for a corpus of `pairs` pairs (`loneSourceSentences`: the content sentences
    /// of the source when there is one pair): how many map and reduce steps come before align.
    public func learningRounds(pairs: Int, loneSourceSentences: Int) -> Int {
        learningRounds(FoldPlan(pairs: pairs, loneSourceUnits: loneSourceSentences))
    }

    /// One search over every problem: with anchors only (`lexicons` nil: pass 1), or with the
    /// lexicons of each problem's folds learned from the pass before. Returns the paths, and the
    /// tables when lexicons were given (the judge uses the same).
    func pass(_ problems: [AlignmentProblem], indices: [Int], lexicons: [[(Int32, Int32)]]?, plan: FoldPlan,
              label: String) -> (paths: [[BeadSpan]], tables: [[TranslationTable]]?) {
        guard let lexicons else {
            let paths = runAll(problems, label: label) { problem, _ in
                self.structure(problem, tables: problem.tables(extra: self.anchorPairs, lexicons: []), fold: nil)
            }
            return (paths, nil)
        }
        let anchorPairs = self.anchorPairs
        let tables = AllCores.map(problems.count) { q in
            problems[q].tables(extra: anchorPairs, lexicons: plan.foldsUsed(by: indices[q]).map { lexicons[$0] })
        }
        let paths = runAll(problems, label: label) { problem, q in
            self.structure(problem, tables: tables[q], fold: plan.sourceFolds(of: indices[q], problem: problem))
        }
        return (paths, tables)
    }

    /// The sentence pairs of every problem's path that lexicons are learned from, in corpus order,
    /// each with its fold.
    func trainingPairs(_ problems: [AlignmentProblem], indices: [Int], paths: [[BeadSpan]], plan: FoldPlan) -> [TrainingPair] {
        var result: [TrainingPair] = []
        for (q, problem) in problems.enumerated() {
            for span in paths[q] where !span.source.isEmpty && !span.target.isEmpty {
                let fold = plan.fold(problem: indices[q], sourcePosition: span.source.lowerBound, problem: problem)
                for (source, target) in sentencePairs(problem, path: [span]) {
                    result.append(TrainingPair(pair: indices[q], fold: fold, source: source, target: target))
                }
            }
        }
        return result
    }

    /// The alignments of the final paths: confidences, verdicts, orphans.
    func judgeAll(_ problems: [AlignmentProblem], indices: [Int], paths: [[BeadSpan]], tables: [[TranslationTable]]?,
                  plan: FoldPlan) -> [Alignment] {
        runAll(problems, label: "judging") { problem, q in
            guard let tables else {
                return self.judgedChoosing(problem, path: paths[q], tables: problem.tables(extra: self.anchorPairs, lexicons: []), fold: nil)
            }
            return self.judgedChoosing(problem, path: paths[q], tables: tables[q], fold: plan.sourceFolds(of: indices[q], problem: problem))
        }
    }

    // MARK: - A shard's jobs

    /// Map, round 0: the words of a shard's pairs (`indices`: their places in the corpus list)
    /// with where each first occurs, and each pair's content sentences. `words`: the pairs'
    /// `wordTokens` when already made (the shard's `ShardDocuments`).
    public func corpusWords(_ pairs: [(Document, Document)], indices: [Int], words: [[[Token]]]? = nil) -> (words: [CorpusWord], sourceSentences: [Int], targetSentences: [Int]) {
        if words == nil { progress?("tokenising \(pairs.count * 2) documents") }
        let tokenised = tokenise(pairs, words: words)
        var vocabulary = Vocabulary()
        var first: [(pair: Int, position: Int)] = []
        for q in pairs.indices {
            var position = 0
            for document in [tokenised[2 * q], tokenised[2 * q + 1]] {
                for token in document.joined() {
                    if Int(vocabulary.intern(token)) == first.count { first.append((indices[q], position)) }
                    position += 1
                }
            }
        }
        let words = first.indices.map { id in
            CorpusWord(folded: vocabulary.words[id], isNumber: vocabulary.isNumber[id], isMark: vocabulary.isMark[id],
                       isCapitalised: vocabulary.seenCapitalised[id], pair: first[id].pair, position: first[id].position)
        }
        return (words, pairs.map { $0.0.contentSentenceIndices.count }, pairs.map { $0.1.contentSentenceIndices.count })
    }

    /// Map, round r ≥ 1: pass r over a shard's pairs with the model of round r − 1, and the
    /// sentence pairs the lexicons of round r learn from. `words`: the pairs' `wordTokens` when
    /// kept from round 0 (`ShardDocuments`).
    public func corpusTraining(_ pairs: [(Document, Document)], indices: [Int], vectors: [DocumentPairVectors]? = nil,
                               model: CorpusModel, words: [[[Token]]]? = nil) -> [TrainingPair] {
        if words == nil { progress?("tokenising \(pairs.count * 2) documents") }
        let (problems, _) = prepare(pairs, vectors: vectors, vocabulary: model.vocabulary, words: words)
        let plan = model.plan
        let (paths, _) = pass(problems, indices: indices, lexicons: model.round > 0 ? model.lexicons : nil, plan: plan,
                              label: "pass \(model.round + 1)")
        return trainingPairs(problems, indices: indices, paths: paths, plan: plan)
    }

    /// Align: the last pass over a shard's pairs with a complete model, and the judge. `words`:
    /// the pairs' `wordTokens` when kept from round 0 (`ShardDocuments`).
    public func alignShard(_ pairs: [(Document, Document)], indices: [Int], vectors: [DocumentPairVectors]? = nil,
                           model: CorpusModel, words: [[[Token]]]? = nil) -> [Alignment] {
        if words == nil { progress?("tokenising \(pairs.count * 2) documents") }
        let (problems, _) = prepare(pairs, vectors: vectors, vocabulary: model.vocabulary, words: words)
        let plan = model.plan
        let (paths, tables) = pass(problems, indices: indices, lexicons: model.rounds > 0 ? model.lexicons : nil, plan: plan,
                                   label: "pass \(model.rounds + 1)")
        return judgeAll(problems, indices: indices, paths: paths, tables: tables, plan: plan)
    }

    /// Reduce: the statistics of every shard of one round into the next model. Round 0's words
    /// are put in the order of their first occurrence in the list (the ids of one run); a
    /// learning round's pairs are trained on in list order. The statistics must be of one corpus
    /// and one round and cover every pair once (the pipeline checks, naming the files).
    public func reduce(_ statistics: [CorpusStatistics], previous: CorpusModel?) -> CorpusModel {
        let corpus = statistics.first?.corpus ?? previous?.corpus ?? ""
        let count = statistics.first?.corpusPairs ?? previous?.pairs ?? 0
        guard let previous else {
            var sourceSentences = [Int](repeating: 0, count: count), targetSentences = sourceSentences
            var first: [String: CorpusWord] = [:]
            for shard in statistics {
                for (k, p) in shard.members.enumerated() where k < shard.sourceSentences.count && k < shard.targetSentences.count {
                    sourceSentences[p] = shard.sourceSentences[k]
                    targetSentences[p] = shard.targetSentences[k]
                }
                for word in shard.words {
                    guard var known = first[word.folded] else { first[word.folded] = word; continue }
                    let capitalised = known.isCapitalised || word.isCapitalised
                    if (word.pair, word.position) < (known.pair, known.position) { known = word }
                    known.isCapitalised = capitalised
                    first[word.folded] = known
                }
            }
            let words = first.values.sorted { ($0.pair, $0.position) < ($1.pair, $1.position) }
            let rounds = learningRounds(FoldPlan(pairs: count, loneSourceUnits: sourceSentences.first ?? 0))
            return CorpusModel(corpus: corpus, round: 0, rounds: rounds, sourceSentences: sourceSentences, targetSentences: targetSentences, words: words)
        }
        var byPair = [[TrainingPair]](repeating: [], count: previous.pairs)
        for shard in statistics {
            for pair in shard.training where pair.pair < byPair.count { byPair[pair.pair].append(pair) }
        }
        var model = previous
        progress?("lexicon: training \(previous.plan.folds) folds")
        model.lexicons = trainFolds(Array(byPair.joined()), plan: previous.plan)
        model.round = previous.round + 1
        return model
    }
}
