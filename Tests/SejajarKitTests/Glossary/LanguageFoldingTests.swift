import Foundation
import Testing
@testable import SejajarKit

/// Term matching folds words as each language allows: tones stay in Vietnamese.
struct LanguageFoldingTests {
    @Test("each language folds as its table says", arguments: [
        // Tone languages keep every mark; only case goes.
        ("vi", "Quận", "quận"), ("vi", "QUÁN", "quán"), ("vi", "Làng", "làng"), ("vi", "Đại biểu", "đại biểu"),
        ("yo", "Ọ̀RỌ̀", "ọ̀rọ̀"),
        // Spanish and languages without a table: marks go, "ñ" stays.
        ("es", "Comisión", "comision"), ("es", "Campaña", "campaña"), ("id", "Kafé", "kafe"), ("fr", "Élu", "elu"),
        // Turkish letters are letters of their own; a loan accent still goes.
        ("tr", "Işık", "ışık"), ("tr", "İSTANBUL", "istanbul"), ("az", "Bakı", "bakı"), ("tr", "Şehir", "şehir"), ("tr", "Kâtip", "katip"),
    ])
    func folds(_ language: String, _ word: String, _ folded: String) {
        #expect(LanguageFolding(Language(language)).fold(word) == folded)
    }

    @Test("decomposed input folds like composed input in a tone language")
    func composedForm() {
        let folding = LanguageFolding("vi")
        #expect(folding.fold("Quận".decomposedStringWithCanonicalMapping) == folding.fold("Quận"))
    }

    /// quận (district), quan (official), quán (shop); làng (village), lắng (to settle).
    @Test("a Vietnamese term matches its own tones only", arguments: [
        ("Ủy ban nhân dân quận Ba Đình", true), ("các quan chức địa phương", false), ("một quán cà phê", false),
    ])
    func vietnameseTones(_ text: String, _ matches: Bool) {
        let glossary = Glossary(concepts: [
            Concept(id: "c1", subjectField: "administrative units", terms: [
                Term(language: "vi", text: "quận", status: .preferred), Term(language: "es", text: "distrito urbano", status: .preferred),
            ]),
        ])
        let found = TermMatcher(glossary: glossary, language: "vi").matches(in: text)
        #expect(found.isEmpty == !matches, "\(text): \(found.map(\.text))")
    }
}
