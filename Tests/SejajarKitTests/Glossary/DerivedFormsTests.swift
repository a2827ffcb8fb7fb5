import Testing
@testable import SejajarKit

/// A noun modifying a multi-word term's head is also written as its relational adjective
/// ("gobierno del municipio", "gobierno municipal"), in every language of the table.
struct DerivedFormsTests {
    /// One concept with `term` in `language`.
    static func glossary(_ language: String, _ term: String) -> Glossary {
        Glossary(concepts: [Concept(id: "k", subjectField: "State bodies", terms: [Term(language: language, text: term, status: .preferred)])])
    }

    @Test("a term matches its derived form word for word", arguments: [
        // Spanish: the linked noun as an adjective, in place or after the head, and back.
        ("es", "gobierno del municipio", "El gobierno municipal aprobó el plan.", true),
        ("es", "gobierno del municipio", "Los gobiernos municipales aprobaron el plan.", true),
        ("es", "Comité Popular provincial", "El Comité Popular de la provincia se reunió.", true),
        ("es", "Comité del Partido del distrito", "El Comité Distrital del Partido se reunió.", true),
        ("es", "Consejo Popular del distrito", "El Consejo Popular distrital se reunió.", true),
        ("es", "reforma administrativa", "La reforma de la administración avanza.", true),
        // Not every adjective is the noun's: "Comité del Pueblo" is a wrong rendering of "Comité Popular".
        ("es", "Comité Popular provincial", "El Comité del Pueblo provincial se reunió.", false),
        // English puts the adjective before its head.
        ("en", "Committee of the province", "The provincial Committee met.", true),
        ("en", "administrative reform", "The reform of the administration goes on.", true),
        // Indonesian: the noun follows its head, and so does its adjective.
        ("id", "reformasi administrasi", "Reformasi administratif berjalan.", true),
        ("id", "sentralisme demokratis", "Prinsip sentralisme demokrasi dijalankan.", true),
        ("id", "Komite Rakyat desa", "Komite Rakyat pedesaan bersidang.", false),
        // Vietnamese marks a level with "cấp".
        ("vi", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân cấp tỉnh họp sáng nay.", true),
        ("vi", "chính quyền cấp xã", "Chính quyền xã đã họp.", true),
        ("vi", "Ủy ban nhân dân thị xã", "Ủy ban nhân dân thị cấp xã", false),
    ])
    func derived(_ language: String, _ term: String, _ text: String, _ found: Bool) {
        let matches = TermMatcher(glossary: Self.glossary(language, term), language: Language(language)).matches(in: text)
        #expect(matches.isEmpty == !found, "\(term) in \(text): \(matches.map(\.text))")
        if let match = matches.first { #expect(match.exact && match.names) }
    }

    @Test("the variants of a term, per language", arguments: [
        ("es", "gobierno del municipio", "gobierno municipal"),
        ("es", "Comité Popular provincial", "Comité Popular de la provincia"),
        ("en", "provincial Committee", "Committee of the province"),
        ("id", "reformasi administrasi", "reformasi administratif"),
        ("vi", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân cấp tỉnh"),
    ])
    func variants(_ language: String, _ term: String, _ variant: String) {
        #expect(DerivedForms(Language(language)).variants(of: term).contains(variant))
        #expect(!DerivedForms(Language(language)).variants(of: term).contains(term))
    }

    @Test func oneWordTermsAndLanguagesWithoutATableHaveNoVariants() {
        #expect(DerivedForms("es").variants(of: "provincia").isEmpty)
        #expect(DerivedForms("de").variants(of: "Rat der Provinz").isEmpty)
    }

    /// A derived form that is another concept's term stays that concept's.
    @Test func aDerivedFormNeverTakesAnotherConceptsTerm() {
        let glossary = Glossary(concepts: [
            Concept(id: "a", subjectField: "State bodies", terms: [Term(language: "es", text: "Consejo del Estado", status: .preferred)]),
            Concept(id: "b", subjectField: "State bodies", terms: [Term(language: "es", text: "Consejo Estatal", status: .preferred)]),
        ])
        let found = TermMatcher(glossary: glossary, language: "es").matches(in: "El Consejo Estatal decidió.")
        #expect(found.map(\.concept) == [1])
    }
}
