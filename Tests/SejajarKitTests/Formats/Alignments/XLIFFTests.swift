import Foundation
import Testing
@testable import SejajarKit
import SejajarIO

/// Bilingual XLIFF out (2.0 and 1.2) and in: golden files, states and notes, a round trip
/// through our reader, and the real readers translators use (translate-toolkit 3.20+, OmegaT 3.6).
struct XLIFFTests {
    /// NTREX doc010 aligned, with the target's third sentence removed (an omission) and the
    /// first bead locked, as a person who fixed it would leave it.
    static func sample() throws -> Alignment {
        let reader = TestReader(format: .lines)
        let source = try reader.read(path: External.fixture("ntrex-doc010.es"), language: "es")
        var target = try reader.read(path: External.fixture("ntrex-doc010.id"), language: "id")
        target = Document(path: target.path, language: target.language, paragraphs: [],
                          sentences: target.sentences.enumerated().filter { $0.offset != 2 }.map(\.element))
        target.paragraphs = target.sentences.indices.map { Paragraph(sentences: $0..<($0 + 1), role: .content, line: $0 + 1) }
        for k in target.sentences.indices { target.sentences[k].paragraph = k }
        var alignment = Aligner().align(source, target)
        alignment.beads[0].locked = true
        // The file names the golden files hold, whatever folder the fixtures are in.
        alignment.source.path = "ntrex-doc010.es"
        alignment.target.path = "ntrex-doc010.id"
        return alignment
    }

    /// The repository's root (this file is Tests/SejajarKitTests/Exchange/Alignments/XLIFFTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: XLIFFWriter.Version.allCases)
    func writesTheGoldenFile(_ version: XLIFFWriter.Version) throws {
        let alignment = try Self.sample()
        let xliff = try XLIFFWriter(version: version).write(CheckedAlignment(alignment, findings: AlignmentCheck().findings(alignment))).text
        let name = "golden/doc010-\(version.rawValue).xlf"
        try External.updateGoldenIfAsked(name, xliff)
        #expect(xliff == (try String(contentsOfFile: External.fixture(name), encoding: .utf8)))
        #expect(try XLIFFWriter(version: version).write(CheckedAlignment(alignment, findings: AlignmentCheck().findings(alignment))).text == xliff, "not byte-stable")
    }

    @Test func statesFollowLocksAndConfidenceAndAnOmissionIsAUnitWithAnEmptyTarget() throws {
        let alignment = try Self.sample()
        let xliff = try XLIFFWriter().write(CheckedAlignment(alignment, findings: AlignmentCheck().findings(alignment))).text
        #expect(xliff.contains("<segment state=\"final\">"))
        #expect(xliff.contains("<segment state=\"translated\">"))
        let omitted = alignment.source.sentences[2].text
        #expect(xliff.contains("<source>\(omitted)</source>"))
        #expect(xliff.contains("state=\"initial\" subState=\"sejajar:needs-review\""))
        #expect(xliff.contains("<note category=\"alignment.omission\""))
        #expect(xliff.contains("<target></target>"))
    }

    @Test(arguments: XLIFFWriter.Version.allCases)
    func whatWeWriteReadsBackAsTheSamePairs(_ version: XLIFFWriter.Version) throws {
        let alignment = try Self.sample()
        let folder = try External.temporaryDirectory()
        let path = folder + "/doc.xlf"
        try OutputFile.write(try XLIFFWriter(version: version).write(CheckedAlignment(alignment)).text, to: path)
        let read = try XLIFFReader().read(path: path).alignment()
        func pairs(_ a: Alignment) -> [[String]] {
            a.beads.filter(\.role.isContent).map { bead in
                [bead.source.map { a.source.sentences[$0].text }.joined(separator: " "), bead.target.map { a.target.sentences[$0].text }.joined(separator: " ")]
            }
        }
        #expect(pairs(read) == pairs(alignment))
        #expect(read.source.language == "es" && read.target.language == "id")
        #expect(read.verdict == .parallel)
    }

    @Test(arguments: XLIFFWriter.Version.allCases)
    func translateToolkitReadsEveryUnitWithItsSourceAndTarget(_ version: XLIFFWriter.Version) throws {
        let alignment = try Self.sample()
        let folder = try External.temporaryDirectory()
        let path = folder + "/doc.xlf"
        try OutputFile.write(try XLIFFWriter(version: version).write(CheckedAlignment(alignment)).text, to: path)
        let module = version == .v2_0 ? "xliff2" : "xliff"
        let script = """
        import json, sys
        from translate.storage import \(module) as m
        store = m.\(version == .v2_0 ? "Xliff2File" : "xlifffile").parsefile(sys.argv[1])
        units = [u for u in store.units if not u.isheader()]
        print(json.dumps([[str(u.source or ""), str(u.target or "")] for u in units], ensure_ascii=False))
        """
        let python = Self.root.appendingPathComponent(".venv-ttk/bin/python").path
        let result = try External.run(python, ["-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        let units = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]] ?? []
        let content = alignment.beads.filter(\.role.isContent)
        #expect(units.count == content.count)
        for (unit, bead) in zip(units, content) {
            #expect(unit[0] == bead.source.map { alignment.source.sentences[$0].text }.joined(separator: " "))
            #expect(unit[1] == bead.target.map { alignment.target.sentences[$0].text }.joined(separator: " "))
        }
    }

    @Test func omegatOpensTheXLIFF12AsAProjectSourceAndFillsItsTargets() throws {
        let alignment = try Self.sample()
        let (memory, _) = MemoryBuilder(creationDate: "20240101T000000Z").memory([alignment])
        let root = try External.temporaryDirectory()
        let project = (root as NSString).appendingPathComponent("project")
        for folder in ["source", "target", "omegat", "glossary", "dictionary", "tm/auto"] {
            try FileManager.default.createDirectory(atPath: (project as NSString).appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        // OmegaT translates what stands in <target>, so a file prepared for it carries a copy of
        // the source there: OmegaT must replace each copy from the memory we aligned.
        var copied = alignment
        copied.target = Document(path: alignment.target.path, language: alignment.target.language,
                                 paragraphs: alignment.source.paragraphs, sentences: alignment.source.sentences)
        copied.beads = alignment.beads.filter { $0.role.isContent && !$0.source.isEmpty }.map {
            Bead(source: $0.source, target: $0.source, confidence: 1)
        }
        try OutputFile.write(try XLIFFWriter(version: .v1_2).write(CheckedAlignment(copied)).text, to: (project as NSString).appendingPathComponent("source/doc.xlf"))
        try OutputFile.write(try TMXWriter().write(memory).text, to: (project as NSString).appendingPathComponent("tm/auto/sejajar.tmx"))
        try OutputFile.write(try String(contentsOfFile: External.fixture("omegat.project"), encoding: .utf8),
                             to: (project as NSString).appendingPathComponent("omegat.project"))
        let result = try External.run("/usr/bin/omegat", [
            "--mode=console-translate", "--config-dir=\((root as NSString).appendingPathComponent("config"))",
            "--disable-project-locking", "--no-team", "--quiet", project,
        ])
        #expect(result.status == 0)
        let translated = try XLIFFReader().read(path: (project as NSString).appendingPathComponent("target/doc.xlf"))
        let pairs = translated.units.flatMap { $0 }
        #expect(pairs.count == copied.beads.count)
        let oneToOne = alignment.beads.filter { $0.role.isContent && $0.source.count == 1 && $0.target.count == 1 }
        #expect(oneToOne.count >= 14)
        for bead in oneToOne {
            let source = alignment.source.sentences[bead.source.lowerBound].text
            #expect(pairs.first { $0.source == source }?.target == alignment.target.sentences[bead.target.lowerBound].text, "\(source)")
        }
    }

    @Test(arguments: [
        ("<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"es\" trgLang=\"id\"><file id=\"f\"><unit id=\"u\"><segment><source>Hola <pc id=\"1\">mundo</pc><ph id=\"2\"/>.</source><target>Halo <pc id=\"1\">dunia</pc>.</target></segment><segment><source>Adiós.</source></segment></unit></file></xliff>",
         [["Hola mundo.", "Halo dunia."], ["Adiós.", ""]]),
        ("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"es\" target-language=\"id\" datatype=\"plaintext\" original=\"x\"><body><trans-unit id=\"1\"><source>Hola <g id=\"1\">mundo</g><x id=\"2\"/>.</source><target>Halo <bpt id=\"3\">&lt;b&gt;</bpt>dunia<ept id=\"3\">&lt;/b&gt;</ept>.</target><alt-trans><target>Otro</target></alt-trans><note>nota</note></trans-unit><trans-unit id=\"2\" translate=\"no\"><source>X</source><target>X</target></trans-unit></body></file></xliff>",
         [["Hola mundo.", "Halo dunia."]]),
    ])
    func inlineCodesAreDroppedAndTheirTextKept(_ xml: String, _ expected: [[String]]) throws {
        let file = try XLIFFReader().read(data: Data(xml.utf8), path: "t.xlf")
        #expect(file.units.flatMap { $0 }.map { [$0.source, $0.target ?? ""] } == expected)
    }
}
