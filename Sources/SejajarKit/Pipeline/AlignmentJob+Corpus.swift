import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A corpus list aligned as many jobs (a Slurm job array, a Kubernetes Indexed Job) with the
/// same result, byte for byte, as one `--batch` run over the whole list:
///
/// ```
/// map 0 (words) → reduce → map 1 (pass 1) → reduce → … → align (last pass, judge) → merge
/// ```
///
/// Each map and align job takes its `Shard` of the list; each reduce combines the shards' files
/// into the `CorpusModel` of the round. Every step checks that the files it reads belong to the
/// same list (its files' sizes) and the same settings (`corpusFingerprint`).
extension AlignmentJob {
    /// What identifies a corpus run: the list (every file with its size), the languages and
    /// layout, the aligner's weights and anchors, and whether it learns. Steps of one run must
    /// agree on it; a file from another run is refused rather than mixed in silently.
    public func corpusFingerprint(_ list: [PathPair]) throws(SejajarError) -> String {
        var hash = StableHash()
        hash.add("sejajar corpus 1")
        hash.add(SejajarVersion.string)
        hash.add(source.tag)
        for target in targets { hash.add(target.tag) }
        hash.add(layout.rawValue)
        hash.add(fileFormat.map { "\($0)" } ?? "-")
        hash.add(learnsLexicon ? "learns" : "fixed")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        hash.add((try? encoder.encode(parameters)).map { String(decoding: $0, as: UTF8.self) } ?? "\(parameters)")
        for anchor in try aligner().anchorPairs { hash.add(anchor.source); hash.add(anchor.target) }
        for pair in list {
            for path in [pair.source, pair.target] {
                hash.add(path)
                var info = stat()
                hash.add(stat(path, &info) == 0 ? "\(info.st_size)" : "?")
            }
        }
        return String(hash.value, radix: 16)
    }

    /// Each pair's weight for `Shard.split` before a model holds the sizes: with one sentence per
    /// line (`--input lines`), the non-blank lines of both files; else the content sentences of
    /// both documents as read.
    public func shardWeights(_ list: [PathPair]) throws(SejajarError) -> [Int] {
        guard layout == .lines else {
            return try readPairs(list).map { $0.0.contentSentenceIndices.count + $0.1.contentSentenceIndices.count }
        }
        let files = list.flatMap { [$0.source, $0.target] }
        let limit = limits.inputBytes
        let all = try FileInput.concurrently(files.count) { k throws(SejajarError) in
            let data = try FileInput.data(path: files[k], limit: limit)
            // The bytes as one buffer (`Data`'s iterator costs a call a byte: every shard of
            // round 0 counts every file of the list).
            return data.withUnsafeBytes { Self.contentLines($0) }
        }.map { result throws(SejajarError) in try result.get() }
        return list.indices.map { all[2 * $0] + all[2 * $0 + 1] }
    }

    /// The lines of `bytes` that hold more than spaces, tabs and carriage returns (the last one
    /// with or without its line feed). Each line is looked at up to its first other byte, and
    /// the rest skipped to the next line feed with `memchr`.
    static func contentLines(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let end = bytes.count
        var lines = 0, start = 0
        while start < end {
            var k = start, blank = true
            while k < end {
                let byte = base.load(fromByteOffset: k, as: UInt8.self)
                if byte == UInt8(ascii: "\n") { break }
                if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t"), byte != UInt8(ascii: "\r") { blank = false; break }
                k += 1
            }
            if !blank { lines += 1 }
            // The next line starts after this one's line feed (or the end).
            if let feed = memchr(base + k, Int32(UInt8(ascii: "\n")), end - k) {
                start = base.distance(to: UnsafeRawPointer(feed)) + 1
            } else {
                start = end
            }
        }
        return lines
    }

    /// The list indices of `shard`: by the model's sizes when there is one, else by `shardWeights`.
    public func members(of shard: Shard, list: [PathPair], model: CorpusModel?) throws(SejajarError) -> [Int] {
        if shard.count == 1 { return Array(list.indices) }
        if let model, model.pairs == list.count { return shard.members(weights: model.weights) }
        return shard.members(weights: try shardWeights(list))
    }

    /// A model read from `path`, checked to belong to this run.
    public func corpusModel(_ path: String, fingerprint: String, pairs: Int) throws(SejajarError) -> CorpusModel {
        let model = try CorpusModelReader(limits: limits).read(path: path)
        guard model.corpus == fingerprint, model.pairs == pairs else {
            throw .io(path: path, message: "is the model of another list or other settings (its fingerprint is \(model.corpus), this run's \(fingerprint)): give every step the same --batch and options")
        }
        return model
    }

    /// Map: round 0 without a model (the shard's words and sizes), round r + 1 with the model of
    /// round r (the training pairs of pass r + 1).
    public func corpusMap(_ list: [PathPair], shard: Shard, model: CorpusModel?, fingerprint: String) throws(SejajarError) -> CorpusStatistics {
        try corpusMap(list, shard: shard, model: model, fingerprint: fingerprint, kept: nil).statistics
    }

    /// Map, and the shard's documents as read and tokenised: round 0 returns them for the file
    /// later steps start from (`ShardDocuments`); a later round starts from `kept`, round 0's
    /// (`shardDocuments(path:…)`), reading only the pairs it lacks.
    public func corpusMap(_ list: [PathPair], shard: Shard, model: CorpusModel?, fingerprint: String,
                          kept: ShardDocuments?) throws(SejajarError) -> (statistics: CorpusStatistics, documents: ShardDocuments) {
        if let model, model.isComplete {
            throw .usage(message: "the corpus model is complete (round \(model.round) of \(model.rounds)): the next step is 'sejajar align --corpus-model', not another map")
        }
        let members = try self.members(of: shard, list: list, model: model)
        let documents = try shardDocuments(list, members: members, shard: shard, fingerprint: fingerprint, kept: kept)
        var statistics = CorpusStatistics(corpus: fingerprint, corpusPairs: list.count, round: model.map { $0.round + 1 } ?? 0,
                                          shard: shard.index, shards: shard.count, members: members)
        let aligner = try aligner()
        if let model {
            statistics.training = aligner.corpusTraining(documents.pairs, indices: members, vectors: try vectors(for: documents.pairs), model: model,
                                                         words: documents.words)
        } else {
            (statistics.words, statistics.sourceSentences, statistics.targetSentences) = aligner.corpusWords(documents.pairs, indices: members,
                                                                                                              words: documents.words)
        }
        return (statistics, documents)
    }

    /// The documents of the list's pairs `members` (ascending), read, segmented and tokenised
    /// (`Aligner.wordTokens`): those `kept` holds taken from it, the rest read from their files.
    /// (Round 0 splits the list by counted lines, the later steps by the model's content
    /// sentences; where the two differ, a later step reads the few pairs round 0 did not hold.)
    public func shardDocuments(_ list: [PathPair], members: [Int], shard: Shard, fingerprint: String,
                               kept: ShardDocuments?) throws(SejajarError) -> ShardDocuments {
        var pairs = [(Document, Document)?](repeating: nil, count: members.count)
        var words = [[[Token]]](repeating: [], count: 2 * members.count)
        if let kept {
            var place: [Int: Int] = [:]
            for (k, p) in kept.members.enumerated() { place[p] = k }
            for (q, p) in members.enumerated() {
                guard let k = place[p], 2 * k + 1 < kept.words.count else { continue }
                pairs[q] = kept.pairs[k]
                words[2 * q] = kept.words[2 * k]
                words[2 * q + 1] = kept.words[2 * k + 1]
            }
        }
        let missing = pairs.indices.filter { pairs[$0] == nil }
        if !missing.isEmpty {
            if kept != nil { note("shard \(shard): \(missing.count) of its \(members.count) pairs are not in round 0's documents: reading them") }
            let read = try readPairs(missing.map { list[members[$0]] })
            progress?("tokenising \(read.count * 2) documents")
            let tokens = try aligner().wordTokens(read)
            for (k, q) in missing.enumerated() {
                pairs[q] = read[k]
                words[2 * q] = tokens[2 * k]
                words[2 * q + 1] = tokens[2 * k + 1]
            }
        }
        return ShardDocuments(corpus: fingerprint, corpusPairs: list.count, shard: shard.index, shards: shard.count, members: members,
                              pairs: pairs.map { $0! }, words: words)
    }

    /// A shard's documents read from `path` (round 0's), checked to belong to this run and shard.
    public func shardDocuments(path: String, fingerprint: String, pairs: Int, shard: Shard) throws(SejajarError) -> ShardDocuments {
        let documents = try ShardDocumentsReader(limits: limits).read(path: path)
        guard documents.corpus == fingerprint, documents.corpusPairs == pairs else {
            throw .io(path: path, message: "holds the documents of another list or other settings (fingerprint \(documents.corpus), this run's \(fingerprint)), or files of the list changed since: give every step the same --batch and options, and write it again with round 0")
        }
        guard documents.shard == shard.index, documents.shards == shard.count else {
            throw .io(path: path, message: "holds the documents of shard \(documents.shard)/\(documents.shards), not of this step's shard \(shard)")
        }
        return documents
    }

    /// Reduce: the statistics of every shard of one round (`paths`, in any order) into the model
    /// of that round, given the model of the round before (none for round 0). Refuses statistics of
    /// another run or round, a shard given twice or missing, and pairs no shard or two shards hold.
    public func corpusReduce(_ paths: [String], previous: CorpusModel?, list: [PathPair], fingerprint: String) throws(SejajarError) -> CorpusModel {
        let round = previous.map { $0.round + 1 } ?? 0
        if let previous, previous.isComplete {
            throw .usage(message: "the corpus model is complete (round \(previous.round) of \(previous.rounds)): nothing is left to reduce")
        }
        let reader = CorpusStatisticsReader(limits: limits)
        var all: [CorpusStatistics] = []
        var holder = [String?](repeating: nil, count: list.count)
        var shards: [Int: String] = [:]
        for path in paths {
            let statistics = try reader.read(path: path)
            guard statistics.corpus == fingerprint, statistics.corpusPairs == list.count else {
                throw .io(path: path, message: "holds the statistics of another list or other settings (fingerprint \(statistics.corpus), this run's \(fingerprint))")
            }
            guard statistics.round == round else { throw .io(path: path, message: "holds round \(statistics.round); this reduce is of round \(round)") }
            if let other = shards[statistics.shard] { throw .io(path: path, message: "is shard \(statistics.shard) again (\(other) is too)") }
            if let first = all.first, first.shards != statistics.shards {
                throw .io(path: path, message: "is shard \(statistics.shard) of \(statistics.shards), the others of \(first.shards)")
            }
            shards[statistics.shard] = path
            for p in statistics.members {
                if let other = holder[p] { throw .io(path: path, message: "holds pair \(p + 1) of the list, which \(other) holds too") }
                holder[p] = path
            }
            all.append(statistics)
        }
        let count = all.first?.shards ?? 0
        if let missing = (0..<count).first(where: { shards[$0] == nil }) {
            throw .usage(message: "round \(round): the statistics of shard \(missing) of \(count) are missing")
        }
        if let p = holder.firstIndex(where: { $0 == nil }) {
            throw .usage(message: "round \(round): no shard holds pair \(p + 1) of the list (line \(list[p].line))")
        }
        return try aligner().reduce(all, previous: previous)
    }

    /// Align: `shard`'s pairs, with a complete model; their list indices and alignments.
    /// `kept`: round 0's documents of the shard (`shardDocuments(path:…)`), read from instead of
    /// the files.
    public func corpusAlign(_ list: [PathPair], shard: Shard, model: CorpusModel, fingerprint: String? = nil,
                            kept: ShardDocuments? = nil) throws(SejajarError) -> (members: [Int], alignments: [Alignment]) {
        guard model.isComplete else {
            throw .usage(message: "the corpus model is of round \(model.round) of \(model.rounds): run the next map and reduce first")
        }
        let members = try self.members(of: shard, list: list, model: model)
        let documents = try shardDocuments(list, members: members, shard: shard, fingerprint: fingerprint ?? model.corpus, kept: kept)
        return (members, try aligner().alignShard(documents.pairs, indices: members, vectors: try vectors(for: documents.pairs), model: model,
                                                  words: documents.words))
    }

    /// Map and reduce rounds a corpus takes before align: round 0 (words) and the learning rounds.
    public func corpusRounds(_ list: [PathPair]) throws(SejajarError) -> Int {
        let lone = list.count == 1 ? try readPairs(list)[0].0.contentSentenceIndices.count : 0
        return 1 + (try aligner().learningRounds(pairs: list.count, loneSourceSentences: lone))
    }
}

/// FNV-1a, 64 bits: the same value in every process (Swift's `Hasher` is seeded per process).
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        value ^= 0xff
        value = value &* 0x100_0000_01b3
    }
}
