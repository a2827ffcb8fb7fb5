import Foundation
import Testing
@testable import SejajarKit

/// A corpus aligned in shards (map and reduce through the corpus files, then align) gives the
/// alignments of one `alignBatch` over the whole list, whatever the number of shards.
struct CorpusShardTests {
    static let names = ["doc040", "doc045", "doc050", "doc055", "doc060", "doc065", "doc070", "doc075"]

    static func pairs() throws -> [(Document, Document)] {
        let reader = TestReader(format: .lines)
        return try names.map { name in
            let folder = Bundle.module.path(forResource: "ntrex-docs", ofType: nil, inDirectory: "Fixtures")!
            return (try reader.read(path: "\(folder)/\(name).es", language: "es"), try reader.read(path: "\(folder)/\(name).id", language: "id"))
        }
    }

    /// Every step as its own job would run it: statistics and models written and read back.
    /// `keeps`: round 0 also writes each shard's documents and words (`ShardDocuments`), and the
    /// later rounds and align start from them as read back.
    static func sharded(_ pairs: [(Document, Document)], shards: Int, aligner: Aligner, keeps: Bool = false) throws -> [Alignment] {
        func roundTrip(_ statistics: CorpusStatistics) throws -> CorpusStatistics {
            try CorpusStatisticsReader().read(data: Data(CorpusStatisticsWriter().write(statistics).text.utf8), path: "stats")
        }
        func roundTrip(_ model: CorpusModel) throws -> CorpusModel {
            try CorpusModelReader().read(data: Data(CorpusModelWriter().write(model).text.utf8), path: "model")
        }
        let lines = pairs.map { $0.0.sentences.count + $0.1.sentences.count }
        let members = Shard.split(weights: lines, shards: shards)
        var statistics: [CorpusStatistics] = []
        // What the later steps read their pairs from: the texts, or round 0's documents.
        var kept = pairs.map { ($0, [[Token]](), [[Token]]()) }
        func words(_ indices: [Int]) -> [[[Token]]]? { keeps ? indices.flatMap { [kept[$0].1, kept[$0].2] } : nil }
        for (s, indices) in members.enumerated() {
            if keeps {
                let made = ShardDocuments(corpus: "test", corpusPairs: pairs.count, shard: s, shards: shards, members: indices,
                                          pairs: indices.map { pairs[$0] }, words: aligner.wordTokens(indices.map { pairs[$0] }))
                let read = try ShardDocumentsReader().read(data: ShardDocumentsWriter().write(made), path: "documents-\(s)")
                #expect(read.isSame(as: made))
                for (k, p) in read.members.enumerated() { kept[p] = (read.pairs[k], read.words[2 * k], read.words[2 * k + 1]) }
            }
            let words = aligner.corpusWords(indices.map { kept[$0].0 }, indices: indices, words: words(indices))
            statistics.append(try roundTrip(CorpusStatistics(corpus: "test", corpusPairs: pairs.count, round: 0, shard: s, shards: shards, members: indices,
                                                             sourceSentences: words.sourceSentences, targetSentences: words.targetSentences, words: words.words)))
        }
        var model = try roundTrip(aligner.reduce(statistics, previous: nil))
        let split = Shard.split(weights: model.weights, shards: shards)
        while !model.isComplete {
            statistics = try split.enumerated().map { s, indices in
                try roundTrip(CorpusStatistics(corpus: "test", corpusPairs: pairs.count, round: model.round + 1, shard: s, shards: shards, members: indices,
                                               training: aligner.corpusTraining(indices.map { kept[$0].0 }, indices: indices, model: model,
                                                                                words: words(indices))))
            }
            model = try roundTrip(aligner.reduce(statistics.reversed(), previous: model))
        }
        var result = [Alignment?](repeating: nil, count: pairs.count)
        for indices in split {
            for (p, alignment) in zip(indices, aligner.alignShard(indices.map { kept[$0].0 }, indices: indices, model: model, words: words(indices))) {
                result[p] = alignment
            }
        }
        return result.map { $0! }
    }

    @Test(arguments: [1, 2, 3, 8, 11])
    func shardsAlignAsOneBatch(shards: Int) throws {
        let pairs = try Self.pairs()
        let one = Aligner().alignBatch(pairs)
        let sharded = try Self.sharded(pairs, shards: shards, aligner: Aligner())
        #expect(sharded.count == one.count)
        for (k, (a, b)) in zip(one, sharded).enumerated() {
            #expect(a == b, "pair \(k) (\(Self.names[k])) differs in \(shards) shards")
        }
    }

    /// The later rounds and align starting from round 0's documents and words, as written and
    /// read back, give the same alignments.
    @Test(arguments: [1, 3, 11])
    func shardsFromKeptDocumentsAlignAsOneBatch(shards: Int) throws {
        let pairs = try Self.pairs()
        let one = Aligner().alignBatch(pairs)
        #expect(one == (try Self.sharded(pairs, shards: shards, aligner: Aligner(), keeps: true)))
    }

    /// Without learning, with relearning twice, and one long document alone (folds by quarter).
    @Test func shardsAlignAsOneBatchWithOtherSettings() throws {
        let pairs = try Self.pairs()
        var relearning = AlignerParameters()
        relearning.relearningPasses = 2
        for aligner in [Aligner(learnsLexicon: false), Aligner(parameters: relearning)] {
            #expect(aligner.alignBatch(pairs) == (try Self.sharded(pairs, shards: 3, aligner: aligner)))
        }
        let segmenter = DocumentSegmenter(format: .lines)
        let folder = Bundle.module.path(forResource: "ntrex-docs", ofType: nil, inDirectory: "Fixtures")!
        func long(_ ext: String, _ language: Language) throws -> Document {
            let text = try Self.names.map { try TextDecoder.read(path: "\(folder)/\($0).\(ext)") }.joined(separator: "\n")
            return segmenter.document(from: text, path: "long.\(ext)", language: language)
        }
        let joined = (try long("es", "es"), try long("id", "id"))
        #expect(Aligner().learningRounds(pairs: 1, loneSourceSentences: joined.0.contentSentenceIndices.count) == 1)
        #expect(Aligner().alignBatch([joined]) == (try Self.sharded([joined], shards: 2, aligner: Aligner())))
    }

    /// Round 0 puts the shards' words in the order of their first occurrence in the list, with
    /// a capital seen anywhere: the ids and flags of one run.
    @Test func reducedVocabularyIsTheWholeListsVocabulary() throws {
        let pairs = try Self.pairs()
        let aligner = Aligner()
        let (_, global) = aligner.prepare(pairs)
        let halves = Shard.split(weights: pairs.map { _ in 1 }, shards: 2)
        let statistics = halves.enumerated().map { s, indices in
            let words = aligner.corpusWords(indices.map { pairs[$0] }, indices: indices)
            return CorpusStatistics(corpus: "test", corpusPairs: pairs.count, round: 0, shard: s, shards: 2, members: indices,
                                    sourceSentences: words.sourceSentences, targetSentences: words.targetSentences, words: words.words)
        }
        let vocabulary = aligner.reduce(statistics, previous: nil).vocabulary
        #expect(vocabulary.words == global.words)
        #expect(vocabulary.seenCapitalised == global.seenCapitalised)
        #expect(vocabulary.isNumber == global.isNumber)
        #expect(vocabulary.isMark == global.isMark)
    }
}
