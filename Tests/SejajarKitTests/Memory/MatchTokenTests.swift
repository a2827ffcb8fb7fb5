import Testing
@testable import SejajarKit

/// Tokens for fuzzy matching: words folded by language, numbers as written, marks, codes.
struct MatchTokenTests {
    @Test("words, numbers with their separators, and punctuation")
    func kinds() {
        let tokens = MatchToken.tokens("El Comité gastó 1.500,25 euros (3,5 %) en 2024.", language: "es")
        #expect(tokens.map(\.text) == ["El", "Comité", "gastó", "1.500,25", "euros", "(", "3,5", "%", ")", "en", "2024", "."])
        #expect(tokens.map(\.key) == ["el", "comite", "gasto", "1.500,25", "euros", "(", "3,5", "%", ")", "en", "2024", "."])
        #expect(tokens.filter { $0.kind == .number }.map(\.text) == ["1.500,25", "3,5", "2024"])
        #expect(tokens[1].range == 3..<9)
    }

    @Test("a separator after a number that no digit follows is punctuation")
    func trailingSeparator() {
        #expect(MatchToken.tokens("Son 3, no 4.", language: "es").map(\.text) == ["Son", "3", ",", "no", "4", "."])
        #expect(MatchToken.tokens("Son 3, no 4.", language: "es").map(\.kind) == [.word, .number, .punctuation, .word, .number, .punctuation])
    }

    @Test("Vietnamese keeps its tones in the key; Spanish folds accents")
    func folding() {
        #expect(MatchToken.tokens("Quận", language: "vi").map(\.key) == ["quận"])
        #expect(MatchToken.tokens("Campaña Comisión", language: "es").map(\.key) == ["campaña", "comision"])
    }

    @Test("scripts without spaces are cut character by character")
    func withoutSpaces() {
        #expect(MatchToken.tokens("ประเทศไทย", language: "th").count == "ประเทศไทย".count)
        #expect(MatchToken.tokens("日本の首相", language: "ja").map(\.text) == ["日", "本", "の", "首", "相"])
    }

    @Test("inline codes are tokens at their place; the text's offsets are the plain text's")
    func codes() {
        let segment = Segment(parts: [.text("Ver "), .element(name: "bpt", attributes: [.init(name: "i", value: "1")], children: [.text("<b>")]),
                                      .text("nota"), .element(name: "ept", attributes: [.init(name: "i", value: "1")], children: [.text("</b>")]), .text(".")])
        let tokens = MatchToken.tokens(segment, language: "es")
        #expect(tokens.map(\.kind) == [.word, .code, .word, .code, .punctuation])
        #expect(tokens[2].range == 4..<8 && segment.plainText == "Ver nota.")
        #expect(tokens[1].range == 4..<4)
    }
}
