import Foundation
import Testing
@testable import SejajarKit
import SejajarIO

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
        #expect(DiagnosticWriter.line(missing).hasPrefix("id.txt:1:1: warning: [term.missing]"))
    }

    @Test func acceptsTheRenderingOfAHomonymConcept() {
        let glossary = Glossary(concepts: [
            Concept(id: "chair", subjectField: "titles and positions", terms: [
                Term(language: "es", text: "presidente", status: .preferred), Term(language: "id", text: "ketua", status: .preferred)]),
            Concept(id: "head-of-state", subjectField: "State bodies", terms: [
                Term(language: "es", text: "Presidente", status: .admitted), Term(language: "id", text: "Presiden", status: .preferred)]),
        ])
        // A second pair names the head of state, so the text is about the term base's subject
        // and the everyday word "presidente" is checked too.
        let check = { (target: String) in
            Checker(glossary: glossary).check([Self.alignment([("El presidente habló ayer.", target), ("Llegó el Presidente.", "Presiden tiba.")])])[0]
                .map(\.code.rawValue)
        }
        #expect(check("Presiden berbicara kemarin.").isEmpty)
        #expect(check("Ketua berbicara kemarin.").isEmpty)
        #expect(check("Dia berbicara kemarin.") == ["term.missing"])
    }

    /// General news uses everyday words that are also terms ("autoridades", "barrio") in their
    /// everyday sense: outside the domain they are not checked; a domain term still is.
    @Test func everydayTermsAreCheckedOnlyInTextOfTheDomain() {
        let glossary = Glossary(concepts: [
            Concept(id: "neighbourhood", subjectField: "administrative units", terms: [
                Term(language: "es", text: "barrio", status: .preferred), Term(language: "id", text: "kelurahan", status: .preferred)]),
            Concept(id: "peoples-committee", subjectField: "State bodies", terms: [
                Term(language: "es", text: "Comité Popular", status: .preferred), Term(language: "id", text: "Komite Rakyat", status: .preferred)]),
        ])
        let news = [("Los vecinos del barrio protestaron.", "Warga lingkungan itu memprotes."), ("Llovió mucho ayer.", "Kemarin hujan deras."),
                    ("El tráfico se detuvo.", "Lalu lintas berhenti."), ("Nadie resultó herido.", "Tidak ada yang terluka.")]
        #expect(Checker(glossary: glossary).check([Self.alignment(news)])[0].isEmpty)
        // A pair is about the domain when both of its sides name a domain concept: three of eight.
        let domain = news + [("El Comité Popular se reunió.", "Komite Rakyat bersidang."), ("El Comité Popular informó.", "Komite Rakyat melapor."),
                             ("El Comité Popular votó.", "Komite Rakyat memilih."), ("El Comité Popular aprobó el plan.", "Rencana disetujui.")]
        let codes = Checker(glossary: glossary).check([Self.alignment(domain)])[0].map { "\($0.code.rawValue) \($0.concept ?? "")" }
        #expect(codes == ["term.missing neighbourhood", "term.missing peoples-committee"])
    }

    /// Term findings need a translation to judge: a pair the aligner does not trust, or two texts
    /// that are not translations, raise no term.missing (the omission findings cover them).
    @Test func missingTermsAreJudgedOnlyInTrustedPairsOfATranslation() {
        var alignment = Self.alignment([("Los comités del Partido aprobaron el plan.", "Para pemimpin menyetujui rencana itu.")])
        #expect(Checker(glossary: GlossaryTests.glossary).check([alignment])[0].contains { $0.code == .term.missing })
        alignment.beads[0].confidence = 0.3
        #expect(!Checker(glossary: GlossaryTests.glossary).check([alignment])[0].contains { $0.code == .term.missing })
        alignment.beads[0].locked = true
        #expect(Checker(glossary: GlossaryTests.glossary).check([alignment])[0].contains { $0.code == .term.missing })
        alignment.beads[0].confidence = 0.9
        alignment.verdict = .comparable
        #expect(!Checker(glossary: GlossaryTests.glossary).check([alignment])[0].contains { $0.code == .term.missing })
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

    @Test(arguments: [
        ("El niño, de 13 años, ganó 11 millones de libras.", "Anak usia13 tahun itu memenangkan £11juta."),
        ("Ocurrió en los años 30.", "Itu terjadi pada 1930-an."),
        ("Hubo diez heridos.", "Ada 10 orang terluka."),
        ("La reunión empieza a las 15:00.", "Rapat dimulai pukul 3 sore."),
        ("El XVII Congreso se abrió.", "Kongres ke-17 dibuka."),
        ("Costó 2.350 millones de dólares.", "Biayanya 2,35 miliar dolar."),
        ("Eran las 8:00.", "Saat itu pukul 08.00."),
    ])
    func figuresWrittenAnotherWayAreNoMismatch(source: String, target: String) {
        #expect(Self.codes([(source, target)]).isEmpty)
    }

    @Test func aChangedFigureIsReportedWithItsReading() throws {
        let findings = Checker(glossary: GlossaryTests.glossary).check([Self.alignment([("La deuda es de 2800 billones.", "Utangnya £2.8 miliar.")])])[0]
        let finding = try #require(findings.first)
        #expect(findings.map(\.code) == [.text.numberMismatch])
        #expect(finding.message == "figures differ: the source has “2800 billones” (2800000000000000) not in the target; the target has “2.8 miliar” (2800000000) not in the source")
        #expect(finding.target?.text == "2.8 miliar")
    }

    @Test func aUnitConversionIsANote() throws {
        let findings = Checker(glossary: GlossaryTests.glossary).check([Self.alignment([("El muro mide seis metros.", "Tembok itu setinggi 20 kaki.")])])[0]
        #expect(findings.map(\.code) == [.text.numberConverted])
        #expect(findings.first?.severity == .note)
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
        let source = try TestReader().read(path: path, language: "es")
        #expect(source.sentences.count == 1)
        let target = Document(path: "id.txt", language: "id", paragraphs: [["Kemarin komisi itu melapor."]])
        let alignment = Alignment(source: source, target: target, beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.8)],
                                  verdict: .parallel, score: 1)
        let finding = try #require(Checker(glossary: GlossaryTests.glossary).check([alignment])[0].first { $0.code == .term.deprecated })
        #expect((finding.location.line, finding.location.column) == (2, 24))
        // The saved alignment keeps that.
        let saved = try AlignmentJSONReader().read(data: Data(try AlignmentJSONWriter().write(CheckedAlignment(alignment)).text.utf8), path: "a.json").twoTexts()
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
        // A phrase doublet, in either language.
        ("los cuadros, funcionarios y empleados públicos", "para staf, pegawai negeri sipil, dan pegawai negeri sipil semakin", true),
        ("los funcionarios públicos y funcionarios públicos", "pegawai negeri sipil dan karyawan", true),
        // Not a lost item: the head of a longer item, a pronoun across clauses.
        ("miles de viviendas, hospitales y hoteles", "ribuan rumah, rumah sakit dan hotel", false),
        ("El número de quejas y denuncias sigue alto", "Jumlah pengaduan, pengaduan masih tinggi", true),
        ("Hemos jugado todos los partidos y seguimos invictos", "kami sudah menguji permainan kami, dan kami masih tidak terkalahkan", false),
        // A list's last item joined by a coordinator: the list has ended, so the pair is a doublet.
        ("reforzar la disciplina y la disciplina administrativa, así como la inspección", "penguatan disiplin administrasi serta inspeksi", true),
        // Emphasis, an interjection, and a noun pointed back to.
        ("No, nunca, jamás.", "Tidak, tidak, tidak.", false),
        ("Mmm, Mmm, ¿qué?", "Uh, apa.", false),
        ("Tenemos un objetivo, que es ganar", "Kami memiliki sasaran, dan sasaran itu adalah menang", false),
    ])
    func flagsCollapsedDoublets(source: String, target: String, flagged: Bool) {
        #expect(Self.codes([(source, target)]).contains("doublet") == flagged)
    }

    /// A coordinator is matched as it is written: Vietnamese "và" and "hoặc" join a doublet as
    /// "dan" and "y" do (the items themselves compare folded).
    @Test(arguments: [
        ("giải quyết khiếu nại và khiếu nại của công dân", true),
        ("quyền lợi hợp pháp hoặc hợp pháp", true),
        ("Khiếu nại, khiếu nại và kiến nghị", true),
        ("nghiên cứu và phát triển", false),
        ("Hà Nội và Hải Phòng", false),
    ])
    func vietnameseCoordinatorsJoinADoublet(text: String, flagged: Bool) {
        #expect(DoubletCheck.spans(text).isEmpty != flagged)
        #expect(DoubletCheck.spans(text) == DoubletCheck.spans(text, screened: false))
    }

    @Test func aDoubletIsReportedOnTheSideThatHasIt() throws {
        let findings = Checker(glossary: nil).check([Self.alignment([("quejas, quejas y denuncias", "keluhan, pengaduan dan laporan")])])[0]
        let doublet = try #require(findings.first { $0.code == .text.doublet })
        #expect(doublet.location.path == "es.txt")
        #expect(doublet.source?.text == "quejas, quejas")
    }

    /// Only terminology decisions are inconsistencies: not everyday words, not two items of one
    /// list, not an acronym, not a target that mirrors its source's own variation.
    @Test func inconsistencyIgnoresEverydayWordsListsAndTheSourcesOwnVariation() {
        let glossary = Glossary(concepts: [
            Concept(id: "people", subjectField: "policies and slogans", terms: [
                Term(language: "es", text: "pueblo", status: .preferred), Term(language: "es", text: "población", status: .admitted),
                Term(language: "id", text: "rakyat", status: .preferred), Term(language: "id", text: "masyarakat", status: .admitted)]),
            Concept(id: "petition", subjectField: "civil service", terms: [
                Term(language: "es", text: "petición ciudadana", status: .preferred), Term(language: "es", text: "recomendación ciudadana", status: .admitted),
                Term(language: "id", text: "petisi warga", status: .preferred), Term(language: "id", text: "rekomendasi warga", status: .admitted)]),
            Concept(id: "front", subjectField: "Fatherland Front and mass organisations", terms: [
                Term(language: "es", text: "Frente de la Patria", status: .preferred),
                Term(language: "id", text: "Front Tanah Air", status: .preferred), Term(language: "id", text: "Front Persatuan Tanah Air", status: .admitted),
                Term(language: "id", text: "FTA", status: .admitted, exactOnly: true)]),
        ])
        let codes = { (pairs: [(String, String)]) in
            Checker(glossary: glossary).check([Self.alignment(pairs)])[0].filter { $0.code == .term.inconsistent }.map { $0.concept ?? "" }
        }
        // Everyday words vary as style does.
        #expect(codes([("El pueblo votó.", "Rakyat memilih."), ("El pueblo habló.", "Masyarakat berbicara.")]).isEmpty)
        // Two renderings in one pair are items of a list.
        #expect(codes([("Recibió la petición ciudadana y la recomendación ciudadana.", "Menerima petisi warga dan rekomendasi warga.")]).isEmpty)
        // A term decision that varies is reported …
        #expect(codes([("El Frente de la Patria se reunió.", "Front Tanah Air bersidang."),
                       ("El Frente de la Patria decidió.", "Front Persatuan Tanah Air memutuskan.")]) == ["front"])
        // An acronym is its term's short form, not another decision.
        #expect(codes([("El Frente de la Patria se reunió.", "Front Tanah Air bersidang."),
                       ("El Frente de la Patria decidió.", "FTA memutuskan.")]).isEmpty)
        // An acronym beside the full term in one pair glosses it: that pair is no decision either.
        #expect(codes([("El Frente de la Patria se reunió.", "Front Tanah Air (FTA) bersidang."),
                       ("El Frente de la Patria decidió.", "Front Persatuan Tanah Air memutuskan.")]).isEmpty)
        // … unless the target only follows its source's variation.
        #expect(codes([("La petición ciudadana llegó.", "Petisi warga tiba."),
                       ("La recomendación ciudadana llegó.", "Rekomendasi warga tiba.")]).isEmpty)
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
        let json = try FindingsJSONWriter().write(findings).text
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let first = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(Set(first.keys).isSuperset(of: ["code", "severity", "bead", "concept", "message", "source", "target"]))
        #expect(first["target"] is NSNull)
        #expect((object["summary"] as? [String: Int]) == ["term.missing": 1])
    }
}
