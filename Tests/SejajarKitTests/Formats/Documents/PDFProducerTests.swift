import Foundation
import Testing
@testable import SejajarKit

/// PDFs from seven producers (`Fixtures/pdf-producers`, README there): each file's source
/// sentences (`NAME.sentences`, one a line, in reading order) must come out of the reader whole,
/// in order, each inside one paragraph, with none of the running heads and page numbers the
/// producer printed (`corpus.json`) among the content. `benchmarks/pdf-readers.py` measures the
/// same beside pdftotext and pdfminer.six.
struct PDFProducerTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var language: String
        var furniture: [String]
        var expect: String
        var unordered: [Int]
        var roles: [String]
        var testDescription: String { name }
    }

    static let folder = "Fixtures/pdf-producers"

    static func path(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: nil, inDirectory: folder)!
    }

    static let cases: [Case] = {
        let data = try! Data(contentsOf: URL(fileURLWithPath: path("corpus.json")))
        return try! JSONDecoder().decode([Case].self, from: data)
    }()

    /// The share of sentences each file must keep reading exactly (all of them: what the reader
    /// does today). pdftotext's share on the same files (benchmarks/pdf-readers.py) is lower on
    /// every one: 0.976, 0.957, 0.911, 0.953, 1.000, 0.956, 0.920, 0.111, 0.091, 0.933, 0.950.
    static let floors: [String: Double] = [
        "lo-txt-mono": 1, "lo-docx-report": 1, "chromium-memo": 1, "enscript-memo": 1, "groff-ms": 1, "reportlab-columns": 1,
        "pdftex-article": 1, "chromium-arabic": 1, "lo-hebrew": 1, "chromium-chinese": 1, "lo-japanese": 1,
    ]

    /// Text as the benchmark compares it: no bidirectional controls, white space one space, none
    /// next to a Chinese or Japanese character.
    static func normalised(_ text: String) -> String {
        let scalars = text.unicodeScalars.filter { !(0x200E...0x200F).contains($0.value) && !(0x202A...0x202E).contains($0.value)
            && !(0x2066...0x2069).contains($0.value) }
        let words = String(String.UnicodeScalarView(scalars)).split(whereSeparator: \.isWhitespace)
        var result = ""
        for word in words {
            if let last = result.unicodeScalars.last, let first = word.unicodeScalars.first, !PDFReader.isCJK(last) && !PDFReader.isCJK(first) {
                result += " "
            }
            result += word
        }
        return result
    }

    static func document(_ item: Case) throws -> Document {
        try TestReader().read(path: path(item.name + ".pdf"), language: Language(item.language))
    }

    @Test(arguments: cases.filter { $0.expect == "text" })
    func everySourceSentenceIsReadWholeInOrderInOneParagraph(_ item: Case) throws {
        let document = try Self.document(item)
        let sentences = try String(contentsOfFile: Self.path(item.name + ".sentences"), encoding: .utf8)
            .split(separator: "\n").map { Self.normalised(String($0)) }.filter { !$0.isEmpty }
        // Paragraphs of content, headings, captions and notes, with a separator no sentence holds.
        var paragraphs: [Int: [String]] = [:]
        for sentence in document.sentences where sentence.role.isContent {
            paragraphs[sentence.paragraph, default: []].append(sentence.text)
        }
        let text = paragraphs.keys.sorted().map { Self.normalised(paragraphs[$0]!.joined(separator: " ")) }.joined(separator: "\u{0}")
        var position = text.startIndex
        var lost: [String] = []
        for (k, sentence) in sentences.enumerated() {
            if item.unordered.contains(k) {
                if !text.contains(sentence) { lost.append(sentence) }
            } else if let found = text.range(of: sentence, range: position..<text.endIndex) {
                position = found.upperBound
            } else {
                lost.append(sentence)
            }
        }
        let share = Double(sentences.count - lost.count) / Double(sentences.count)
        #expect(share >= Self.floors[item.name]!, "\(item.name): \(lost.count) of \(sentences.count) not read exactly: \(lost)")
    }

    @Test(arguments: cases.filter { $0.expect == "text" })
    func runningHeadsAndPageNumbersAreNotContent(_ item: Case) throws {
        let document = try Self.document(item)
        let content = document.sentences.filter { $0.role.isContent }.map(\.text)
        for pattern in item.furniture {
            let expression = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            let leaked = content.filter { expression.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
            #expect(leaked.isEmpty, "\(item.name): /\(pattern)/ in \(leaked)")
        }
        if !item.furniture.isEmpty {
            #expect(document.sentences.contains { $0.role == .pageFurniture })
        }
    }

    @Test(arguments: cases.filter { $0.expect == "text" && $0.roles.contains("note") })
    func footnotesAreNotesAfterTheBody(_ item: Case) throws {
        let document = try Self.document(item)
        let roles = document.sentences.filter { $0.role.isContent }.map(\.role)
        let firstNote = try #require(roles.firstIndex(of: .note))
        #expect(roles[firstNote...].allSatisfy { $0 == .note })
    }

    @Test(arguments: cases.filter { $0.expect == "refused" })
    func aScanIsRefused(_ item: Case) throws {
        #expect { try Self.document(item) } throws: { error in
            "\(error)".contains(PDFReader.emptyMessage) && "\(error)".contains(item.name)
        }
    }

    @Test(arguments: [
        // A right-to-left line as it stands, left to right: Hebrew letters reversed, digits not.
        ([("ם", 10), ("ו", 20), ("ל", 30), ("ש", 40), (" ", 50), ("1", 60), ("3", 70), (" ", 80), ("ב", 90)], "ב 13 שלום"),
        // A comma left of its word (neutral, takes the paragraph's direction).
        ([(",", 10), ("ב", 20), ("א", 30)], "אב,"),
    ])
    func aRightToLeftLineIsPutInReadingOrder(_ glyphs: [(String, Float)], _ expected: String) {
        let line = glyphs.map { PDFFile.Character(scalar: $0.0.unicodeScalars.first!, x0: $0.1, y0: 0, x1: $0.1 + 9, y1: 10, size: 10) }
        #expect(String(String.UnicodeScalarView(PDFBidi.reordered(line).map(\.scalar))) == expected)
    }

    @Test func aRowOfTwoCellsIsCutButAJustifiedLineIsNot() {
        func line(_ words: [(String, Float)]) -> PDFLine {
            var characters: [PDFFile.Character] = []
            for (word, x) in words {
                for (k, scalar) in word.unicodeScalars.enumerated() {
                    characters.append(PDFFile.Character(scalar: scalar, x0: x + Float(k) * 5, y0: 0, x1: x + Float(k + 1) * 5, y1: 10, size: 10))
                }
                characters.append(PDFFile.Character(scalar: " ", x0: x + Float(word.count) * 5, y0: 0, x1: x + Float(word.count) * 5 + 3, y1: 10, size: 10))
            }
            return PDFLine(characters: characters, number: 1, column: 1, page: 0)
        }
        // "Betreff:" and its value: one gap far wider than the others.
        #expect(PDFReadingOrder.cut(line([("Betreff:", 0), ("Deutschlands", 90), ("neues", 153), ("Kriegsschiff", 181)])).count == 2)
        // A justified line: every gap stretched alike, wide as they are.
        #expect(PDFReadingOrder.cut(line([("inspections", 0), ("and", 80), ("sometimes", 120)])).count == 1)
    }
}
