import Foundation
import Testing
@testable import SejajarKit

/// The lexicon learns stems (`AlignerParameters.lexiconStems`): a word's forms are one token in
/// languages Snowball or a table of endings knows, whole words elsewhere and when turned off.
struct LexiconStemsTests {
    private func tokens(_ text: String, _ language: Language, stems: Bool = true) -> [String] {
        var parameters = AlignerParameters()
        parameters.lexiconStems = stems
        let document = Document(language: language, paragraphs: [[text]])
        let other = Document(language: "en", paragraphs: [["x"]])
        return Aligner(parameters: parameters).wordTokens([(document, other)])[0].flatMap { $0.map(\.folded) }
    }

    @Test(arguments: [
        ("evlerde evler evleri", "tr"),
        ("России Россией Россия", "ru"),
        ("대통령은 대통령이 대통령의", "ko"),
        ("comisiones comisión Comisiones", "es"),
    ] as [(String, Language)])
    func formsOfAWordAreOneToken(_ text: String, _ language: Language) {
        let words = Set(tokens(text, language))
        #expect(words.count == 1, "\(words)")
        #expect(Set(tokens(text, language, stems: false)).count > 1)
    }

    @Test func numbersAndLanguagesWithoutEndingsStayWhole() {
        #expect(tokens("Ủy ban nhân dân 1.500 người", "vi") == ["uy", "ban", "nhan", "dan", "1500", "nguoi"])
        #expect(tokens("Los 1.500 comités", "es").contains("1500"))
        // Indonesian's Snowball stemmer makes other words (pembunuhan "murder" → bunuh "kill").
        #expect(tokens("pembunuhan mereka", "id") == ["pembunuhan", "mereka"])
    }

    @Test func theParameterReadsAsJSON() throws {
        let parameters = try AlignerParametersReader().read(data: Data(#"{"lexiconStems": false}"#.utf8), path: "p.json")
        #expect(parameters.lexiconStems == false)
        #expect(AlignerParameters().lexiconStems)
    }
}
