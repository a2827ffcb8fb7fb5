import Testing
@testable import SejajarKit

struct TokenizerTests {
    @Test func foldsCaseAndDiacritics() {
        #expect(Tokenizer.tokens("Comités del Partido, Đà Nẵng").map(\.folded) == ["comites", "del", "partido", "da", "nang"])
    }

    @Test(arguments: [
        ("¿Quién llegó? ¡Nadie!", ["?", "!"]),
        ("Catatan (lihat lampiran): selesai; lalu [2]", [":", ";", "("]),
        ("Rapat pukul 18:00 di https://contoh.id.", []),
        ("会议（草案）：通过？", ["?", ":", "("]),
        ("Una frase sin nada.", []),
    ])
    func marksArePunctuationATranslationKeeps(text: String, marks: [String]) {
        let tokens = Tokenizer.marks(text)
        #expect(tokens.map(\.folded) == marks)
        #expect(tokens.allSatisfy { $0.isMark && !$0.isNumber })
    }

    @Test func greekAsksWithASemicolon() {
        #expect(Tokenizer.marks("Πού πας;", language: "el").map(\.folded) == ["?"])
        #expect(Tokenizer.marks("Where are you going?", language: "en").map(\.folded) == ["?"])
        #expect(Tokenizer.marks("uno; dos", language: "es").map(\.folded) == [";"])
    }

    @Test func ideographsAreTokensOfTheirOwn() {
        let tokens = Tokenizer.tokens("我们去Hanoi公园，2024年。カタカナ")
        #expect(tokens.map(\.folded) == ["我", "们", "去", "hanoi", "公", "园", "2024", "年", "カ", "タ", "カ", "ナ"])
    }

    /// Thai, Khmer, Lao and Myanmar run words together: ICU's dictionaries cut them, so that a
    /// lexicon learns words, not whole clauses.
    @Test(arguments: [
        ("ฉันกินข้าว", ["ฉัน", "กิน", "ข้าว"]),
        ("ผมชอบ MWPs มาก", ["ผม", "ชอบ", "mwps", "มาก"]),
        ("ខ្ញុំទៅផ្សារ", ["ខ្ញុំ", "ទៅ", "ផ្សារ"]),
    ])
    func scriptsWithoutSpacesAreCutIntoWords(_ text: String, _ words: [String]) {
        #expect(Tokenizer.tokens(text).map(\.folded) == words)
    }

    @Test func aLongThaiRunKeepsEveryLetter() {
        let run = "สมาชิกสมัชชาของเวลล์มีความกังวลมากเกี่ยวกับการถูกมองว่าเป็นตัวตลก"
        let tokens = Tokenizer.tokens(run).map(\.folded)
        #expect(tokens.count >= 8)
        #expect(tokens.joined() == run)
    }

    @Test func numbersLoseSeparators() {
        let tokens = Tokenizer.tokens("1.500 personas, 3,5 % y 2024.")
        #expect(tokens.map(\.folded) == ["1500", "personas", "35", "y", "2024"])
        #expect(tokens.map(\.isNumber) == [true, false, true, false, true])
    }
}
