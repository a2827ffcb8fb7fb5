import Foundation
import Testing
@testable import SejajarKit
import SejajarIO

struct HTMLReportWriterTests {
    static let chromium = "/usr/bin/chromium"

    /// The DOM Chromium builds from a report, and a screenshot of it.
    static func render(_ html: String, name: String) throws -> (dom: String, png: Data) {
        let folder = try External.temporaryDirectory()
        let page = folder + "/\(name).html", png = folder + "/\(name).png"
        try OutputFile.write(html, to: page)
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1400,1800",
                     "--user-data-dir=\(folder)/profile"]
        let dom = try External.run(chromium, flags + ["--dump-dom", "file://" + page])
        #expect(dom.status == 0, "chromium --dump-dom: \(dom.stderr)")
        let shot = try External.run(chromium, flags + ["--screenshot=\(png)", "file://" + page])
        #expect(shot.status == 0, "chromium --screenshot: \(shot.stderr)")
        return (dom.stdout, (try? Data(contentsOf: URL(fileURLWithPath: png))) ?? Data())
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func chromiumRendersTheSeedReportWithItsBeadsAndVerdict() throws {
        let reader = TestReader()
        let source = try reader.read(path: External.fixture("seed-000.es.txt"), language: "es")
        let target = try reader.read(path: External.fixture("seed-004.id.txt"), language: "id")
        let alignment = Aligner().align(source, target)
        let html = HTMLReportWriter(glossary: GlossaryTests.glossary).write(CheckedAlignment(alignment, findings: AlignmentCheck().findings(alignment))).text
        let (dom, png) = try Self.render(html, name: "seed")
        #expect(dom.contains("data-beads=\"\(alignment.beads.count)\""))
        #expect(Self.count("<tr class=\"bead ", in: dom) == alignment.beads.count)
        #expect(dom.contains("id=\"verdict\" class=\"verdict comparable\">comparable</span>"))
        #expect(dom.contains("alignment.different-sources"))
        #expect(Self.count("<rect ", in: dom) == alignment.beads.count)
        #expect(dom.contains("<mark class=\"term"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
    }

    @Test func chromiumRendersAnNTREXDocumentAsParallel() throws {
        let reader = TestReader(format: .lines)
        let source = try reader.read(path: External.fixture("ntrex-doc010.es"), language: "es")
        let target = try reader.read(path: External.fixture("ntrex-doc010.id"), language: "id")
        let alignment = Aligner().align(source, target)
        let findings = Checker(glossary: GlossaryTests.glossary).check([alignment])[0]
        let (dom, png) = try Self.render(HTMLReportWriter().write(CheckedAlignment(alignment, findings: findings)).text, name: "ntrex")
        #expect(Self.count("<tr class=\"bead pair\"", in: dom) == alignment.beads.filter { !$0.isNull && $0.role == .content }.count)
        #expect(dom.contains(">parallel</span>"))
        #expect(png.count > 10_000)
    }

    @Test func escapesEverythingThatComesFromTheDocuments() {
        let source = Document(path: "a&b.es", language: "es", paragraphs: [["<script>alert(\"x\")</script> & 'y' &amp;"]])
        let target = Document(path: "b.id", language: "id", paragraphs: [["Tanda \" dan < > &"]])
        let alignment = Alignment(source: source, target: target, beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9)],
                                  verdict: .parallel, score: 1)
        let finding = Finding(code: .text.untranslated, severity: .warning, message: "\"quoted\" <b>", location: SourceLocation(path: "b.id"), bead: 0)
        let html = HTMLReportWriter().write(CheckedAlignment(alignment, findings: [finding])).text
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; &amp;amp;"))
        #expect(html.contains("&quot;quoted&quot; &lt;b&gt;"))
        #expect(html.contains("a&amp;b.es"))
    }

    @Test func aCombiningMarkCannotSmuggleAQuoteOutOfAnAttribute() {
        // "\u{301}" after a quote makes one Swift Character of both.
        let source = Document(path: "a.es", language: "es", paragraphs: [["Dijo \"\u{301} onmouseover=alert(1) \"\u{301}."]])
        let target = Document(path: "b.id", language: "id", paragraphs: [["Katanya."]])
        let alignment = Alignment(source: source, target: target, beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9)],
                                  verdict: .parallel, score: 1)
        let html = HTMLReportWriter().write(CheckedAlignment(alignment)).text
        let glued = String(Character("\"\u{301}")), escaped = "Dijo &quot; onmouseover=alert(1) &quot;."
        let leaks = html.contains(glued), escapes = html.contains(escaped)
        #expect(!leaks)
        #expect(escapes)
    }

    @Test func marksOmissionsAdditionsBoilerplateAndLockedBeads() {
        let source = Document(path: "a.es", language: "es", paragraphs: [["Uno.", "Dos."], ["Fuente: x"]])
        var target = Document(path: "b.id", language: "id", paragraphs: [["Satu.", "Tambahan."], ["Sumber: x"]])
        target.sentences[2].role = .sourceLine
        let alignment = Alignment(source: source, target: target, beads: [
            Bead(source: 0..<1, target: 0..<1, confidence: 0.95, locked: true),
            Bead(source: 1..<2, target: 1..<1, confidence: 0.4),
            Bead(source: 2..<2, target: 1..<2, confidence: 0.4),
            Bead(source: 2..<3, target: 2..<3, confidence: 1, role: .sourceLine),
        ], verdict: .partial, score: 0.5)
        let html = HTMLReportWriter().write(CheckedAlignment(alignment)).text
        for kind in ["bead pair", "bead omission", "bead addition", "bead boilerplate"] {
            #expect(html.contains("<tr class=\"\(kind)\""), "\(kind)")
        }
        #expect(html.contains("class=\"locked\""))
        #expect(html.contains("<tr class=\"paragraph\">"))
    }

    @Test func writesTheGoldenReport() throws {
        let glossary = GlossaryTests.glossary
        let source = Document(path: "berita.es", language: "es", paragraphs: [["Los comités del Partido se reunieron.", "El Comité de Servicio Público informó."]])
        let target = Document(path: "berita.id", language: "id", paragraphs: [["Komite Partai bertemu.", "Komisi itu melapor."]])
        let alignment = Alignment(source: source, target: target, beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.92),
                                                                          Bead(source: 1..<2, target: 1..<2, confidence: 0.61)],
                                  verdict: .parallel, score: 1)
        let findings = Checker(glossary: glossary).check([alignment])[0]
        let html = HTMLReportWriter(glossary: glossary).write(CheckedAlignment(alignment, findings: findings)).text
        try External.updateGoldenIfAsked("golden/berita.html", html)
        let golden = try String(contentsOfFile: External.fixture("golden/berita.html"), encoding: .utf8)
        #expect(html == golden)
    }
}
