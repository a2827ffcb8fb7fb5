import Foundation

/// Reads a shard's map statistics (`CorpusStatisticsWriter`, version 1). Every number is
/// checked against the corpus it belongs to (pairs, folds, the shard's index), and a file cut
/// short (no `end` line, fewer lines than its counts) is an error naming the line.
public struct CorpusStatisticsReader: FormatReader {
    /// Bounds on the input's size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The statistics in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> CorpusStatistics {
        var scanner = CorpusFileText.Scanner(data: data, path: path)
        try scanner.header("statistics", name: "corpus statistics file", writtenBy: "sejajar corpus map")
        try scanner.read("corpus", fields: 2)
        let corpus = scanner.text(1)
        try scanner.read("pairs", fields: 2)
        let pairs = try scanner.number(1, in: 1...Int(Int32.max))
        try scanner.read("round", fields: 2)
        let round = try scanner.number(1, in: 0...100)
        try scanner.read("shard", fields: 3)
        let shards = try scanner.number(2, in: 1...Int(Int32.max))
        let shard = try scanner.number(1, in: 0...(shards - 1))
        try scanner.read("members", fields: 2)
        let count = try scanner.number(1, in: 0...pairs)
        var statistics = CorpusStatistics(corpus: corpus, corpusPairs: pairs, round: round, shard: shard, shards: shards, members: [])
        statistics.members.reserveCapacity(count)
        for _ in 0..<count {
            try scanner.read("m", fields: round == 0 ? 4 : 2)
            let pair = try scanner.number(1, in: 0...(pairs - 1))
            if let last = statistics.members.last, last >= pair { throw scanner.error("members must ascend, each once", field: 1) }
            statistics.members.append(pair)
            if round == 0 {
                statistics.sourceSentences.append(try scanner.number(2))
                statistics.targetSentences.append(try scanner.number(3))
            }
        }
        if round == 0 {
            try scanner.read("words", fields: 2)
            let words = try scanner.number(1, in: 0...Int.max / 2)
            for _ in 0..<words {
                guard scanner.advance() else { break }
                statistics.words.append(try CorpusFileText.word(scanner, pairs: pairs))
            }
            guard statistics.words.count == words else { throw scanner.error("the file ends after \(statistics.words.count) of its \(words) words: it was cut short") }
        } else {
            try scanner.read("training", fields: 2)
            let training = try scanner.number(1, in: 0...Int.max / 2)
            statistics.training.reserveCapacity(training)
            for _ in 0..<training {
                guard scanner.advance() else { break }
                try scanner.expect("t", fields: 5)
                statistics.training.append(TrainingPair(pair: try scanner.number(1, in: 0...(pairs - 1)), fold: try scanner.number(2, in: 0...4),
                                                        source: try scanner.ids(3, below: Int(Int32.max)), target: try scanner.ids(4, below: Int(Int32.max))))
            }
            guard statistics.training.count == training else { throw scanner.error("the file ends after \(statistics.training.count) of its \(training) training pairs: it was cut short") }
        }
        try scanner.end()
        return statistics
    }
}
