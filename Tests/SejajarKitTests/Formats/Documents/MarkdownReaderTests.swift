import Foundation
import Testing
@testable import SejajarKit

/// Markdown as writers keep their sources: headings, paragraphs wrapped over lines, lists,
/// quotes, GitHub tables and footnotes, code that is not prose.
struct MarkdownReaderTests {
    func blocks(_ text: String) throws -> [TextBlock] {
        try MarkdownReader().read(data: Data(text.utf8), path: "test.md")
    }

    @Test func headingsAndParagraphs() throws {
        let blocks = try blocks("Title\n=====\n\nFirst line\nof a paragraph.\n\n## Part two\n\n- one item\n- another item\n\n> A quote.\n")
        #expect(blocks.map(\.role) == [.heading, .content, .heading, .content, .content, .content])
        #expect(blocks.map { $0.text.replacingOccurrences(of: "\n", with: " ") }
            == ["Title", "First line of a paragraph.", "Part two", "one item", "another item", "A quote."])
    }

    @Test func tableCellsAreParagraphsAndFootnotesNotesAfterTheBody() throws {
        let blocks = try blocks("Text with a note.[^a]\n\n| left | right |\n|---|---|\n| c | d |\n\n[^a]: The note.\n\nAfter.\n")
        #expect(blocks.map(\.text) == ["Text with a note.", "left", "right", "c", "d", "After.", "The note."])
        #expect(blocks.last?.role == .note)
        #expect(blocks[0].codes == [InlineCode(kind: .noteReference, start: 17, end: 17)])
    }

    @Test func codeRawHTMLImagesAndFrontMatterAreLeftOut() throws {
        let blocks = try blocks("---\ntitle: x\n---\n\n```\ncode()\n```\n\n    indented code\n\n<div>raw</div>\n\n![alt](a.png) Words <b>here</b>.\n")
        #expect(blocks.map { $0.text.trimmingCharacters(in: .whitespaces) } == ["Words here."])
    }

    @Test func formattingIsKeptAsInlineCodes() throws {
        let blocks = try blocks("Some **bold** and *italic* and a [link](https://example.org).\n")
        #expect(blocks.map(\.text) == ["Some bold and italic and a link."])
        #expect(blocks[0].codes == [InlineCode(kind: .bold, start: 5, end: 9), InlineCode(kind: .italic, start: 14, end: 20),
                                    InlineCode(kind: .link, start: 27, end: 31, value: "https://example.org")])
    }

    @Test func positionsAreTheFilesLineAndColumn() throws {
        let document = try DocumentReader(language: "en", fileFormat: .markdown).read(data: Data("# Head\n\nOne. Two\nthree.\n".utf8), path: "t.md")
        #expect(document.sentences.map { [$0.line, $0.column] } == [[1, 3], [3, 1], [3, 6]])
    }

    @Test func theArticleReadsAsItsPlainText() throws {
        let markdown = try DocumentFixtures.read("article.es.md").sentences.filter { $0.role.isContent }.map(\.text)
        let plain = try DocumentFixtures.read("article.es.txt").sentences.filter { $0.role.isContent }.map(\.text)
        #expect(markdown == plain)
    }
}

/// A flat OpenDocument text reads as the same document saved as `.odt`.
struct FlatODTReaderTests {
    @Test(arguments: ["es", "id"])
    func aFlatODTReadsAsItsODT(_ language: String) throws {
        let flat = try DocumentFixtures.read("article.\(language).fodt", language: Language(language))
        let zipped = try DocumentFixtures.read("article.\(language).odt", language: Language(language))
        // LibreOffice wrote the .odt's page-number field as it stood on the last page.
        let body = { (document: Document) in document.sentences.filter { $0.role != .pageFurniture } }
        #expect(body(flat).map(\.text) == body(zipped).map(\.text))
        #expect(body(flat).map(\.role) == body(zipped).map(\.role))
        #expect(flat.sentences.filter { $0.role == .pageFurniture }.count == zipped.sentences.filter { $0.role == .pageFurniture }.count)
        #expect(body(flat).count == 18)  // a heading, 15 sentences of content, a caption and a note
    }

    @Test func anXMLFileThatIsNotOpenDocumentIsRefused() {
        #expect { try FlatODTReader().read(data: Data("<?xml version=\"1.0\"?>\n<root><p>Hola.</p></root>".utf8), path: "x.fodt") } throws: { error in
            "\(error)".contains("not a flat OpenDocument text") && "\(error)".contains("x.fodt")
        }
    }
}
