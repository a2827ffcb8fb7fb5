import Foundation
import Testing
@testable import SejajarKit

/// The corpus files round-trip, and a file cut short, of another version or with ids out of
/// range is one error naming the line.
struct CorpusFileTests {
    static let words = [
        CorpusWord(folded: "la", isNumber: false, isMark: false, isCapitalised: true, pair: 0, position: 0),
        CorpusWord(folded: "1500", isNumber: true, isMark: false, isCapitalised: false, pair: 0, position: 3),
        CorpusWord(folded: "?", isNumber: false, isMark: true, isCapitalised: false, pair: 1, position: 0),
        CorpusWord(folded: "a\tb\\c\nd", isNumber: false, isMark: false, isCapitalised: false, pair: 2, position: 7),
    ]
    static let model = CorpusModel(corpus: "abc123", round: 1, rounds: 2, sourceSentences: [3, 4, 5], targetSentences: [3, 5, 4],
                                   words: words, lexicons: [[(0, 1), (2, 3)], [], [(1, 1)]])
    static let training = CorpusStatistics(corpus: "abc123", corpusPairs: 3, round: 1, shard: 1, shards: 2, members: [0, 2],
                                           training: [TrainingPair(pair: 0, fold: 0, source: [0, 1], target: [2]),
                                                      TrainingPair(pair: 2, fold: 2, source: [3], target: [])])

    @Test func modelRoundTrips() throws {
        let text = CorpusModelWriter().write(Self.model).text
        let read = try CorpusModelReader().read(data: Data(text.utf8), path: "m")
        #expect(read.words == Self.words)
        #expect(read.lexicons.map { $0.map { [$0.0, $0.1] } } == Self.model.lexicons.map { $0.map { [$0.0, $0.1] } })
        #expect((read.round, read.rounds, read.corpus) == (1, 2, "abc123"))
        #expect(read.sourceSentences == [3, 4, 5] && read.targetSentences == [3, 5, 4])
        #expect(CorpusModelWriter().write(read).text == text)
    }

    @Test func statisticsRoundTrip() throws {
        let round0 = CorpusStatistics(corpus: "abc123", corpusPairs: 3, round: 0, shard: 0, shards: 1, members: [0, 1, 2],
                                      sourceSentences: [3, 4, 5], targetSentences: [3, 5, 4], words: Self.words)
        for statistics in [round0, Self.training] {
            let read = try CorpusStatisticsReader().read(data: Data(CorpusStatisticsWriter().write(statistics).text.utf8), path: "s")
            #expect(read == statistics)
        }
    }

    @Test(arguments: [
        ("cut", 3, "cut short"),
        ("version", 1, "version 2 of the statistics format"),
        ("shard", 5, "out of range"),
        ("ids", 10, "ids must ascend"),
        ("fold", 10, "out of range"),
        ("trailing", 13, "nothing may follow"),
    ])
    func badStatisticsNameTheLine(_ damage: String, line: Int, message: String) {
        var lines = CorpusStatisticsWriter().write(Self.training).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch damage {
        case "cut": lines = Array(lines.prefix(2))
        case "version": lines[0] = "sejajar corpus statistics 2"
        case "shard": lines[4] = "shard\t2\t2"
        case "ids": lines[9] = "t\t0\t0\t1 0\t2"
        case "fold": lines[9] = "t\t0\t5\t0 1\t2"
        default: lines[lines.count - 1] = "more"
        }
        do {
            _ = try CorpusStatisticsReader().read(data: Data(lines.joined(separator: "\n").utf8), path: "s")
            Issue.record("\(damage): read without an error")
        } catch {
            guard case .malformed(let path, let at, _, let text) = error else { Issue.record("\(damage): \(error)"); return }
            #expect(path == "s" && at == line, "\(damage): line \(at): \(text)")
            #expect(text.contains(message), "\(damage): \(text)")
        }
    }

    @Test func modelWithAnIDBeyondTheVocabularyIsRefused() {
        let text = CorpusModelWriter().write(Self.model).text.replacingOccurrences(of: "l\t2\t3\n", with: "l\t2\t4\n")
        #expect(throws: SejajarError.self) { try CorpusModelReader().read(data: Data(text.utf8), path: "m") }
    }
}
