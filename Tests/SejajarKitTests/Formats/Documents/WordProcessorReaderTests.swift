import Foundation
import Testing
@testable import SejajarKit

/// DOCX and ODT files as LibreOffice writes them, with what word processors add: a heading
/// style, a caption, a table, a footnote, tracked changes, running header and footer.
struct WordProcessorReaderTests {
    static let formats = ["docx", "odt"]

    @Test(arguments: formats)
    func trackedChangesAreReadAsAccepted(_ format: String) throws {
        let document = try DocumentFixtures.read("article.es.\(format)")
        let tracked = DocumentFixtures.line(4, "es")
        #expect(document.sentences.contains { $0.text == tracked })
        #expect(!document.sentences.contains { $0.text.contains("urgentemente") })
    }

    @Test(arguments: formats)
    func stylesGiveHeadingsAndCaptions(_ format: String) throws {
        let document = try DocumentFixtures.read("article.es.\(format)")
        #expect(DocumentFixtures.sentences(document, .heading) == [DocumentFixtures.line(1, "es")])
        #expect(DocumentFixtures.sentences(document, .caption) == [DocumentFixtures.line(8, "es")])
    }

    @Test(arguments: formats)
    func tableCellsAreParagraphsAndTheFootnoteANoteAfterTheBody(_ format: String) throws {
        let document = try DocumentFixtures.read("article.es.\(format)")
        let cells = [12, 13].map { DocumentFixtures.line($0, "es") }
        let paragraphs = cells.map { cell in document.sentences.first { $0.text == cell }!.paragraph }
        #expect(paragraphs[0] != paragraphs[1])
        #expect(document.sentences.filter { $0.role.isContent }.last?.text == DocumentFixtures.line(16, "es"))
        #expect(DocumentFixtures.sentences(document, .note) == [DocumentFixtures.line(16, "es")])
    }

    @Test(arguments: formats)
    func runningHeadersAndFootersArePageFurniture(_ format: String) throws {
        let document = try DocumentFixtures.read("article.id.\(format)", language: "id")
        let furniture = DocumentFixtures.sentences(document, .pageFurniture)
        #expect(furniture.count == 2)
        #expect(furniture.first == "Harian Merseyside · Edisi digital")
        #expect(furniture.last?.hasPrefix("Halaman ") == true)  // the page number field's last value
    }

    @Test(arguments: formats)
    func positionsAreParagraphAndCharacter(_ format: String) throws {
        let document = try DocumentFixtures.read("article.es.\(format)")
        let third = document.sentences.first { $0.text == DocumentFixtures.line(3, "es") }!
        #expect((third.line, third.column) == (2, DocumentFixtures.line(2, "es").count + 2))
    }
}

/// Archives the fuzzer made that once trapped ZIPFoundation (a directory pointing past the end)
/// or made it spin for ever (a deflate stream that reaches the end of the file unfinished).
struct DamagedArchiveTests {
    @Test(arguments: ["zip-directory-past-end.docx", "deflate-unfinished.docx"])
    func aDamagedArchiveIsAnErrorNotATrapOrAHang(_ name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: DocumentFixtures.path("damaged/" + name)))
        #expect(throws: SejajarError.self) { _ = try DOCXReader().read(data: data, path: name) }
        #expect(throws: SejajarError.self) { _ = try ODTReader().read(data: data, path: name) }
    }
}
