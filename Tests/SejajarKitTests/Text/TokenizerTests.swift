import Testing
@testable import SejajarKit

struct TokenizerTests {
    @Test func foldsCaseAndDiacritics() {
        #expect(Tokenizer.tokens("Comités del Partido, Đà Nẵng").map(\.folded) == ["comites", "del", "partido", "da", "nang"])
    }

    @Test func numbersLoseSeparators() {
        let tokens = Tokenizer.tokens("1.500 personas, 3,5 % y 2024.")
        #expect(tokens.map(\.folded) == ["1500", "personas", "35", "y", "2024"])
        #expect(tokens.map(\.isNumber) == [true, false, true, false, true])
    }
}
