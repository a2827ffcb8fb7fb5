import Foundation
import Testing
@testable import SejajarKit

/// One entry point whatever the file: the format comes from the extension, is confirmed by the
/// bytes, and every format gives the aligner the same content.
struct DocumentReaderTests {
    static let formats = ["txt", "html", "docx", "odt", "fodt", "md", "pdf"]
    static let combinations = formats.flatMap { source in formats.map { (source, $0) } }

    /// The article in each format, read once.
    static let documents: [String: Document] = {
        var documents: [String: Document] = [:]
        for format in formats {
            for language in ["es", "id"] {
                documents["\(language).\(format)"] = try! DocumentFixtures.read("article.\(language).\(format)", language: Language(language))
            }
        }
        return documents
    }()

    /// The content pairs of an alignment, texts compared without no-break spaces (a PDF draws
    /// one as a space).
    static func pairs(_ source: Document, _ target: Document) -> Set<[String]> {
        let alignment = Aligner().align(source, target)
        return Set(alignment.beads.filter { $0.role.isContent && !$0.isNull }.map { bead in
            [bead.source.map { source.sentences[$0].text }.joined(separator: " "), bead.target.map { target.sentences[$0].text }.joined(separator: " ")]
                .map { $0.replacingOccurrences(of: "\u{A0}", with: " ") }
        })
    }

    @Test(arguments: combinations)
    func theSameTextInAnyTwoFormatsAlignsToThePlainTextContentPairs(_ source: String, _ target: String) throws {
        let plain = Self.pairs(Self.documents["es.txt"]!, Self.documents["id.txt"]!)
        #expect(plain.count >= 18)
        let pairs = Self.pairs(Self.documents["es.\(source)"]!, Self.documents["id.\(target)"]!)
        #expect(pairs == plain, "missing \(plain.subtracting(pairs)), extra \(pairs.subtracting(plain))")
    }

    @Test(arguments: [("article.es.txt", FileFormat.text), ("article.es.html", .html), ("article.es.docx", .docx), ("article.es.odt", .odt),
                      ("article.es.fodt", .fodt), ("article.es.md", .markdown), ("article.es.pdf", .pdf)])
    func theExtensionNamesTheFormat(_ name: String, _ format: FileFormat) throws {
        let path = DocumentFixtures.path(name)
        #expect(try FileFormat.of(path: path, data: Data(contentsOf: URL(fileURLWithPath: path))) == format)
    }

    @Test(arguments: [
        ("page.txt", "<!DOCTYPE html>\n<html><body><p>Hola.</p></body></html>", "is HTML: name it .html"),
        ("doc.docx", "Hola mundo.", "is not a ZIP archive"),
        ("doc.html", "%PDF-1.7\n", "is a PDF"),
        ("notes.txt", "PK\u{3}\u{4}rest", "is a ZIP archive"),
    ])
    func contentThatContradictsTheExtensionIsAClearError(_ name: String, _ content: String, _ message: String) throws {
        #expect { try FileFormat.of(path: name, data: Data(content.utf8)) } throws: { error in
            "\(error)".contains(message) && "\(error)".contains(name)
        }
    }

    @Test func aGivenFormatOverridesTheExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sejajar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.txt")
        try Data("<!DOCTYPE html>\n<html><body><p>Hola <b>mundo</b>.</p></body></html>\n".utf8).write(to: page)
        let document = try TestReader(fileFormat: .html).read(path: page.path, language: "es")
        #expect(document.sentences.map(\.text) == ["Hola mundo."])
    }
}
