import Foundation
import Synchronization

/// Aligns documents: paragraphs first, then sentences inside each aligned paragraph group, by
/// dynamic programming over beads from 0-1/1-0 up to 1-4/4-1 and 2-2.
///
/// Two passes. The first scores beads by length (Gale–Church) and anchors (numbers, names,
/// acronyms, cognates, glossary and saved-lexicon pairs). An IBM Model 1 lexicon is then learned
/// from the first-pass beads, jackknifed so that no document (or, alone, no quarter of a
/// document) is scored with word pairs learned from itself, and the second pass adds it to the
/// anchors. Search runs in a band around a coarse path, so memory grows linearly with length.
public struct Aligner: Sendable {
    /// Cost-model weights.
    public var parameters: AlignerParameters
    /// Extra anchor pairs (glossary, saved lexicon).
    public var anchorPairs: [AnchorPair]
    /// Whether to learn a lexicon from the first pass and run a second pass.
    public var learnsLexicon: Bool
    /// Called with short progress messages ("pass 1: 3/80 documents").
    public var progress: (@Sendable (String) -> Void)?
    /// Tokens the sentences share beyond their words: a term base's concepts (`ConceptTokens`).
    public var concepts: (any SharedTokenSource)?
    /// Called with every document pair's bead features as they are judged: what the confidence
    /// calibration is fitted from (`benchmarks/calibration/fit.py`, through `SEJAJAR_FEATURES`).
    public var featureSink: (@Sendable ([BeadFeatureRecord]) -> Void)?

    /// Creates an aligner.
    public init(parameters: AlignerParameters = AlignerParameters(), anchors: [any AnchorSource] = [],
                learnsLexicon: Bool = true, progress: (@Sendable (String) -> Void)? = nil) {
        self.parameters = parameters
        self.anchorPairs = anchors.flatMap(\.anchorPairs)
        self.learnsLexicon = learnsLexicon
        self.progress = progress
    }

    /// Aligns one document pair, with sentence vectors from an embedding model when given.
    public func align(_ source: Document, _ target: Document, vectors: DocumentPairVectors? = nil) -> Alignment {
        alignBatch([(source, target)], vectors: vectors.map { [$0] })[0]
    }

    /// Aligns many document pairs at once, on all cores, learning one lexicon from all of them.
    /// `vectors`, when given, holds one entry per pair: the embedding term joins the length,
    /// anchor and lexical evidence (`AlignerParameters.embeddingWeight`).
    ///
    /// The steps are those a corpus aligned in shards runs one job each (`Aligner+Corpus`): this
    /// is the one-shard case of the same functions, so the shards give the same bytes.
    public func alignBatch(_ pairs: [(Document, Document)], vectors: [DocumentPairVectors]? = nil) -> [Alignment] {
        let (problems, paths, tables, plan) = searched(pairs, vectors: vectors)
        return judgeAll(problems, indices: Array(problems.indices), paths: paths, tables: tables, plan: plan)
    }

    /// Every step of `alignBatch` before the judge: the problems of `pairs`, their final paths,
    /// the tables those were searched with (nil when no lexicon was learned) and the folds.
    func searched(_ pairs: [(Document, Document)], vectors: [DocumentPairVectors]? = nil)
        -> (problems: [AlignmentProblem], paths: [[BeadSpan]], tables: [[TranslationTable]]?, plan: FoldPlan) {
        progress?("tokenising \(pairs.count * 2) documents")
        let (problems, global) = prepare(pairs, vectors: vectors)
        progress?("pass 1: \(problems.reduce(0) { $0 + $1.sourceUnits.count + $1.targetUnits.count }) sentences, \(global.count) words")
        let plan = FoldPlan(pairs: problems.count, loneSourceUnits: problems.first?.sourceUnits.count ?? 0)
        let indices = Array(problems.indices)
        // Learn from the latest beads and align again: once, and again from the second pass's
        // better beads (`relearningPasses`). Only across documents: within one document split in
        // quarters relearning lost accuracy on Text+Berg (strict F1 0.862 -> 0.853), across
        // documents it gained (0.866 -> 0.874).
        var (paths, tables) = pass(problems, indices: indices, lexicons: nil, plan: plan, label: "pass 1")
        for round in 0..<learningRounds(plan) {
            progress?("lexicon: training \(plan.folds) folds")
            let lexicons = trainFolds(trainingPairs(problems, indices: indices, paths: paths, plan: plan), plan: plan)
            (paths, tables) = pass(problems, indices: indices, lexicons: lexicons, plan: plan, label: "pass \(round + 2)")
        }
        return (problems, paths, tables, plan)
    }

    /// Learns a lexicon from the first pass over all pairs (no jackknife): what `sejajar lexicon
    /// train` saves.
    public func learnLexicon(_ pairs: [(Document, Document)], vectors: [DocumentPairVectors]? = nil) -> Lexicon {
        let (problems, global) = prepare(pairs, vectors: vectors)
        let paths = runAll(problems, label: "pass 1") { problem, _ in
            self.structure(problem, tables: problem.tables(extra: self.anchorPairs, lexicons: []), fold: nil)
        }
        var training: [([Int32], [Int32])] = []
        for (p, problem) in problems.enumerated() { training += sentencePairs(problem, path: paths[p]) }
        let trained = ModelOneTrainer().train(training)
        return Lexicon(entries: trained.map {
            Lexicon.Entry(source: global.words[Int($0.source)], target: global.words[Int($0.target)],
                          forward: Double($0.forward), backward: Double($0.backward))
        })
    }

    // MARK: - Preparation

    /// The problems of `pairs`, their words interned in document order into `vocabulary` (empty:
    /// ids in order of first occurrence in `pairs`; a corpus's: the ids the whole corpus gives).
    /// `words`, when given, are the pairs' `wordTokens` already made (a shard's documents kept
    /// between the steps of a corpus, `ShardDocuments`).
    func prepare(_ pairs: [(Document, Document)], vectors: [DocumentPairVectors]? = nil,
                 vocabulary: Vocabulary = Vocabulary(), words: [[[Token]]]? = nil) -> ([AlignmentProblem], Vocabulary) {
        let tokenised = tokenise(pairs, words: words)
        var global = vocabulary
        // Each sentence's distinct ids in first-seen order: an id is kept when its stamp is not yet
        // the sentence's (a new word's id is the next one).
        var stamp = [Int32](repeating: 0, count: global.count), sentence: Int32 = 0
        let ids: [[[Int32]]] = tokenised.map { document in
            document.map { tokens in
                sentence += 1
                return tokens.compactMap { token in
                    let id = global.intern(token)
                    if Int(id) == stamp.count { stamp.append(0) }
                    guard stamp[Int(id)] != sentence else { return nil }
                    stamp[Int(id)] = sentence
                    return id
                }
            }
        }
        // The problems are independent of one another once every word has its id: on all cores.
        let parameters = self.parameters, final = global
        let problems = AllCores.map(pairs.count) { p in
            AlignmentProblem(source: pairs[p].0, target: pairs[p].1, sourceGlobal: ids[2 * p], targetGlobal: ids[2 * p + 1],
                             global: final, parameters: parameters, vectors: vectors.flatMap { p < $0.count ? $0[p] : nil })
        }
        return (problems, global)
    }

    /// The tokens of every sentence of every document (source, target, source, …), on all cores:
    /// `words` (the pairs' `wordTokens`; made here when nil), then the term base's concepts.
    func tokenise(_ pairs: [(Document, Document)], words: [[[Token]]]? = nil) -> [[[Token]]] {
        let tokenised = Mutex<[[[Token]]]>(words.flatMap { $0.count == pairs.count * 2 ? $0 : nil } ?? wordTokens(pairs))
        // Concepts of the term base the two sides name, after the words (matched in order: the
        // matchers are not shared between threads).
        if let concepts {
            let named = concepts.tokens(pairs)
            tokenised.withLock { all in
                for (p, sides) in named.enumerated() {
                    for (s, tokens) in sides.source.enumerated() { all[2 * p][s] += tokens }
                    for (s, tokens) in sides.target.enumerated() { all[2 * p + 1][s] += tokens }
                }
            }
        }
        return tokenised.withLock { $0 }
    }

    /// The words and kept punctuation marks of every sentence of every document (source,
    /// target, source, …), on all cores: what `tokenise` adds the term base's concepts to, and
    /// what a shard of a corpus keeps between its steps (`ShardDocuments`), since it depends on
    /// the texts, their languages and `AlignerParameters.lexiconStems` alone.
    public func wordTokens(_ pairs: [(Document, Document)]) -> [[[Token]]] {
        let documents = pairs.flatMap { [$0.0, $0.1] }
        let stems = parameters.lexiconStems
        return AllCores.map(documents.count) { d in
            var cache = Tokenizer.FoldCache()
            let language = documents[d].language
            let stemmer = stems ? Self.stemmer(for: language) : nil
            // Words, then the punctuation marks a translation keeps (they are anchors too).
            return documents[d].sentences.map { Tokenizer.tokens($0.text, cache: &cache, stemmer: stemmer) + Tokenizer.marks($0.text, language: language) }
        }
    }

    /// Languages whose lexicon learns whole words even with `AlignerParameters.lexiconStems`.
    static let wholeWordLanguages: Set<String> = ["id", "ms"]

    /// What cuts a word of `language` to the unit its lexicon learns (`AlignerParameters.lexiconStems`):
    /// Snowball's stemmer where libstemmer has one, else the language's table of endings, else
    /// nil (whole words: Vietnamese, Chinese, Thai and the others that write no endings, and
    /// languages neither knows). Made per document: a Snowball stemmer is not thread-safe.
    ///
    /// Indonesian and Malay keep whole words: their Snowball stemmer takes off derivational
    /// prefixes and suffixes, which make other words (pembunuhan "murder" → bunuh "kill",
    /// mereka "they" → reka), not inflections; with it the lone Vietnamese–Indonesian NTREX
    /// document 10 lost the confidence of 10 of its 18 right pairs.
    static func stemmer(for language: Language) -> ((String) -> String)? {
        if wholeWordLanguages.contains(language.base) { return nil }
        let snowball = Stemmer(language: language)
        if snowball.algorithm != nil { return { snowball.stem($0) } }
        if let table = SuffixTable.tables[language.base] { return { table.stem($0) } }
        return nil
    }

    /// Runs `work` over every problem on all cores, results in input order.
    func runAll<T: Sendable>(_ problems: [AlignmentProblem], label: String,
                                     _ work: @escaping @Sendable (AlignmentProblem, Int) -> T) -> [T] {
        let done = Mutex(0)
        let progress = self.progress
        return AllCores.map(problems.count) { p in
            let result = work(problems[p], p)
            let count = done.withLock { value -> Int in value += 1; return value }
            progress?("\(label): \(count)/\(problems.count) documents")
            return result
        }
    }

    // MARK: - Structure

    /// Paragraphs, then sentences; returns beads over content-sentence positions.
    func structure(_ problem: AlignmentProblem, tables: [TranslationTable], fold: [UInt8]?) -> [BeadSpan] {
        var source = problem.sourceUnits
        if let fold { source.table = fold }
        let target = problem.targetUnits
        let context = SearchContext(parameters: parameters, tables: tables, sourceWeights: problem.sourceWeights,
                                    targetWeights: problem.targetWeights, lengthRatio: problem.lengthRatio)
        guard problem.usesParagraphs else {
            return context.solveWithAnchors(source, target, shapes: BandedSearch.sentenceShapes)
        }
        let paragraphPath = context.solve(source.merged(problem.sourceParagraphs), target.merged(problem.targetParagraphs),
                                          shapes: BandedSearch.paragraphShapes)
        var path: [BeadSpan] = []
        for span in paragraphPath {
            let sourceRange = Self.cover(span.source, problem.sourceParagraphs, total: source.count)
            let targetRange = Self.cover(span.target, problem.targetParagraphs, total: target.count)
            let inner = context.solveWithAnchors(source.slice(sourceRange), target.slice(targetRange), shapes: BandedSearch.sentenceShapes)
            for bead in inner {
                path.append(BeadSpan(source: (bead.source.lowerBound + sourceRange.lowerBound)..<(bead.source.upperBound + sourceRange.lowerBound),
                                     target: (bead.target.lowerBound + targetRange.lowerBound)..<(bead.target.upperBound + targetRange.lowerBound)))
            }
        }
        return path
    }

    /// The sentence positions covered by a run of paragraphs (an empty run covers nothing, at the
    /// position where it stands).
    static func cover(_ paragraphs: Range<Int>, _ ranges: [Range<Int>], total: Int) -> Range<Int> {
        guard !paragraphs.isEmpty else {
            let at = paragraphs.lowerBound < ranges.count ? ranges[paragraphs.lowerBound].lowerBound : total
            return at..<at
        }
        return ranges[paragraphs.lowerBound].lowerBound..<ranges[paragraphs.upperBound - 1].upperBound
    }

    // MARK: - Lexicon

    /// Sentence pairs of the non-null beads of a path, as global ids.
    func sentencePairs(_ problem: AlignmentProblem, path: [BeadSpan]) -> [([Int32], [Int32])] {
        path.compactMap { span in
            guard !span.source.isEmpty, !span.target.isEmpty else { return nil }
            let s = span.source.flatMap { problem.sourceUnits.tokens[$0] }.map { problem.globalIDs[Int($0)] }
            let t = span.target.flatMap { problem.targetUnits.tokens[$0] }.map { problem.globalIDs[Int($0)] }
            return (Array(Set(s)).sorted(), Array(Set(t)).sorted())
        }
    }

    /// One lexicon per fold, each trained on everything outside the fold, as (source, target)
    /// global ids. `training` is in corpus order (by pair, then bead): the order EM sums in.
    func trainFolds(_ training: [TrainingPair], plan: FoldPlan) -> [[(Int32, Int32)]] {
        var byFold = [[([Int32], [Int32])]](repeating: [], count: plan.folds)
        for pair in training { byFold[pair.fold].append((pair.source, pair.target)) }
        // The folds' links are hashed once for all of them (`ModelOneTrainer.train(folds:)`).
        let trained = ModelOneTrainer().train(folds: byFold)
        for f in 0..<plan.folds {
            progress?("lexicon: fold \(f + 1)/\(plan.folds) trained on \(training.count - byFold[f].count) pairs")
        }
        return trained.map { $0.map { ($0.source, $0.target) } }
    }
}
