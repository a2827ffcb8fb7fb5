import Testing

@testable import SejajarKit

/// The table folds a word as folding by definition does (lower case, canonical decomposition,
/// diacritics dropped), and it is used for the letters of the scripts it is there for.
@Suite struct FoldTableTests {
    @Test func everyLetterOfTheTableFoldsAsByDefinition() {
        for range in FoldTable.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let word = String(scalar)
                #expect(Tokenizer.fold(word) == Tokenizer.decomposingFold(word), "U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }

    @Test(arguments: [
        "Đà Nẵng", "Comités", "ΣΟΦΊΑ", "ΟΔΟΣ", "İstanbul", "Straße", "Йошкар-Ола", "ЁЛКА", "Øresund",
        "e\u{323}\u{302}", "e\u{302}\u{323}", "a\u{483}\u{301}", "ĳssel", "ǅemal", "Ǆ", "ﬁnal", "ǰ", "ΐ",
    ])
    func wordsFoldAsByDefinition(word: String) {
        #expect(Tokenizer.fold(word) == Tokenizer.decomposingFold(word))
    }

    /// Words of letters drawn from the table's blocks (those folded alone and those not, marks
    /// included) and ASCII: the same fold either way.
    @Test func randomWordsFoldAsByDefinition() {
        var generator = SeededGenerator(seed: 28)
        let pool: [Unicode.Scalar] = (FoldTable.ranges + [0x41..<0x5B, 0x61..<0x7B, 0x1F00..<0x1F20, 0x0E30..<0x0E40])
            .flatMap { $0.compactMap(Unicode.Scalar.init) }
        for _ in 0..<20_000 {
            var word = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...8, using: &generator) { word.append(pool.randomElement(using: &generator)!) }
            let text = String(word)
            #expect(Tokenizer.fold(text) == Tokenizer.decomposingFold(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The letters of Spanish, Vietnamese, German, Turkish and Russian words are in the table
    /// (otherwise it would be there for nothing).
    @Test(arguments: ["Comités", "Nẵng", "tỉnh", "Straße", "İstanbul", "Йошкар", "año", "ĐỒNG"])
    func theTableFoldsTheLettersItIsFor(word: String) {
        #expect(FoldTable.fold(word) != nil)
    }
}
