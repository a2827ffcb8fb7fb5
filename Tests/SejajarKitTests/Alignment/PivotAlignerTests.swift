import Foundation
import Testing
@testable import SejajarKit

/// Two translations aligned through their original.
struct PivotAlignerTests {
    static func document(_ count: Int, _ language: Language) -> Document {
        DocumentSegmenter(format: .lines).document(from: (0..<count).map { "Sentence \($0) in \(language)." }.joined(separator: "\n") + "\n",
                                                   path: "doc.\(language)", language: language)
    }

    static func alignment(_ target: Language, _ beads: [(Range<Int>, Range<Int>, Double)]) -> Alignment {
        Alignment(source: document(4, "vi"), target: document(beads.map(\.1.upperBound).max() ?? 0, target),
                  beads: beads.map { Bead(source: $0.0, target: $0.1, confidence: $0.2) }, verdict: .parallel, score: 1)
    }

    @Test("units follow the original: a bead of either side is never cut, and what one translation left out or added stands alone")
    func composeGroupsTheOriginal() {
        // Original 0 1 2 3. First translation: 0↔0, 1↔1, (2 3)↔2. Second: 0↔0, 1↔nothing,
        // 2↔1, an added sentence 2, 3↔3.
        let first = Self.alignment("es", [(0..<1, 0..<1, 0.9), (1..<2, 1..<2, 0.8), (2..<4, 2..<3, 0.7)])
        let second = Self.alignment("id", [(0..<1, 0..<1, 0.9), (1..<2, 1..<1, 0.6), (2..<3, 1..<2, 0.9), (3..<3, 2..<3, 0.5), (3..<4, 3..<4, 1)])
        let units = PivotAligner.compose(first, second)
        #expect(units.map(\.shape) == ["1-1-1", "1-1-0", "2-1-3"])
        #expect(units.map(\.original) == [0..<1, 1..<2, 2..<4])
        #expect(units.map(\.second) == [0..<1, 1..<1, 1..<4])
        // Both paths must be right: the product of the least confident bead on each side.
        #expect(abs(units[0].confidence - 0.81) < 1e-9 && abs(units[1].confidence - 0.48) < 1e-9 && abs(units[2].confidence - 0.35) < 1e-9)
    }

    @Test("a sentence one translation adds before the original's next sentence is a unit of its own")
    func compositionKeepsAdditionsApart() {
        let first = Self.alignment("es", [(0..<1, 0..<1, 1), (1..<1, 1..<2, 0.9), (1..<2, 2..<3, 1), (2..<3, 3..<4, 1), (3..<4, 4..<5, 1)])
        let second = Self.alignment("id", [(0..<1, 0..<1, 1), (1..<2, 1..<2, 1), (2..<3, 2..<3, 1), (3..<4, 3..<4, 1)])
        let units = PivotAligner.compose(first, second)
        #expect(units.map(\.shape) == ["1-1-1", "0-1-0", "1-1-1", "1-1-1", "1-1-1"])
        #expect(units[1].first == 1..<2 && units[1].second == 1..<1)
    }

    /// NTREX document 10 in Vietnamese, Spanish, and Indonesian without its sentence 13.
    static func doc010Cut() throws -> (Document, Document, Document) {
        let reader = TestReader(format: .lines)
        let original = try reader.read(path: External.fixture("ntrex-doc010.vi"), language: "vi")
        let first = try reader.read(path: External.fixture("ntrex-doc010.es"), language: "es")
        var lines = try String(contentsOfFile: External.fixture("ntrex-doc010.id"), encoding: .utf8).split(separator: "\n").map(String.init)
        lines.remove(at: 13)
        let second = DocumentSegmenter(format: .lines).document(from: lines.joined(separator: "\n") + "\n", path: "doc010-cut.id", language: "id")
        return (original, first, second)
    }

    @Test("a sentence dropped from one translation is unpaired in the translations' alignment, and every sentence is in one bead")
    func realDocumentWithADeletion() throws {
        let (original, first, second) = try Self.doc010Cut()
        let pivot = PivotAligner(toFirst: Aligner(), toSecond: Aligner(), direct: Aligner())
            .align(original: original, first: first, second: second)
        #expect(ResumeTests.coversEverythingOnce(pivot.first) && ResumeTests.coversEverythingOnce(pivot.second))
        #expect(ResumeTests.coversEverythingOnce(pivot.derived))
        #expect(pivot.derived.beads.contains { $0.source == 13..<14 && $0.target.isEmpty })
        #expect(pivot.derived.beads.filter { !$0.isNull }.allSatisfy { $0.source.count == 1 && $0.target.count == 1 })
        #expect(pivot.beads.filter { $0.shape == "1-1-0" }.map(\.original) == [13..<14])
        #expect(pivot.derived.verdict == .parallel)
    }
}

struct PivotCorroborationTests {
    static func document(_ language: Language, _ count: Int) -> Document {
        Document(path: "d.\(language.tag)", language: language, paragraphs: [(0..<count).map { "Sentence \($0)." }])
    }

    static func alignment(_ source: Language, _ target: Language, _ beads: [Bead]) -> Alignment {
        Alignment(source: document(source, 3), target: document(target, 3), beads: beads, verdict: .comparable, score: 0)
    }

    @Test func aBeadTheOtherTwoAlignmentsConfirmIsSurerAndOneTheyContradictIsNot() {
        // vi–es: 0-0 unsure, 1-1 unsure, 2-2 unsure. vi–id pairs 0-0 and 1-2, 2-1; es–id pairs 0-0, 1-1, 2-2.
        let viEs = Self.alignment("vi", "es", [Bead(source: 0..<1, target: 0..<1, confidence: 0.5),
                                                 Bead(source: 1..<2, target: 1..<2, confidence: 0.5),
                                                 Bead(source: 2..<3, target: 2..<3, confidence: 0.5)])
        let viId = Self.alignment("vi", "id", [Bead(source: 0..<1, target: 0..<1, confidence: 0.9),
                                                 Bead(source: 1..<2, target: 2..<3, confidence: 0.9),
                                                 Bead(source: 2..<3, target: 1..<2, confidence: 0.9)])
        let esId = Self.alignment("es", "id", [Bead(source: 0..<1, target: 0..<1, confidence: 0.9),
                                                 Bead(source: 1..<2, target: 1..<2, confidence: 0.9),
                                                 Bead(source: 2..<3, target: 2..<3, confidence: 0.9)])
        let first = PivotAligner.corroborated(viEs, by: viId, through: esId, firstToSecond: true)
        // vi 0 → es 0, and vi 0 → id 0 → es 0: confirmed, 1 − 0.5 × (1 − 0.81).
        #expect(abs(first[0].confidence - 0.905) < 1e-9)
        // vi 1 → es 1, but vi 1 → id 2 → es 2: contradicted, unchanged.
        #expect(first[1].confidence == 0.5 && first[2].confidence == 0.5)
        // The other way round: vi–id 0-0 confirmed by vi–es 0-0 and es–id 0-0.
        let second = PivotAligner.corroborated(viId, by: viEs, through: esId, firstToSecond: false)
        #expect(abs(second[0].confidence - (1 - 0.1 * (1 - 0.45))) < 1e-9)
        #expect(second[1].confidence == 0.9 && second[2].confidence == 0.9)
        // Ranges never move.
        #expect(first.map(\.source) == viEs.beads.map(\.source) && first.map(\.target) == viEs.beads.map(\.target))
    }
}
