import Testing
@testable import SejajarKit

/// Fuzzy scores in the bands translators read: exact, only numbers/tags/punctuation/case,
/// and word differences capped at 94.
struct FuzzyScorerTests {
    func score(_ query: String, _ candidate: String, language: Language = "es") -> MatchScore {
        FuzzyScorer().score(query: MatchToken.tokens(query, language: language), queryText: query,
                            candidate: MatchToken.tokens(candidate, language: language), candidateText: candidate)
    }

    @Test("each band", arguments: [
        ("El Comité aprobó el plan.", "El Comité aprobó el plan.", 100, MatchScore.Kind.exact),
        ("El plan de 2024 costó 3.500 euros.", "El plan de 2023 costó 3.500 euros.", 99, .formatting),
        ("El plan de 2024 costó 3.500 euros.", "El plan de 2023 costó 4.000 euros.", 98, .formatting),
        ("El plan de 2024 costó 3.500 euros.", "El plan de costó euros.", 98, .formatting),
        ("El Comité aprobó el plan.", "El comité aprobó el plan.", 99, .formatting),
        ("El Comité aprobó el plan.", "El Comite aprobó el plan.", 99, .formatting),
        ("El Comité aprobó el plan.", "El Comité aprobó el plan", 99, .formatting),
        ("El plan, aprobado.", "El plan , aprobado.", 99, .formatting),
        ("1, 2, 3, 4, 5, 6 y 7.", "9, 8, 7, 6, 5, 4 y 3.", 95, .formatting),
        // 5 words and a full stop: 52 tenths; one word replaced costs 10.
        ("El Comité aprobó el plan.", "El Comité rechazó el plan.", 80, .fuzzy),
        ("El Comité Popular de la provincia aprobó ayer el plan de desarrollo.", "El Comité Popular de la provincia aprobó el plan de desarrollo.", 91, .fuzzy),
        ("El Comité aprobó el plan.", "Nadie sabe nada de eso hoy.", 3, .fuzzy),
    ] as [(String, String, Int, MatchScore.Kind)])
    func bands(_ query: String, _ candidate: String, _ percent: Int, _ kind: MatchScore.Kind) {
        let result = score(query, candidate)
        #expect(result.percent == percent && result.kind == kind, "\(query) / \(candidate): \(result)")
    }

    @Test("a number-only difference ranks above a word difference, however long the sentence")
    func numbersBeforeWords() {
        let words = (1...60).map { "palabra\($0)" }
        let query = (words + ["en", "2024."]).joined(separator: " ")
        let number = (words + ["en", "2023."]).joined(separator: " ")
        var changed = words
        changed[30] = "otra"
        let word = (changed + ["en", "2024."]).joined(separator: " ")
        let byNumber = score(query, number), byWord = score(query, word)
        #expect(byNumber.percent == 99 && byNumber.kind == .formatting)
        #expect(byWord.percent == FuzzyScorer.fuzzyCeiling && byWord.kind == .fuzzy)
        #expect(byNumber.percent > byWord.percent)
    }

    @Test("a tag the query lacks is a formatting difference, and is marked nowhere in the text")
    func tags() {
        let plain = Segment("Véase la nota.")
        let tagged = Segment(parts: [.text("Véase la nota"), .element(name: "ph", attributes: [], children: [.text("<sup>1</sup>")]), .text(".")])
        let result = FuzzyScorer().score(query: MatchToken.tokens(plain, language: "es"), queryText: plain.plainText,
                                         candidate: MatchToken.tokens(tagged, language: "es"), candidateText: tagged.plainText)
        #expect(result.percent == 99 && result.kind == .formatting && result.differences.isEmpty)
    }

    @Test("what differs is marked in the candidate's text")
    func differences() {
        let result = score("El Comité aprobó el plan.", "El Comité rechazó el plan.")
        #expect(result.differences == [10..<17])
    }

    @Test("Vietnamese tones make other words")
    func tones() {
        #expect(score("Ủy ban nhân dân quận", "Ủy ban nhân dân quan", language: "vi").kind == .fuzzy)
        #expect(score("Ủy ban nhân dân quận", "ủy ban nhân dân quận", language: "vi").kind == .formatting)
    }

    @Test("character similarity orders matches of one score")
    func similarity() {
        #expect(FuzzyScorer.characterSimilarity("kitten", "sitting") == 1 - 3.0 / 7)
        #expect(FuzzyScorer.characterSimilarity("", "") == 1)
        #expect(FuzzyScorer.characterSimilarity("a", "") == 0)
    }

    @Test("the band of each score", arguments: [
        (101, MatchBand.context), (100, .exact), (99, .formatting), (95, .formatting), (94, .high), (85, .high), (84, .medium),
        (75, .medium), (74, .low), (50, .low),
    ])
    func band(_ percent: Int, _ band: MatchBand) {
        #expect(MatchBand(percent: percent) == band)
    }

    @Test func belowTheBands() {
        #expect(MatchBand(percent: 49) == nil)
    }

    @Test("an aligned unit no one reviewed loses a point, never across the 95 line")
    func penalties() {
        let aligned = MemoryProvenance(origin: .aligned)
        let penalties = MatchPenalties()
        #expect(penalties.apply(MatchScore(percent: 100, kind: .exact, similarity: 1), provenance: aligned).0.percent == 99)
        #expect(penalties.apply(MatchScore(percent: 95, kind: .formatting, similarity: 1), provenance: aligned).0.percent == 95)
        #expect(penalties.apply(MatchScore(percent: 94, kind: .fuzzy, similarity: 1), provenance: aligned).0.percent == 93)
        let reviewed = MemoryProvenance(reviewed: true, origin: .aligned)
        #expect(penalties.apply(MatchScore(percent: 94, kind: .fuzzy, similarity: 1), provenance: reviewed).1.isEmpty)
        #expect(penalties.apply(MatchScore(percent: 94, kind: .fuzzy, similarity: 1), provenance: MemoryProvenance(origin: .translated)).1.isEmpty)
    }

    @Test("matches rank by score, then kind, then closeness, then reviewed, then date")
    func ranking() {
        func match(_ id: Int64, _ percent: Int, _ kind: MatchScore.Kind, _ similarity: Double, reviewed: Bool = false, date: Int64 = 0) -> MemoryMatch {
            let side = MemoryUnit.Side(language: "es", segment: Segment("x"), text: "x")
            return MemoryMatch(unit: MemoryUnit(id: id, source: side, target: side, provenance: MemoryProvenance(date: date, reviewed: reviewed)),
                               score: MatchScore(percent: percent, kind: kind, similarity: similarity))
        }
        let matches = [match(1, 99, .formatting, 0.9), match(2, 99, .exact, 0.5), match(3, 100, .exact, 1), match(4, 99, .formatting, 0.95),
                       match(5, 99, .formatting, 0.95, reviewed: true), match(6, 99, .formatting, 0.95, date: 10)]
        #expect(matches.sorted(by: MemoryMatch.ranks).map(\.unit.id) == [3, 2, 5, 6, 4, 1])
    }
}
