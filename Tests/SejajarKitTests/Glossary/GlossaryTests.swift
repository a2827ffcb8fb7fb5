import Foundation
import Testing
@testable import SejajarKit
import SejajarIO

struct GlossaryTests {
    static let glossary = Glossary(concepts: [
        Concept(id: "c1", subjectField: "Party bodies", terms: [
            Term(language: "vi", text: "cấp ủy đảng", status: .preferred),
            Term(language: "es", text: "comité del Partido", status: .preferred),
            Term(language: "id", text: "Komite Partai", status: .preferred),
        ]),
        Concept(id: "c2", subjectField: "policies and slogans", terms: [
            Term(language: "vi", text: "thực hiện", status: .preferred),
            Term(language: "es", text: "implementar", status: .preferred),
            Term(language: "id", text: "implementasi", status: .preferred),
        ]),
        Concept(id: "c3", subjectField: "State bodies", terms: [
            Term(language: "vi", text: "Ủy ban nhân dân", status: .preferred),
            Term(language: "vi", text: "UBND", status: .admitted, exactOnly: true),
            Term(language: "es", text: "Comité Popular", status: .preferred),
            Term(language: "id", text: "Komite Rakyat", status: .preferred),
            Term(language: "en", text: "People's Committee", status: .preferred),
            Term(language: "en", text: "PC", status: .admitted, exactOnly: true),
        ]),
        Concept(id: "c4", subjectField: "Party bodies", terms: [
            Term(language: "vi", text: "Ban Dân vận", status: .preferred),
            Term(language: "es", text: "Comisión de Movilización de Masas", status: .preferred),
            Term(language: "es", text: "Comité de Servicio Público", status: .deprecated, note: "MT error"),
            Term(language: "id", text: "Komisi Mobilisasi Massa", status: .preferred),
        ]),
        Concept(id: "c5", subjectField: "Party bodies", terms: [
            Term(language: "vi", text: "Ban Chấp hành Trung ương Đảng", status: .preferred),
            Term(language: "es", text: "Comité Central del Partido", status: .preferred),
            Term(language: "id", text: "Komite Sentral Partai", status: .preferred),
        ]),
    ])

    @Test(arguments: [
        ("es", "Los comités del Partido se reunieron.", ["c1"]),
        ("es", "El COMITE DEL PARTIDO aprobó.", ["c1"]),
        // A verb derived from the noun renders it but does not name it (see TermCheck).
        ("id", "Mereka mengimplementasikan rencana.", []),
        ("id", "Implementasi rencana itu lambat.", ["c2"]),
        ("es", "El Comité Central del Partido decidió.", ["c5"]),
        ("vi", "UBND tỉnh", ["c3"]),
        ("vi", "ubnd tỉnh", []),
        ("es", "Los subcomités del Partido", []),
        // An English acronym takes a plural "s"; other languages' acronyms match as written.
        ("en", "Two PCs met.", ["c3"]),
        ("en", "The PC met.", ["c3"]),
        ("en", "The PCB met.", []),
        ("vi", "UBNDs tỉnh", []),
    ])
    func matchesInflectedMultiWordTermsLongestFirst(language: String, text: String, concepts: [String]) {
        let matcher = TermMatcher(glossary: Self.glossary, language: Language(language))
        #expect(matcher.matches(in: text).map { Self.glossary.concepts[$0.concept].id } == concepts)
    }

    @Test func aDerivedFormIsFoundAsARenderingButDoesNotHold() throws {
        let matcher = TermMatcher(glossary: Self.glossary, language: "id")
        let match = try #require(matcher.allMatches(in: "Mereka mengimplementasikan rencana.").first)
        #expect(Self.glossary.concepts[match.concept].id == "c2")
        #expect(match.exact && !match.formsHold)
        #expect(try #require(matcher.allMatches(in: "Implementasi rencana.").first).formsHold)
    }

    @Test func aLowerCaseWordBeforeACapitalisedNameIsNotTheNamesFirstWord() {
        let glossary = Glossary(concepts: [Concept(id: "o1", subjectField: "State bodies", terms: [
            Term(language: "id", text: "Kantor Komite Rakyat Provinsi", status: .preferred)])])
        let matcher = TermMatcher(glossary: glossary, language: "id")
        #expect(matcher.matches(in: "Mereka datang ke Kantor Komite Rakyat Provinsi.").count == 1)
        #expect(matcher.matches(in: "Mereka datang ke kantor Komite Rakyat Provinsi.").isEmpty)
        #expect(matcher.matches(in: "mereka datang ke kantor komite rakyat provinsi.").count == 1)
    }

    static let everyday = Glossary(concepts: [
        Concept(id: "e1", subjectField: "administrative units", terms: [
            Term(language: "es", text: "comuna", status: .preferred, partOfSpeech: "noun")]),
        Concept(id: "e2", subjectField: "State bodies", terms: [
            Term(language: "es", text: "Estado", status: .preferred, partOfSpeech: "noun")]),
        Concept(id: "e3", subjectField: "policies and slogans", terms: [
            Term(language: "es", text: "ejecutar", status: .preferred, partOfSpeech: "verb")]),
        Concept(id: "e4", subjectField: "State bodies", terms: [
            Term(language: "es", text: "Primer Ministro", status: .preferred, partOfSpeech: "noun")]),
        Concept(id: "e5", subjectField: "policies and slogans", terms: [
            Term(language: "es", text: "campaña", status: .preferred, partOfSpeech: "noun")]),
        Concept(id: "e6", subjectField: "titles and positions", terms: [
            Term(language: "es", text: "Presidente", status: .preferred, partOfSpeech: "noun")]),
        Concept(id: "e7", subjectField: "Fatherland Front and mass organisations", terms: [
            Term(language: "es", text: "Frente", status: .preferred, partOfSpeech: "noun")]),
    ])

    // Snowball gives "comuna", "común" and "comunicación" one stem; only inflections may match.
    @Test(arguments: [
        ("Las comunas del distrito", ["e1"]),
        ("un bien común y la comunicación", []),
        ("El Estado garantiza", ["e2"]),
        ("los Estados miembros", ["e2"]),
        ("había estado buceando", []),
        ("los Estados Unidos de América", []),
        ("Los comités ejecutaron el plan", ["e3"]),
        ("el poder ejecutivo", []),
        ("La primera ministra habló", ["e4"]),
        ("las campañas de emulación", ["e5"]),
        ("las campanas de la iglesia", []),
        ("Lo dijo el Presidente Vo Van Thuong.", ["e6"]),
        ("Frente a la crisis, actuaron.", []),
        ("Actuaron. Frente a la crisis, nada.", []),
        ("Lo organizó el Frente con los sindicatos.", ["e7"]),
    ])
    func matchesInflectionsNotDerivationsOrEverydayNamesakes(text: String, concepts: [String]) {
        let matcher = TermMatcher(glossary: Self.everyday, language: "es")
        #expect(matcher.matches(in: text).map { Self.everyday.concepts[$0.concept].id } == concepts)
    }

    @Test func reportsCharacterOffsetsOfTheMatch() {
        let matches = TermMatcher(glossary: Self.glossary, language: "es").matches(in: "Sí, los comités del Partido.")
        #expect(matches.first?.range == 8..<27)
        #expect(matches.first?.text == "comités del Partido")
    }

    @Test func lookupFindsConceptsFromAnyLanguage() {
        let lookup = GlossaryLookup(glossary: Self.glossary)
        #expect(lookup.concepts(matching: "comités del Partido").map(\.id) == ["c1"])
        #expect(lookup.concepts(matching: "mengimplementasikan").map(\.id) == ["c2"])
        #expect(lookup.concepts(matching: "nada que ver").isEmpty)
    }

    @Test func tbxRoundTripsInBothDialects() throws {
        let directory = try External.temporaryDirectory()
        for dialect in TBXWriter.Dialect.allCases {
            let path = (directory as NSString).appendingPathComponent("\(dialect.rawValue).tbx")
            try OutputFile.write(try TBXWriter(dialect: dialect).write(Self.glossary).text, to: path)
            #expect(try TBXReader().read(path: path).concepts == Self.glossary.concepts)
        }
    }

    @Test func termTableRoundTripsThroughCSV() throws {
        let csv = GlossaryTableWriter(separator: ",").write(Self.glossary).text
        #expect(try GlossaryTableReader(separator: ",").read(data: Data((csv).utf8), path: "g.csv").concepts == Self.glossary.concepts)
    }

    @Test func translateToolkitReadsTheTBX2008Export() throws {
        let directory = try External.temporaryDirectory()
        let path = (directory as NSString).appendingPathComponent("g.tbx")
        try OutputFile.write(try TBXWriter(dialect: .martif2008, leadingLanguages: ["es", "id"]).write(Self.glossary).text, to: path)
        let result = try External.run("/usr/bin/python3", ["-c", """
            import sys
            from translate.storage import factory
            s = factory.getobject(sys.argv[1])
            print(len(s.units)); print(s.units[0].source); print(s.units[0].target)
            """, path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").map(String.init) == ["5", "comité del Partido", "Komite Partai"])
    }

    /// OmegaT's own glossary readers (the classes its Glossary pane uses), run on what we export.
    @Test(arguments: ["glossary.tbx", "glossary.utf8"])
    func omegatReadsTheExport(name: String) throws {
        let directory = try External.temporaryDirectory()
        let path = (directory as NSString).appendingPathComponent(name)
        let text = name.hasSuffix(".tbx") ? try TBXWriter(dialect: .martif2008, leadingLanguages: ["es", "id"]).write(Self.glossary).text
            : OmegaTGlossaryWriter(source: "es", target: "id").write(Self.glossary).text
        try OutputFile.write(text, to: path)
        let result = try External.run("/usr/bin/java", [
            "-cp", "/usr/share/omegat/OmegaT.jar:/usr/share/omegat/lib/*", External.fixture("ReadGlossary.java"), path, "es", "id",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        // TBX carries every term, the deprecated "Comité de Servicio Público" too; the OmegaT table
        // lists accepted source terms only.
        let entries = name.hasSuffix(".tbx") ? "6" : "5"
        #expect(result.stdout.split(separator: "\n").map(String.init) == [entries, "comité del Partido\tKomite Partai", "implementar\timplementasi"])
    }

    @Test func lintFindsDuplicatesMissingLanguagesAndDoublePreferred() {
        var broken = Self.glossary
        broken.concepts.append(Concept(id: "c1", subjectField: "nowhere", terms: [
            Term(language: "es", text: "Comité Popular", status: .preferred),
            Term(language: "es", text: "Comité Popular", status: .admitted),
        ]))
        let codes = Set(GlossaryLint().lint(broken, path: "g.tbx").map(\.code.rawValue))
        #expect(codes == ["glossary.duplicate-concept", "glossary.subject-field", "glossary.duplicate-term",
                          "glossary.missing-language", "glossary.preferred-twice"])
        #expect(GlossaryLint().lint(Self.glossary, path: "g.tbx").isEmpty)
    }

    @Test func shippedTermBaseIsLargeAndClean() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Glossary/political-administrative.tbx")
        let glossary = try TBXReader().read(path: url.path)
        #expect(glossary.concepts.count >= 250)
        #expect(GlossaryLint().lint(glossary, path: url.path).filter { $0.severity == .error }.isEmpty)
        let deprecated = glossary.concepts.flatMap(\.terms).filter { $0.status == .deprecated }.map(\.text)
        #expect(deprecated.contains("servicio público"))
        #expect(deprecated.contains("penggajian"))
    }

    /// Found by the fuzzer: a term with an empty language tag crashed the lint.
    @Test func lintSurvivesTermsWithoutALanguage() {
        let glossary = Glossary(concepts: [
            Concept(id: "a", subjectField: "Party bodies", terms: [Term(language: "", text: "uno", status: .preferred)]),
            Concept(id: "b", subjectField: "Party bodies", terms: [Term(language: "", text: "uno", status: .preferred)]),
        ])
        let codes = GlossaryLint().lint(glossary, path: "g.tbx").map(\.code)
        #expect(codes.contains(.glossary.preferredTwice))
    }
}
