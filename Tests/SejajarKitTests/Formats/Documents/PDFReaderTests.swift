import Foundation
import Testing
@testable import SejajarKit

/// A PDF as LibreOffice prints the article: two pages with a running header and footer, a
/// heading in larger type, a two-cell table, a footnote at the foot of the last page.
struct PDFReaderTests {
    let document: Document

    init() throws {
        document = try DocumentFixtures.read("article.es.pdf")
    }

    /// NTREX line `k` as a PDF gives it back: a no-break space is drawn, and read, as a space.
    static func line(_ k: Int) -> String {
        DocumentFixtures.line(k, "es").replacingOccurrences(of: "\u{A0}", with: " ")
    }

    @Test func runningHeadersAndPageNumbersArePageFurniture() {
        #expect(DocumentFixtures.sentences(document, .pageFurniture)
            == ["Diario de Merseyside · Edición digital", "Página 1", "Diario de Merseyside · Edición digital", "Página 2"])
    }

    @Test func largerTypeIsAHeadingAndTheFootnoteANoteAfterTheBody() {
        #expect(DocumentFixtures.sentences(document, .heading) == [Self.line(1)])
        #expect(DocumentFixtures.sentences(document, .note) == [Self.line(16)])
        #expect(document.sentences.last?.role == .note)
    }

    @Test func tableCellsSideBySideAreReadOneAfterTheOther() {
        let content = document.sentences.filter { $0.role.isContent }.map(\.text)
        let left = Self.line(12), right = Self.line(13)
        #expect(content.contains(left))
        #expect(content.contains(right))
        #expect(content.firstIndex(of: left)! + 1 == content.firstIndex(of: right))
    }

    @Test func linesJoinIntoTheSentencesOfTheText() {
        let content = document.sentences.filter { $0.role.isContent && $0.role != .note }.map(\.text)
        let expected = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18].map { Self.line($0) }
        #expect(content == expected)
    }

    @Test func positionsAreTheLineOfTheTextAndTheCharacter() {
        // The second sentence starts mid-line, on the second line of its paragraph (line 6).
        let second = document.sentences.first { $0.text == Self.line(3) }!
        #expect(second.line == 6)
        #expect(second.column > 1)
    }

    @Test(arguments: [
        ("investi-", "gación sigue", "investigación sigue"),
        ("La Roche-", "Posay y Vichy", "La Roche-Posay y Vichy"),
        ("COVID-", "19 casos", "COVID-19 casos"),
        ("trans\u{AD}", "formación", "transformación"),
        ("fin.", "otra", "fin.\notra"),
    ])
    func aWordHyphenatedAtALineEndIsJoined(_ first: String, _ next: String, _ expected: String) {
        var block = TextBlock(runs: [.init(text: first, line: 1, column: 1)])
        PDFReader.join(&block, before: next)
        block.runs.append(.init(text: next, line: 2, column: 1))
        #expect(block.text == expected)
    }

    @Test(arguments: [("7", true), ("- 7 -", true), ("7 / 20", true), ("Página 7", true), ("Page 7 of 20", true),
                      ("Halaman 12", true), ("Capítulo uno", false), ("Se detuvo a 3 personas en la zona", false)])
    func pageNumbersAreToldHoweverWorded(_ text: String, _ isNumber: Bool) {
        #expect(PDFReader.isPageNumber(text) == isNumber)
    }
}
