import Foundation
import Testing
@testable import SejajarKit

struct LadderTests {
    @Test func parsesGoldAndTestLines() throws {
        let rungs = try LadderReader().read(data: Data("[0]:[0, 1]\n[]:[2]\n[1, 2]:[]:0.250\n".utf8), path: "g")
        #expect(rungs.map(\.source) == [[0], [], [1, 2]])
        #expect(rungs.map(\.target) == [[0, 1], [2], []])
        #expect(rungs.map(\.confidence) == [nil, nil, 0.25])
    }

    @Test(arguments: [("[0]:[1\n", 1, 7), ("[0]-[1]\n", 1, 4), ("[0]:[1]\n[x]:[2]\n", 2, 2), ("[0]:[1]:high\n", 1, 8)])
    func reportsMalformedLinesWithPosition(_ text: String, _ line: Int, _ column: Int) {
        do {
            _ = try LadderReader().read(data: Data((text).utf8), path: "t.ladder")
            Issue.record("no error for \(text)")
        } catch {
            guard case .malformed(let path, let l, let c, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == "t.ladder")
            #expect(l == line)
            #expect(c == column)
        }
    }

    @Test func writesConfidenceWithThreeDecimals() {
        #expect(DecimalText.confidence(0.5) == "0.500")
        #expect(DecimalText.confidence(1) == "1.000")
        #expect(DecimalText.confidence(0.0004) == "0.000")
        let source = Document(language: "es", paragraphs: [["Uno.", "Dos."]]), target = Document(language: "id", paragraphs: [["Satu."]])
        let alignment = Alignment(source: source, target: target, beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.91234),
                                                                          Bead(source: 1..<2, target: 1..<1, confidence: 1)],
                                  verdict: .parallel, score: 1)
        #expect(LadderWriter().write(alignment).text == "[0]:[0]:0.912\n[1]:[]:1.000\n")
    }
}
