import Foundation
import Testing
@testable import SejajarKit

struct CheckerTests {
    static func alignment(_ pairs: [(String, String)]) -> Alignment {
        let source = Document(path: "es.txt", language: "es", paragraphs: [pairs.map(\.0)])
        let target = Document(path: "id.txt", language: "id", paragraphs: [pairs.map(\.1)])
        let beads = pairs.indices.map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: 0.9) }
        return Alignment(source: source, target: target, beads: beads, verdict: .parallel, score: 1)
    }

    static func codes(_ pairs: [(String, String)]) -> [String] {
        Checker(glossary: GlossaryTests.glossary).check([alignment(pairs)])[0].map(\.code.rawValue)
    }

    @Test func flagsAMissingTermWithBothSpans() throws {
        let findings = Checker(glossary: GlossaryTests.glossary).check([Self.alignment([
            ("Los comités del Partido aprobaron el plan.", "Para pemimpin menyetujui rencana itu."),
        ])])[0]
        let missing = try #require(findings.first { $0.code == .term.missing })
        #expect(missing.concept == "c1")
        #expect(missing.source == Finding.Span(start: 4, end: 23, text: "comités del Partido"))
        #expect(DiagnosticWriter().line(missing).hasPrefix("id.txt:1:1: warning: [term.missing]"))
    }

    @Test func acceptsTheRenderingOfAHomonymConcept() {
        let glossary = Glossary(concepts: [
            Concept(id: "chair", subjectField: "titles and positions", terms: [
                Term(language: "es", text: "presidente", status: .preferred), Term(language: "id", text: "ketua", status: .preferred)]),
            Concept(id: "head-of-state", subjectField: "State bodies", terms: [
                Term(language: "es", text: "Presidente", status: .admitted), Term(language: "id", text: "Presiden", status: .preferred)]),
        ])
        let check = { (target: String) in
            Checker(glossary: glossary).check([Self.alignment([("El presidente habló ayer.", target)])])[0].map(\.code.rawValue)
        }
        #expect(check("Presiden berbicara kemarin.").isEmpty)
        #expect(check("Ketua berbicara kemarin.").isEmpty)
        #expect(check("Dia berbicara kemarin.") == ["term.missing"])
    }

    @Test func aDeprecatedRenderingThatIsAnotherConceptsTermIsReadThroughTheTarget() {
        let glossary = Glossary(concepts: [
            Concept(id: "mobilisation", subjectField: "Party bodies", terms: [
                Term(language: "es", text: "movilización de masas", status: .preferred),
                Term(language: "es", text: "servicio público", status: .deprecated),
                Term(language: "id", text: "mobilisasi massa", status: .preferred)]),
            Concept(id: "public-services", subjectField: "Government and administration", terms: [
                Term(language: "es", text: "servicio público", status: .preferred),
                Term(language: "id", text: "layanan publik", status: .preferred)]),
        ])
        let check = { (source: String, target: String) in
            Checker(glossary: glossary).check([Self.alignment([(source, target)])])[0].map(\.code.rawValue)
        }
        // News about public services, rendered as such: nothing to report.
        #expect(check("Los servicios públicos mejoraron.", "Layanan publik membaik.").isEmpty)
        // The seed's machine translation: the target shows that mass mobilisation was meant.
        #expect(check("El servicio público del sistema político avanzó.", "Kerja mobilisasi massa sistem politik maju.") == ["term.deprecated"])
    }

    @Test func numbersWithOtherSeparatorsAreTheSameNumbers() {
        #expect(Self.codes([("Llegó a las 7:55 con 1.500 euros.", "Dia tiba pukul 7.55 dengan 1500 euro.")]).isEmpty)
        #expect(Self.codes([("Llegó a las 7:55 con 1.500 euros.", "Dia tiba pukul 7.45 dengan 1500 euro.")]) == ["number.mismatch"])
    }

    @Test func pointsAtTheSentenceOfAMultiSentenceBeadWhereTheTermIs() throws {
        var source = Document(path: "es.txt", language: "es", paragraphs: [["Hola a todos.", "El Comité de Servicio Público se reunió."]])
        source.sentences[1].line = 3
        source.sentences[1].column = 5
        let target = Document(path: "id.txt", language: "id", paragraphs: [["Halo semua. Komisi itu bertemu."]])
        let alignment = Alignment(source: source, target: target, beads: [Bead(source: 0..<2, target: 0..<1, confidence: 0.8)],
                                  verdict: .parallel, score: 1)
        let finding = try #require(Checker(glossary: GlossaryTests.glossary).check([alignment])[0].first { $0.code == .term.deprecated })
        #expect(finding.source?.start == 17)
        #expect((finding.location.line, finding.location.column) == (3, 8))
    }

    @Test func pointsIntoTheRightLineOfAHardWrappedSentence() throws {
        let folder = try External.temporaryDirectory()
        let path = folder + "/es.txt"
        // The sentence runs over three lines; the term starts on the second, after a double space (column 24).
        try OutputFile.write("Ayer, en la reunión\n  de la provincia,  el Comité de\nServicio Público informó.\n", to: path)
        let source = try DocumentReader().read(path: path, language: "es")
        #expect(source.sentences.count == 1)
        let target = Document(path: "id.txt", language: "id", paragraphs: [["Kemarin komisi itu melapor."]])
        let alignment = Alignment(source: source, target: target, beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.8)],
                                  verdict: .parallel, score: 1)
        let finding = try #require(Checker(glossary: GlossaryTests.glossary).check([alignment])[0].first { $0.code == .term.deprecated })
        #expect((finding.location.line, finding.location.column) == (2, 24))
        // The saved alignment keeps that.
        let saved = try AlignmentJSONReader().read(data: Data(try AlignmentJSONWriter().write(alignment).utf8), path: "a.json")
        let again = try #require(Checker(glossary: GlossaryTests.glossary).check([saved])[0].first { $0.code == .term.deprecated })
        #expect((again.location.line, again.location.column) == (2, 24))
    }

    @Test func acceptsAnInflectedRendering() {
        #expect(Self.codes([("Implementar el plan.", "Mereka mengimplementasikan rencana itu.")]).isEmpty)
    }

    @Test func flagsADeprecatedRenderingInsteadOfMissing() {
        #expect(Self.codes([("El Comité de Servicio Público se reunió.", "Komisi Mobilisasi Massa bertemu.")]) == ["term.deprecated"])
    }

    @Test(arguments: [
        ("quejas y denuncias de la gente", "pengaduan, pengaduan dari rakyat", true),
        ("intereses legítimos y legales", "kepentingan yang sah dan sah", true),
        ("pengaduan, pengaduan", "pengaduan, pengaduan", false),
        ("más y más", "lagi dan lagi", false),
    ])
    func flagsCollapsedDoublets(source: String, target: String, flagged: Bool) {
        #expect(Self.codes([(source, target)]).contains("doublet") == flagged)
    }

    @Test func flagsInconsistentRenderingsAcrossTheDocument() {
        let glossary = Glossary(concepts: [Concept(id: "k", subjectField: "State bodies", terms: [
            Term(language: "vi", text: "Ủy ban nhân dân", status: .preferred),
            Term(language: "es", text: "Comité Popular", status: .preferred),
            Term(language: "id", text: "Komite Rakyat", status: .preferred),
            Term(language: "id", text: "Komite Masyarakat", status: .admitted),
        ])])
        let findings = Checker(glossary: glossary).check([Self.alignment([
            ("El Comité Popular decidió.", "Komite Rakyat memutuskan."),
            ("El Comité Popular aprobó.", "Komite Rakyat menyetujui."),
            ("El Comité Popular firmó.", "Komite Masyarakat menandatangani."),
        ])])[0]
        let inconsistent = findings.filter { $0.code == .term.inconsistent }
        #expect(inconsistent.count == 1)
        #expect(inconsistent.first?.message.contains("“Komite Rakyat” ×2, “Komite Masyarakat” ×1") == true)
        #expect(inconsistent.first?.bead == 2)
    }

    @Test func flagsNumbersAddressesAndUntranslatedText() {
        #expect(Self.codes([("Son 1.500 personas en 2024.", "Ada 1,500 orang pada 2023.")]) == ["number.mismatch"])
        #expect(Self.codes([("Véase https://a.example/x para más.", "Lihat situs itu.")]) == ["url.mismatch"])
        #expect(Self.codes([("Texto sin traducir aquí.", "Texto sin traducir aquí.")]) == ["untranslated"])
    }

    @Test func jsonReportHasTheDocumentedShape() throws {
        let findings = Checker(glossary: GlossaryTests.glossary).check([Self.alignment([("Los comités del Partido.", "Para pemimpin.")])])[0]
        let json = try FindingsJSONWriter().write(findings)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let first = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(Set(first.keys).isSuperset(of: ["code", "severity", "bead", "concept", "message", "source", "target"]))
        #expect(first["target"] is NSNull)
        #expect((object["summary"] as? [String: Int]) == ["term.missing": 1])
    }
}
