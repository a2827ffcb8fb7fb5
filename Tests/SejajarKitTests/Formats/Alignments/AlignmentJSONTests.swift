import Foundation
import Testing
@testable import SejajarKit

struct AlignmentJSONTests {
    @Test func roundTripsASavedAlignment() throws {
        let source = Document(path: "es.txt", language: "es", paragraphs: [["Hola.", "Adiós."], ["Fin."]])
        let target = Document(path: "id.txt", language: "id", paragraphs: [["Halo. Selamat tinggal."], ["Tamat."]])
        let alignment = Alignment(source: source, target: target,
                                  beads: [Bead(source: 0..<2, target: 0..<1, confidence: 0.91234), Bead(source: 2..<3, target: 1..<2, confidence: 0.5, locked: true)],
                                  verdict: .parallel, score: 1)
        let json = try AlignmentJSONWriter().write(CheckedAlignment(alignment)).text
        #expect(json.contains("\"sourceText\" : \"Hola. Adiós.\""))
        #expect(json.contains("\"confidence\" : 0.912"))
        let decoded = try AlignmentJSONReader().read(data: Data(json.utf8), path: "a.json").twoTexts()
        #expect(decoded.beads.map(\.source) == [0..<2, 2..<3])
        #expect(decoded.beads[1].locked)
        #expect(decoded.source.sentences.map(\.text) == source.sentences.map(\.text))
        #expect(try AlignmentJSONWriter().write(CheckedAlignment(decoded)).text == json)
    }

    @Test func keepsSentencePositionsSoSavedFindingsPointIntoTheText() throws {
        var source = Document(path: "es.txt", language: "es", paragraphs: [["Hola.", "Adiós."]])
        source.sentences[1].line = 7
        source.sentences[1].column = 12
        let target = Document(path: "id.txt", language: "id", paragraphs: [["Halo.", "Selamat tinggal."]])
        let alignment = Alignment(source: source, target: target,
                                  beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9), Bead(source: 1..<2, target: 1..<2, confidence: 0.9)],
                                  verdict: .parallel, score: 1)
        let decoded = try AlignmentJSONReader().read(data: Data(try AlignmentJSONWriter().write(CheckedAlignment(alignment)).text.utf8), path: "a.json").twoTexts()
        #expect(decoded.source.sentences[1].line == 7)
        #expect(decoded.source.sentences[1].column == 12)
    }

    /// A file saved without positions (written by hand, or by a tool) reads with its columns
    /// unknown; written again and read back, it is the same file (found by FuzzAlignmentJSON).
    @Test func aFileWithoutPositionsRoundTrips() throws {
        let json = try AlignmentJSONWriter().write(CheckedAlignment(Alignment(
            source: Document(path: "es.txt", language: "es", paragraphs: [["Hola.", "Adiós."]]),
            target: Document(path: "id.txt", language: "id", paragraphs: [["Halo.", "Selamat tinggal."]]),
            beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9), Bead(source: 1..<2, target: 1..<2, confidence: 0.9)],
            verdict: .parallel, score: 1))).text
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var target = try #require(object["target"] as? [String: Any])
        target["positions"] = nil
        object["target"] = target
        let read = try AlignmentJSONReader().read(data: try JSONSerialization.data(withJSONObject: object), path: "a.json").twoTexts()
        #expect(read.target.sentences.map(\.column) == [0, 0])
        let written = try AlignmentJSONWriter().write(CheckedAlignment(read)).text
        let again = try AlignmentJSONReader().read(data: Data(written.utf8), path: "b.json").twoTexts()
        #expect(try AlignmentJSONWriter().write(CheckedAlignment(again)).text == written)
    }

    @Test func anOmissionKeepsItsPlaceWhateverTheBeadOrder() throws {
        let source = Document(path: "es.txt", language: "es", paragraphs: [["Lam Anh", "Uno.", "Dos."]])
        let target = Document(path: "id.txt", language: "id", paragraphs: [["Satu.", "Lam Anh"]])
        // The byline crosses the content: source 0 with target 1; source 1 is omitted before target 0.
        let alignment = Alignment(source: source, target: target, beads: [
            Bead(source: 0..<1, target: 1..<2, confidence: 1, role: .byline),
            Bead(source: 1..<2, target: 0..<0, confidence: 0.3),
            Bead(source: 2..<3, target: 0..<1, confidence: 0.9),
        ], verdict: .parallel, score: 1)
        let decoded = try AlignmentJSONReader().read(data: Data(try AlignmentJSONWriter().write(CheckedAlignment(alignment)).text.utf8), path: "a.json").twoTexts()
        #expect(decoded.beads[1].target == 0..<0)
    }

    @Test func rejectsBeadsThatAreNotConsecutive() {
        let json = """
        {"source": {"path": "a", "language": "es", "sentences": ["a", "b", "c"]},
         "target": {"path": "b", "language": "id", "sentences": ["x"]},
         "verdict": "parallel", "score": 1,
         "beads": [{"source": [0, 2], "target": [0], "sourceText": "", "targetText": "", "confidence": 1, "role": "content"}]}
        """
        #expect(throws: SejajarError.self) { try AlignmentJSONReader().read(data: Data(json.utf8), path: "x.json").twoTexts() }
    }
}
