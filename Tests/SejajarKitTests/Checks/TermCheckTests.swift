import Testing
@testable import SejajarKit

/// Term findings that hold on text nobody tuned on (issue 29): one finding per error across both
/// directions, foreign senses accepted and never asked for, and outside the domain only names.
struct TermCheckTests {
    static let glossary = Glossary(concepts: [
        Concept(id: "committee", subjectField: "State bodies", terms: [
            Term(language: "es", text: "Comité Popular", status: .preferred), Term(language: "es", text: "Comité del Pueblo", status: .deprecated),
            Term(language: "id", text: "Komite Rakyat", status: .preferred)]),
        Concept(id: "vice-chair", subjectField: "titles and positions", terms: [
            Term(language: "es", text: "vicepresidente del Comité Popular", status: .preferred),
            Term(language: "id", text: "Wakil Ketua Komite Rakyat", status: .preferred)]),
        Concept(id: "government", subjectField: "State bodies", terms: [
            Term(language: "es", text: "Gobierno", status: .preferred), Term(language: "id", text: "Pemerintah", status: .preferred)]),
        Concept(id: "pm", subjectField: "titles and positions", terms: [
            Term(language: "es", text: "Primer Ministro", status: .preferred), Term(language: "id", text: "Perdana Menteri", status: .preferred)]),
        Concept(id: "household", subjectField: "administrative units", terms: [
            Term(language: "es", text: "unidad familiar", status: .preferred), Term(language: "id", text: "rumah tangga", status: .preferred)]),
    ])

    static func findings(_ pairs: [(String, String)]) -> [Finding] {
        Checker(glossary: glossary).check([CheckerTests.alignment(pairs)])[0].filter { $0.code.rawValue.hasPrefix("term.") }
    }

    /// Two pairs of the domain, so that what is checked only there is.
    static let domain = [("El Comité Popular se reunió.", "Komite Rakyat bersidang."), ("El Comité Popular informó.", "Komite Rakyat melapor.")]

    @Test func aDeprecatedSourceTermAndTheTargetTermItFailedToRenderAreOneFinding() throws {
        let found = Self.findings(Self.domain + [("El vicepresidente del Comité del Pueblo habló.", "Wakil Ketua Komite Rakyat berbicara.")])
        let finding = try #require(found.first)
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(finding.code == .term.deprecated && finding.concept == "committee")
        #expect(finding.message.contains("“Wakil Ketua Komite Rakyat” (vice-chair) has no accepted rendering in the source"))
        #expect(finding.source?.text == "Comité del Pueblo" && finding.target?.text == "Wakil Ketua Komite Rakyat")
    }

    /// Words that are a deprecated rendering of one concept and the accepted term of another are
    /// read through the target: its term says what was meant, and its finding is the one kept.
    @Test func anAmbiguousDeprecatedTermGivesWayToTheTargetsTerm() throws {
        var glossary = Self.glossary
        glossary.concepts += [
            Concept(id: "mobilisation", subjectField: "policies and slogans", terms: [
                Term(language: "es", text: "movilización de masas", status: .preferred), Term(language: "es", text: "servicio público", status: .deprecated),
                Term(language: "id", text: "mobilisasi massa", status: .preferred)]),
            Concept(id: "public-services", subjectField: "Government and administration", terms: [
                Term(language: "es", text: "servicio público", status: .preferred), Term(language: "id", text: "layanan publik", status: .preferred)]),
            Concept(id: "online-service", subjectField: "Government and administration", terms: [
                Term(language: "es", text: "servicio público en línea", status: .preferred),
                Term(language: "id", text: "layanan publik online", status: .preferred)]),
        ]
        let alignment = CheckerTests.alignment(Self.domain + [("El servicio público por internet creció.", "Layanan publik online tumbuh.")])
        let found = Checker(glossary: glossary).check([alignment])[0].filter { $0.code.rawValue.hasPrefix("term.") }
        let finding = try #require(found.first)
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(finding.code == .term.missing && finding.concept == "online-service")
        #expect(finding.message.contains("“servicio público” is a deprecated rendering of mobilisation"))
    }

    /// A target term the source lost elsewhere in the sentence is another error, reported apart.
    @Test func aTargetTermLostElsewhereIsStillItsOwnFinding() {
        let found = Self.findings(Self.domain + [(
            "El Comité del Pueblo habló ayer por la tarde ante los vecinos reunidos en la plaza mayor.",
            "Komite Rakyat berbicara kemarin sore di depan warga yang berkumpul di alun-alun, bersama Wakil Ketua Komite Rakyat.")])
        #expect(found.map(\.code) == [.term.deprecated, .term.missing], "\(found.map(\.message))")
    }

    @Test func aForeignBodyIsAcceptedAndNeverAskedFor() {
        #expect(Self.findings(Self.domain + [("El Gobierno alemán aprobó la ley.", "Parlemen itu menyetujui undang-undang.")]).isEmpty)
        #expect(Self.findings(Self.domain + [("El Gobierno aprobó la ley.", "Parlemen itu menyetujui undang-undang.")]).map(\.concept) == ["government"])
    }

    @Test func outsideTheDomainOnlyNamesAreAskedFor() {
        let news = [("Cada unidad familiar recibió ayuda.", "Setiap keluarga menerima bantuan."),
                    ("El Gobierno aprobó la ley.", "Parlemen menyetujui undang-undang."), ("Llovió.", "Hujan.")]
        // "unidad familiar", a phrase in lower case, is an everyday phrase in general news;
        // "Gobierno", a name, is still asked for.
        #expect(Self.findings(news).map(\.concept) == ["government"])
        // In text of the domain the phrase is the term.
        #expect(Self.findings(Self.domain + [news[0]]).map(\.concept) == ["household"])
    }
}
