import Foundation
import Testing

/// XLIFF and TMX through the command line: align to XLIFF, export a saved alignment to XLIFF,
/// check a bilingual XLIFF and a translation memory.
struct XLIFFCommandTests {
    @Test(arguments: ["2.0", "1.2"])
    func alignWritesXLIFFFromAWordFileAndAWebPage(_ version: String) throws {
        let folder = try CLI.temporaryDirectory()
        let out = folder + "/article.xlf"
        let result = try CLI.run(["align", DocumentInputCommandTests.document("article.es.docx"), DocumentInputCommandTests.document("article.id.html"),
                                  "--from", "es", "--to", "id", "--format", "xliff", "--xliff-version", version, "--output", out])
        #expect(result.status == 0, "\(result.stderr)")
        let xliff = try String(contentsOfFile: out, encoding: .utf8)
        #expect(xliff.contains("version=\"\(version)\""))
        #expect(xliff.components(separatedBy: version == "2.0" ? "<unit " : "<trans-unit ").count - 1 >= 18)
        #expect(!xliff.contains("Beranda"))  // the site's menu is boilerplate, not a unit
    }

    @Test func exportThenCheckABilingualXLIFF() throws {
        let folder = try CLI.temporaryDirectory()
        let xlf = folder + "/doc010.xlf"
        let exported = try CLI.run(["export", CLI.sample("ntrex-doc010.alignment.json"), "--format", "xliff", "--output", xlf])
        #expect(exported.status == 0, "\(exported.stderr)")
        let checked = try CLI.run(["check", xlf, "--format", "json"])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.hasPrefix("{"))
        let tmx = try CLI.run(["export", xlf, "--format", "tmx"])
        #expect(tmx.status == 0, "\(tmx.stderr)")
        #expect(tmx.stdout.components(separatedBy: "<tu ").count - 1 >= 15)
    }

    @Test func checkReadsATranslationMemoryUnitByUnit() throws {
        let folder = try CLI.temporaryDirectory()
        let tmx = folder + "/doc010.tmx"
        #expect(try CLI.run(["export", CLI.sample("ntrex-doc010.alignment.json"), "--format", "tmx", "--output", tmx, "--quiet"]).status == 0)
        // A doublet planted in the first unit's target is found, at the line of its <tu>.
        var text = try String(contentsOfFile: tmx, encoding: .utf8)
        let word = try #require(text.range(of: "dugaan pembunuhan"))
        text.replaceSubrange(word, with: "dugaan pembunuhan, pembunuhan")
        try Data(text.utf8).write(to: URL(fileURLWithPath: tmx))
        let line = text.prefix { $0 != "\u{0}" }.components(separatedBy: "\n").firstIndex { $0.contains("<tu ") }! + 1
        let result = try CLI.run(["check", tmx, "--from", "es", "--to", "id"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("units checked"))
        #expect(result.stdout.contains("\(tmx):\(line):"))
        #expect(result.stdout.contains("[doublet]"))
    }
}
