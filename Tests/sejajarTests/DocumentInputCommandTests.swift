import Foundation
import Testing

/// Translators' real files through the command line: a Word file against a web page to a
/// translation memory, and `sejajar text` showing what a reader kept.
struct DocumentInputCommandTests {
    static func document(_ name: String) -> String {
        CLI.fixture("../../SejajarKitTests/Fixtures/documents/" + name)
    }

    @Test func aWordFileAgainstAWebPageGivesAMemoryOfTheArticleOnly() throws {
        let folder = try CLI.temporaryDirectory()
        let out = folder + "/article.tmx"
        let result = try CLI.run(["align", Self.document("article.es.docx"), Self.document("article.id.html"), "--from", "es", "--to", "id",
                                  "--format", "tmx", "--output", out])
        #expect(result.status == 0, "\(result.stderr)")
        let tmx = try String(contentsOfFile: out, encoding: .utf8)
        #expect(tmx.components(separatedBy: "<tu ").count - 1 >= 17)
        // The site's menu, the comment counter and the running header stay out of the memory.
        for boilerplate in ["Beranda", "Komentar (0)", "Diario de Merseyside", "Página"] {
            #expect(!tmx.contains(boilerplate), "\(boilerplate)")
        }
    }

    @Test(arguments: ["article.es.html", "article.es.docx", "article.es.odt", "article.es.pdf"])
    func textListsEverySentenceWithItsRoleAndPlace(_ name: String) throws {
        let result = try CLI.run(["text", Self.document(name), "--language", "es"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("heading") && $0.contains("La policía arresta") })
        #expect(lines.contains { $0.contains("pageFurniture") })
        #expect(lines.allSatisfy { $0.first?.isNumber == true })
    }

    @Test func textAsJSONCarriesRolesAndPositions() throws {
        let result = try CLI.run(["text", Self.document("article.es.html"), "--language", "es", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        let heading = entries.first { $0["role"] as? String == "heading" }
        #expect(heading?["line"] as? Int == 26)
        #expect(heading?["column"] as? Int == 13)
    }

    @Test func aGivenInputFormatOverridesTheExtension() throws {
        let folder = try CLI.temporaryDirectory()
        let page = folder + "/page.txt"
        try Data("<!DOCTYPE html>\n<html><body><p>Hola <b>mundo</b>.</p></body></html>\n".utf8).write(to: URL(fileURLWithPath: page))
        let refused = try CLI.run(["text", page])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is HTML: name it .html or give --input-format html"))
        let read = try CLI.run(["text", page, "--input-format", "html", "--language", "es"])
        #expect(read.status == 0)
        #expect(read.stdout.contains("content  Hola mundo."))
    }
}
