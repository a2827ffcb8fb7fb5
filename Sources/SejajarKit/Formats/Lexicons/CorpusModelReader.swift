import Foundation

/// Reads a corpus model (`CorpusModelWriter`, version 1), checking every id against the
/// vocabulary and every count against what follows; a file cut short is an error naming the line.
public struct CorpusModelReader: FormatReader {
    /// Bounds on the input's size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The model in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> CorpusModel {
        var scanner = CorpusFileText.Scanner(data: data, path: path)
        try scanner.header("model", name: "corpus model", writtenBy: "sejajar corpus reduce")
        try scanner.read("corpus", fields: 2)
        let corpus = scanner.text(1)
        try scanner.read("round", fields: 3)
        let rounds = try scanner.number(2, in: 0...100)
        let round = try scanner.number(1, in: 0...rounds)
        try scanner.read("pairs", fields: 2)
        let pairs = try scanner.number(1, in: 1...Int(Int32.max))
        var sources: [Int] = [], targets: [Int] = []
        sources.reserveCapacity(pairs)
        targets.reserveCapacity(pairs)
        for _ in 0..<pairs {
            try scanner.read("p", fields: 3)
            sources.append(try scanner.number(1))
            targets.append(try scanner.number(2))
        }
        try scanner.read("words", fields: 2)
        let count = try scanner.number(1, in: 0...Int(Int32.max))
        var words: [CorpusWord] = []
        var seen = Set<String>()
        for _ in 0..<count {
            guard scanner.advance() else { throw scanner.error("the file ends after \(words.count) of its \(count) words: it was cut short") }
            let word = try CorpusFileText.word(scanner, pairs: pairs)
            guard seen.insert(word.folded).inserted else { throw scanner.error("'\(word.folded)' is in the vocabulary twice", field: 4) }
            if let last = words.last, (last.pair, last.position) >= (word.pair, word.position) {
                throw scanner.error("words must be in order of first occurrence", field: 1)
            }
            words.append(word)
        }
        try scanner.read("folds", fields: 2)
        let folds = try scanner.number(1, in: 0...5)
        guard (round == 0) == (folds == 0) else { throw scanner.error(round == 0 ? "round 0 has no lexicons" : "round \(round) needs its fold lexicons", field: 1) }
        var lexicons: [[(Int32, Int32)]] = []
        for f in 0..<folds {
            try scanner.read("fold", fields: 3)
            guard try scanner.number(1) == f else { throw scanner.error("expected fold \(f)", field: 1) }
            let links = try scanner.number(2)
            var lexicon: [(Int32, Int32)] = []
            lexicon.reserveCapacity(links)
            for _ in 0..<links {
                try scanner.read("l", fields: 3)
                lexicon.append((Int32(try scanner.number(1, in: 0...max(0, count - 1))), Int32(try scanner.number(2, in: 0...max(0, count - 1)))))
            }
            lexicons.append(lexicon)
        }
        try scanner.end()
        return CorpusModel(corpus: corpus, round: round, rounds: rounds, sourceSentences: sources, targetSentences: targets,
                           words: words, lexicons: lexicons)
    }
}
