import Foundation
import Testing
@testable import SejajarKit
import SejajarIO

struct TMXTests {
    static let date = "20240101T120000Z"

    /// A small alignment with every kind of bead the builder must sort out.
    static func sampleAlignment() -> Alignment {
        let source = Document(path: "/data/berita.es.txt", language: "es-ES", paragraphs: [[
            "El Comité Popular aprobó el plan.", "Fuente: https://example.org/a", "Se reunió el lunes.",
            "El Comité Popular aprobó el plan.", "Texto sin traducción.", "Cifras: 3,5 %.",
        ]])
        let target = Document(path: "/data/berita.id.txt", language: "id", paragraphs: [[
            "Komite Rakyat menyetujui rencana itu.", "Sumber: https://example.org/a", "Rapat digelar hari Senin.",
            "Komite Rakyat menyetujui rencana itu.", "Angka: 3,5 %.",
        ]])
        var beads = [
            Bead(source: 0..<1, target: 0..<1, confidence: 0.93),
            Bead(source: 1..<2, target: 1..<2, confidence: 1, role: .sourceLine),
            Bead(source: 2..<3, target: 2..<3, confidence: 0.2),
            Bead(source: 3..<4, target: 3..<4, confidence: 0.9),
            Bead(source: 4..<5, target: 4..<4, confidence: 0.8),
            Bead(source: 5..<6, target: 4..<5, confidence: 0.7),
        ]
        beads.sort { $0.source.lowerBound < $1.source.lowerBound }
        return Alignment(source: source, target: target, beads: beads, verdict: .parallel, score: 0.9)
    }

    static func write(_ memory: TranslationMemory, in directory: String, name: String = "out.tmx") throws -> String {
        let path = (directory as NSString).appendingPathComponent(name)
        try OutputFile.write(try TMXWriter().write(memory).text, to: path)
        return path
    }

    @Test func keepsOnlyConfidentDistinctContentPairs() {
        let (memory, counts) = MemoryBuilder(policy: BeadSelection(minimumConfidence: 0.5), creationDate: Self.date).memory([Self.sampleAlignment()])
        #expect(memory.units.count == 2)
        #expect(counts == MemoryBuilder.Counts(written: 2, belowConfidence: 1, duplicates: 1, unpaired: 1, boilerplate: 1))
        let first = memory.units[0]
        #expect(first.variants.map(\.language) == ["es-ES", "id"])
        #expect(first.property("x-confidence") == "0.930")
        #expect(first.property("x-bead") == "1-1")
        #expect(first.property("x-document") == "berita.es.txt|berita.id.txt")
        #expect(first.property("x-verdict") == "parallel")
        #expect(memory.header.sourceLanguage == "es-ES")
    }

    @Test func unitsNameTheGlossaryConceptsTheyContain() {
        let alignment = CheckerTests.alignment([("Los comités del Partido.", "Komite Partai."), ("Nada.", "Tidak ada.")])
        let concepts = MemoryBuilder.concepts(of: [alignment], glossary: GlossaryTests.glossary)
        let (memory, _) = MemoryBuilder(creationDate: Self.date, concepts: concepts).memory([alignment])
        #expect(memory.units.map { $0.property("x-concepts") } == ["c1", nil])
    }

    @Test func writesTheGoldenFile() throws {
        let (memory, _) = MemoryBuilder(policy: BeadSelection(minimumConfidence: 0.5), creationDate: Self.date).memory([Self.sampleAlignment()])
        let xml = try TMXWriter().write(memory).text
        try External.updateGoldenIfAsked("golden/berita.tmx", xml)
        let golden = try String(contentsOfFile: External.fixture("golden/berita.tmx"), encoding: .utf8)
        #expect(xml == golden)
        #expect(try TMXWriter().write(memory).text == xml, "not byte-stable")
    }

    @Test func sourceDateEpochFixesTheDate() {
        #expect(MemoryBuilder.creationDate(environment: ["SOURCE_DATE_EPOCH": "0"]) == "19700101T000000Z")
        #expect(MemoryBuilder.creationDate(environment: ["SOURCE_DATE_EPOCH": "1700000000"]) == "20231114T221320Z")
    }

    @Test func xmllintValidatesWhatWeWriteAgainstTheDTD() throws {
        let directory = try External.temporaryDirectory()
        let reader = TestReader(format: .lines)
        let alignment = Aligner().align(try reader.read(path: External.fixture("doc004.es"), language: "es"),
                                        try reader.read(path: External.fixture("doc004.id"), language: "id"))
        let (memory, counts) = MemoryBuilder(creationDate: Self.date).memory([alignment])
        #expect(counts.written > 10)
        let result = try External.xmllintTMX(try Self.write(memory, in: directory))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func hostileCharactersSurviveTheRoundTrip() throws {
        let tricky = "a < b && \"c\" 'd' \u{0001}done 🎉 مرحبا بالعالم שלום >"
        let memory = TranslationMemory(header: .init(sourceLanguage: "es", creationDate: Self.date), units: [
            TranslationUnit(variants: [.init(language: "es", segment: Segment(tricky)), .init(language: "id", segment: Segment("ok"))]),
        ])
        let written = try TMXWriter().write(memory)
        let xml = written.text
        #expect(written.removedCharacters == 1)
        #expect(!xml.contains("\u{0001}"))
        let directory = try External.temporaryDirectory()
        let path = try Self.write(memory, in: directory)
        let lint = try External.xmllintTMX(path)
        #expect(lint.status == 0 && lint.stderr.isEmpty, "\(lint.stderr)")
        let read = try TMXReader().read(path: path)
        #expect(read.units[0].variants[0].segment.plainText == tricky.replacingOccurrences(of: "\u{0001}", with: ""))
    }

    @Test func roundTripKeepsUnitsLanguagesPropsNotesAndInlineCodes() throws {
        let segment = Segment(parts: [
            .text("Pulse "), .element(name: "bpt", attributes: [.init(name: "i", value: "1"), .init(name: "type", value: "bold")], children: [.text("<b>")]),
            .text("Guardar"), .element(name: "ept", attributes: [.init(name: "i", value: "1")], children: [.text("</b>")]),
            .text(" y "), .element(name: "ph", attributes: [.init(name: "x", value: "2")], children: [.text("{0}")]), .text("."),
        ])
        let memory = TranslationMemory(header: .init(sourceLanguage: "es", creationDate: Self.date), units: [
            TranslationUnit(id: "7", segmentType: "paragraph", creationDate: Self.date, properties: [.init(type: "x-bead", value: "2-1")],
                            notes: ["revisado"], variants: [.init(language: "es", segment: segment), .init(language: "id", segment: Segment("Tekan Simpan."))]),
            TranslationUnit(variants: [.init(language: "es", segment: Segment("  espacios  ")), .init(language: "id", segment: Segment(""))]),
        ])
        let directory = try External.temporaryDirectory()
        let path = try Self.write(memory, in: directory)
        let read = try TMXReader().read(path: path)
        #expect(read == memory)
        #expect(read.units[0].variants[0].segment.plainText == "Pulse Guardar y .")
        let lint = try External.xmllintTMX(path)
        #expect(lint.status == 0 && lint.stderr.isEmpty, "\(lint.stderr)")
    }

    @Test func readsOmegaTsOwnTMX11() throws {
        let memory = try TMXReader().read(path: External.fixture("omegat-3.6-pseudotranslate-tmx11.tmx"))
        #expect(memory.header.sourceLanguage == "es")
        #expect(memory.header.creationTool == "OmegaT")
        #expect(memory.units.count == 3)
        #expect(memory.units.allSatisfy { $0.variant("ES") != nil && $0.variant("id") != nil })
    }

    @Test func readsUTF16WithABOMAndOldLangAttributes() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-16"?>
        <tmx version="1.1"><header srclang="*all*" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
        <body><tu srclang="ES"><tuv lang="ES"><seg>Año</seg></tuv><tuv lang="ID"><seg>Tahun</seg></tuv></tu></body></tmx>
        """
        let directory = try External.temporaryDirectory()
        let path = (directory as NSString).appendingPathComponent("u16.tmx")
        try OutputFile.write(xml.data(using: .utf16)!, to: path)   // Foundation writes a BOM
        let memory = try TMXReader().read(path: path)
        #expect(memory.header.sourceLanguage == "*all*")
        #expect(memory.units.first?.sourceLanguage == "ES")
        #expect(memory.units.first?.variant("es")?.segment.plainText == "Año")
    }

    /// Many files read as one stream (`tmx merge`): read whole several at a time or streamed one
    /// by one, the same units, lines and headers in the same order, and the first bad file's
    /// error after the units of the files before it.
    @Test(arguments: [0, 1 << 30])
    func manyFilesReadAsOneByOne(smallFile: Int) throws {
        let folder = try External.temporaryDirectory()
        let (memory, _) = MemoryBuilder(creationDate: Self.date).memory([Self.sampleAlignment()])
        var paths: [String] = []
        for k in 0..<40 {
            var file = memory
            file.header.sourceLanguage = k % 2 == 0 ? "es" : "es-ES"
            file.units = Array(memory.units.prefix(1 + k % memory.units.count))
            paths.append(try Self.write(file, in: folder, name: "m\(k).tmx"))
        }
        let bad = folder + "/bad.tmx"
        try "<tmx version=\"1.4\"><header srclang=\"es\"/><body><tu><tuv xml:lang=\"es\"><seg>a</seg></tuv>".write(toFile: bad, atomically: true, encoding: .utf8)
        let reader = TMXReader()
        for list in [paths, Array(paths.prefix(20)) + [bad] + Array(paths.suffix(20)), [bad], paths + [folder + "/missing.tmx"]] {
            var expected: [String] = [], expectedError: SejajarError?
            do throws(SejajarError) {
                for path in list {
                    let header = try reader.forEach(path: path) { expected.append("\($0.unit) \($0.line) \(String(describing: $0.header))") }
                    expected.append("end \(header)")
                }
            } catch { expectedError = error }
            var found: [String] = [], foundError: SejajarError?
            do throws(SejajarError) {
                try reader.forEach(paths: list, smallFile: smallFile) { found.append("\($0.unit) \($0.line) \(String(describing: $0.header))") } fileEnd: {
                    found.append("end \($0)")
                }
            } catch { foundError = error }
            #expect(found == expected)
            #expect(foundError?.description == expectedError?.description)
            #expect((expectedError == nil) == (list.allSatisfy { $0 != bad && !$0.hasSuffix("missing.tmx") }))
        }
    }

    @Test func malformedXMLIsAnErrorWithLineAndColumn() throws {
        let directory = try External.temporaryDirectory()
        let path = (directory as NSString).appendingPathComponent("bad.tmx")
        try OutputFile.write("<tmx version=\"1.4\">\n<header srclang=\"es\"/>\n<body><tu><tuv xml:lang=\"es\"><seg>a</tuv></tu></body></tmx>\n", to: path)
        do {
            _ = try TMXReader().read(path: path)
            Issue.record("no error")
        } catch {
            guard case .malformed(let errorPath, let line, let column, _) = error else { Issue.record("\(error)"); return }
            #expect(errorPath == path)
            #expect(line == 3)
            #expect(column > 1)
        }
    }

    @Test func neverExpandsExternalEntities() throws {
        let directory = try External.temporaryDirectory()
        let secret = (directory as NSString).appendingPathComponent("secret.txt")
        try OutputFile.write("TOP-SECRET", to: secret)
        let path = (directory as NSString).appendingPathComponent("xxe.tmx")
        try OutputFile.write("""
        <?xml version="1.0"?>
        <!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file://\(secret)">]>
        <tmx version="1.4"><header srclang="es" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
        <body><tu><tuv xml:lang="es"><seg>a &xxe; b</seg></tuv><tuv xml:lang="id"><seg>c</seg></tuv></tu></body></tmx>
        """, to: path)
        // Either the unit reads without the entity, or the file is refused with one line naming
        // it: never the secret, and never nothing checked.
        do {
            let memory = try TMXReader().read(path: path)
            let text = try #require(memory.units.first?.variants.first?.segment.plainText)
            #expect(text.hasPrefix("a") && !text.contains("TOP-SECRET"), "\(text)")
        } catch let error as SejajarError {
            #expect(error.diagnosticLine.contains("xxe.tmx") && !error.diagnosticLine.contains("TOP-SECRET"), "\(error)")
        }
    }

    @Test func translateToolkitLoadsWhatWeWrite() throws {
        let (memory, _) = MemoryBuilder(creationDate: Self.date).memory([Self.sampleAlignment()])
        let directory = try External.temporaryDirectory()
        let path = try Self.write(memory, in: directory)
        let script = """
        import sys, json
        from translate.storage import factory
        store = factory.getobject(sys.argv[1])
        units = [u for u in store.units if not u.isheader()]
        print(json.dumps([len(units), units[0].source, units[0].target, units[-1].source, units[-1].target]))
        """
        let result = try External.run("/usr/bin/python3", ["-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        let loaded = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any] ?? []
        #expect(loaded.count == 5)
        #expect(loaded.first as? Int == memory.units.count)
        #expect(loaded.dropFirst().compactMap { $0 as? String } == [
            memory.units[0].variants[0].segment.plainText, memory.units[0].variants[1].segment.plainText,
            memory.units.last!.variants[0].segment.plainText, memory.units.last!.variants[1].segment.plainText,
        ])
    }

    @Test func omegatPretranslatesFromAMemoryWeAligned() throws {
        let reader = TestReader(format: .lines)
        let source = try reader.read(path: External.fixture("ntrex-doc010.es"), language: "es")
        let target = try reader.read(path: External.fixture("ntrex-doc010.id"), language: "id")
        let alignment = Aligner().align(source, target)
        let (memory, _) = MemoryBuilder(creationDate: Self.date).memory([alignment])
        let root = try External.temporaryDirectory()
        let project = (root as NSString).appendingPathComponent("project")
        for folder in ["source", "target", "omegat", "glossary", "dictionary", "tm/auto"] {
            try FileManager.default.createDirectory(atPath: (project as NSString).appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try OutputFile.write(try TMXWriter().write(memory).text, to: (project as NSString).appendingPathComponent("tm/auto/sejajar.tmx"))
        // One sentence per paragraph, as OmegaT's text filter starts a segment at a blank line.
        try OutputFile.write(source.sentences.map(\.text).joined(separator: "\n\n") + "\n", to: (project as NSString).appendingPathComponent("source/doc.txt"))
        try OutputFile.write(try String(contentsOfFile: External.fixture("omegat.project"), encoding: .utf8),
                             to: (project as NSString).appendingPathComponent("omegat.project"))
        let result = try External.run("/usr/bin/omegat", [
            "--mode=console-translate", "--config-dir=\((root as NSString).appendingPathComponent("config"))",
            "--disable-project-locking", "--no-team", "--quiet", project,
        ])
        #expect(result.status == 0)
        #expect(!(result.stdout + result.stderr).contains("TF_TM_LOAD_ERROR"))
        let translated = try String(contentsOfFile: (project as NSString).appendingPathComponent("target/doc.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let oneToOne = alignment.beads.filter { $0.role == .content && $0.source.count == 1 && $0.target.count == 1 }
        #expect(oneToOne.count >= 15)
        for bead in oneToOne {
            #expect(translated[bead.source.lowerBound] == target.sentences[bead.target.lowerBound].text)
        }
    }
}
