import Foundation
import Testing
@testable import SejajarKit

/// A web page as a translator saves it: the article is content, the site around it boilerplate.
struct HTMLReaderTests {
    let page: Document

    init() throws {
        page = try DocumentFixtures.read("article.es.html")
    }

    @Test func theHeadlineIsAHeadingAndTheFigureCaptionACaption() {
        #expect(DocumentFixtures.sentences(page, .heading) == [DocumentFixtures.line(1, "es")])
        #expect(DocumentFixtures.sentences(page, .caption) == [DocumentFixtures.line(8, "es")])
    }

    @Test func theSiteAroundTheArticleIsPageFurniture() {
        let furniture = DocumentFixtures.sentences(page, .pageFurniture)
        for text in ["Diario de Merseyside", "Portada", "Opinión", "Publicidad", "Compartir en redes", "Noticias relacionadas"] {
            #expect(furniture.contains(text), "\(text)")
        }
        #expect(furniture.last?.hasPrefix("© 2024") == true)
        #expect(DocumentFixtures.sentences(page, .commentCounter) == ["Comentarios (0)"])
        #expect(DocumentFixtures.sentences(page, .placeholder) == ["[anuncio_2]"])
        #expect(DocumentFixtures.sentences(page, .byline) == ["Marta Ruiz"])
    }

    @Test func scriptsStylesTitlesAndFootnoteMarksAreNotText() {
        let all = page.sentences.map(\.text).joined(separator: "\n")
        #expect(!all.contains("dataLayer"))
        #expect(!all.contains("font-family"))
        #expect(!all.contains("| Diario"))
        #expect(page.sentences.contains { $0.text == DocumentFixtures.line(15, "es") })
    }

    @Test func theContentIsTheArticleInReadingOrderDecodedFromItsCharset() {
        let content = page.sentences.filter { $0.role.isContent }.map(\.text)
        let expected = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 16].map { DocumentFixtures.line($0, "es") }
        #expect(content == expected)
    }

    @Test func sentencesPointAtTheirLineAndColumnInTheHTML() {
        let heading = page.sentences.first { $0.role == .heading }!
        #expect((heading.line, heading.column) == (26, 13))
        // After a <br>, on the next line of the source, indented by six spaces.
        let third = page.sentences.first { $0.text == DocumentFixtures.line(3, "es") }!
        #expect((third.line, third.column) == (29, 7))
    }

    @Test(arguments: [
        ("<p>uno<br>dos</p>", ["uno dos"]),
        ("<p>uno<br><br>dos</p>", ["uno", "dos"]),
        ("<p>A&amp;B &eacute;l <i>dijo</i>, &#8220;s&iacute;&#8221;.</p>", ["A&B él dijo, “sí”."]),
        ("<div>uno<p>dos</p>tres</div>", ["uno", "dos", "tres"]),
        ("<p>uno <span hidden>oculto</span>dos</p><!-- nota -->", ["uno dos"]),
        ("<ul><li>uno</li><li>dos</li></ul>", ["uno", "dos"]),
        ("<p>sin cerrar<p>otro", ["sin cerrar", "otro"]),
    ])
    func markupBecomesParagraphs(_ html: String, _ expected: [String]) throws {
        let blocks = try HTMLReader().read(data: Data("<html><body>\(html)</body></html>".utf8), path: "t.html")
        #expect(blocks.map { $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") } == expected)
    }

    @Test func aPageNestedBeyondTheLimitIsAnErrorNotACutText() {
        let html = "<html><body>" + String(repeating: "<div>", count: 5000) + "Hola." + "</body></html>"
        #expect { try HTMLReader().read(data: Data(html.utf8), path: "deep.html") } throws: { error in
            "\(error)".contains("nested deeper than 256 levels")
        }
    }
}
