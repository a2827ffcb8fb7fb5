import Foundation
import Testing
@testable import SejajarKit
import SejajarIO

/// Formatting kept as inline codes: read from HTML, DOCX and ODT beside the plain text, clipped
/// to sentences, saved with an alignment, and written as paired codes in TMX and XLIFF.
struct InlineCodeTests {
    /// The words `range` of NTREX line `k` and where they stand in it.
    static func words(_ k: Int, _ range: Range<Int>) -> (text: String, start: Int) {
        let line = DocumentFixtures.line(k, "es")
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let start = words[..<range.lowerBound].reduce(0) { $0 + $1.count + 1 }
        return (words[range].joined(separator: " "), start)
    }

    static func sentence(_ document: Document, _ k: Int) -> Sentence {
        document.sentences.first { $0.text == DocumentFixtures.line(k, "es") }!
    }

    static func covered(_ sentence: Sentence, _ kind: InlineCode.Kind) -> [String] {
        let characters = Array(sentence.text)
        return sentence.codes.filter { $0.kind == kind }.map { String(characters[$0.start..<$0.end]) }
    }

    @Test func theSegmenterClipsCodesToTheSentencesTheyCover() {
        var block = TextBlock(runs: [.init(text: "Hola   mundo bueno. Adiós amigo.", line: 1, column: 1)])
        block.codes = [InlineCode(kind: .bold, start: 7, end: 25), InlineCode(kind: .noteReference, start: 19, end: 19, value: "1")]
        let document = DocumentSegmenter().document(from: [block], path: "t", language: "es")
        #expect(document.sentences.map(\.text) == ["Hola mundo bueno.", "Adiós amigo."])
        #expect(document.sentences[0].codes == [InlineCode(kind: .bold, start: 5, end: 17), InlineCode(kind: .noteReference, start: 17, end: 17, value: "1")])
        #expect(document.sentences[1].codes == [InlineCode(kind: .bold, start: 0, end: 5)])
    }

    @Test func theWebPageKeepsBoldLinksAndNoteMarks() throws {
        let page = try DocumentFixtures.read("article.es.html")
        #expect(Self.covered(Self.sentence(page, 3), .bold) == [Self.words(3, 3..<6).text])
        let linked = Self.sentence(page, 7)
        #expect(Self.covered(linked, .link) == [Self.words(7, 0..<2).text])
        #expect(linked.codes.first { $0.kind == .link }?.value == "https://example.org/policia")
        let marked = Self.sentence(page, 15)
        #expect(marked.codes == [InlineCode(kind: .noteReference, start: marked.text.count, end: marked.text.count, value: "1")])
    }

    @Test(arguments: ["docx", "odt"])
    func wordProcessorFilesKeepRunFormattingLinksAndNoteMarks(_ format: String) throws {
        let document = try DocumentFixtures.read("article.es.\(format)")
        #expect(Self.covered(Self.sentence(document, 2), .bold) == [Self.words(2, 3..<6).text])
        let seventh = Self.sentence(document, 7)
        #expect(Self.covered(seventh, .link) == [Self.words(7, 0..<2).text])
        #expect(Self.covered(seventh, .italic) == [String(DocumentFixtures.line(7, "es").split(separator: " ").last!)])
        let marked = Self.sentence(document, 15)
        #expect(marked.codes.map(\.kind) == [.noteReference])
    }

    static func aligned() throws -> Alignment {
        Aligner().align(try DocumentFixtures.read("article.es.docx"), try DocumentFixtures.read("article.id.docx", language: "id"))
    }

    @Test func aSavedAlignmentKeepsTheCodes() throws {
        let alignment = try Self.aligned()
        let folder = try External.temporaryDirectory()
        let path = folder + "/a.json"
        try OutputFile.write(try AlignmentJSONWriter().write(CheckedAlignment(alignment)).text, to: path)
        let read = try AlignmentJSONReader().read(path: path).twoTexts()
        #expect(read.source.sentences.map(\.codes) == alignment.source.sentences.map(\.codes))
        #expect(read.target.sentences.map(\.codes) == alignment.target.sentences.map(\.codes))
        #expect(alignment.source.sentences.contains { !$0.codes.isEmpty })
    }

    @Test func theMemoryCarriesPairedCodesAndStaysValidAgainstTheDTD() throws {
        let alignment = try Self.aligned()
        let (memory, _) = MemoryBuilder(creationDate: "20240101T000000Z").memory([alignment])
        let folder = try External.temporaryDirectory()
        let path = folder + "/a.tmx"
        let xml = try TMXWriter().write(memory).text
        try OutputFile.write(xml, to: path)
        #expect(xml.contains("<bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>"))
        #expect(xml.contains("<ept i=\"1\">&lt;/b&gt;</ept>"))
        #expect(xml.contains("type=\"link\">&lt;a href=&quot;https://example.org/policia&quot;&gt;</bpt>"))
        #expect(xml.contains("<ph type=\"fnote\">"))
        // Every bpt has its ept in the same segment.
        for unit in memory.units {
            for variant in unit.variants {
                let opened = variant.segment.parts.compactMap { part -> String? in
                    if case .element("bpt", let attributes, _) = part { return attributes.first { $0.name == "i" }?.value } else { return nil }
                }
                let closed = variant.segment.parts.compactMap { part -> String? in
                    if case .element("ept", let attributes, _) = part { return attributes.first { $0.name == "i" }?.value } else { return nil }
                }
                #expect(opened.sorted() == closed.sorted())
            }
        }
        // The text, read without its codes, is the sentence text.
        let bold = Self.sentence(alignment.source, 2)
        #expect(memory.units.contains { $0.variants[0].segment.plainText == bold.text && $0.variants[0].segment.hasMarkup })
        let lint = try External.xmllintTMX(path)
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(lint.stderr.isEmpty, "\(lint.stderr)")
    }

    @Test func translateToolkitLoadsTheMemoryAndTheXLIFFWithCodes() throws {
        let alignment = try Self.aligned()
        let folder = try External.temporaryDirectory()
        let (memory, _) = MemoryBuilder(creationDate: "20240101T000000Z").memory([alignment])
        try OutputFile.write(try TMXWriter().write(memory).text, to: folder + "/a.tmx")
        try OutputFile.write(try XLIFFWriter().write(CheckedAlignment(alignment)).text, to: folder + "/a.xlf")
        let sentence = Self.sentence(alignment.source, 2)
        let bold = sentence.codes.first { $0.kind == .bold }!
        let characters = Array(sentence.text)
        // translate-toolkit reads a TMX segment's codes as their native text, each pair around its words.
        let native = String(characters[..<bold.start]) + "<b>" + String(characters[bold.start..<bold.end]) + "</b>" + String(characters[bold.end...])
        let script = """
        import sys
        from translate.storage import tmx, xliff2
        memory = tmx.tmxfile.parsefile(sys.argv[1] + "/a.tmx")
        units = [u for u in memory.units if not u.isheader()]
        print(len(units))
        print(sum(1 for u in units if str(u.source) == sys.argv[2]))
        store = xliff2.Xliff2File.parsefile(sys.argv[1] + "/a.xlf")
        print(sum(1 for u in store.units if not u.isheader() and str(u.source) == sys.argv[3]))
        """
        let python = XLIFFTests.root.appendingPathComponent(".venv-ttk/bin/python").path
        let result = try External.run(python, ["-c", script, folder, native, sentence.text])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == String(memory.units.count))
        #expect(Array(lines.dropFirst()) == ["1", "1"], "\(lines)")
    }

    @Test func omegatLoadsTheMemoryWithCodesAndTranslatesFromIt() throws {
        let alignment = try Self.aligned()
        let (memory, _) = MemoryBuilder(creationDate: "20240101T000000Z").memory([alignment])
        #expect(memory.units.contains { $0.variants[0].segment.hasMarkup })
        let root = try External.temporaryDirectory()
        let project = (root as NSString).appendingPathComponent("project")
        for folder in ["source", "target", "omegat", "glossary", "dictionary", "tm/auto"] {
            try FileManager.default.createDirectory(atPath: (project as NSString).appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try OutputFile.write(try TMXWriter().write(memory).text, to: (project as NSString).appendingPathComponent("tm/auto/sejajar.tmx"))
        let plain = alignment.beads.filter { bead in
            bead.role.isContent && bead.source.count == 1 && bead.target.count == 1 && alignment.source.sentences[bead.source.lowerBound].codes.isEmpty
                && alignment.target.sentences[bead.target.lowerBound].codes.isEmpty
        }
        try OutputFile.write(plain.map { alignment.source.sentences[$0.source.lowerBound].text }.joined(separator: "\n\n") + "\n",
                             to: (project as NSString).appendingPathComponent("source/doc.txt"))
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
        #expect(plain.count >= 10)
        #expect(translated == plain.map { alignment.target.sentences[$0.target.lowerBound].text })
    }

    @Test(arguments: XLIFFWriter.Version.allCases)
    func codesWrittenToXLIFFReadBack(_ version: XLIFFWriter.Version) throws {
        let alignment = try Self.aligned()
        let folder = try External.temporaryDirectory()
        try OutputFile.write(try XLIFFWriter(version: version).write(CheckedAlignment(alignment)).text, to: folder + "/a.xlf")
        let read = try XLIFFReader().read(path: folder + "/a.xlf").alignment()
        let written = alignment.beads.filter { $0.role.isContent && $0.source.count == 1 }.map { alignment.source.sentences[$0.source.lowerBound] }
        let coded = written.filter { !$0.codes.isEmpty }
        #expect(coded.count >= 3)
        for sentence in coded {
            let back = read.source.sentences.first { $0.text == sentence.text }
            // Links and note marks come back without their address or number in 1.2 (g and x carry none).
            #expect(back?.codes.map { InlineCode(kind: $0.kind, start: $0.start, end: $0.end) }
                    == sentence.codes.map { InlineCode(kind: $0.kind, start: $0.start, end: $0.end) }, "\(sentence.text)")
        }
    }

    @Test func theReportShowsTheFormattingEscaped() throws {
        let alignment = try Self.aligned()
        let html = HTMLReportWriter(glossary: nil).write(CheckedAlignment(alignment, findings: [])).text
        let bold = Self.words(2, 3..<6).text
        #expect(html.contains("<span class=\"fmt-bold\">\(bold)</span>"))
        #expect(html.contains("<span class=\"fmt-link\">\(Self.words(7, 0..<2).text)</span>"))
        #expect(html.contains("<sup class=\"note\">"))
        // Plain text keeps the page it always had: no formatting element at all.
        let plain = HTMLReportWriter(glossary: nil).write(CheckedAlignment(try XLIFFTests.sample(), findings: [])).text
        #expect(!plain.contains("<span class=\"fmt-") && !plain.contains("<sup class=\"note\">"))
    }
}
