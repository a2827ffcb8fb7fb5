import Foundation
import Testing
@testable import SejajarKit

struct LadderTests {
    @Test func parsesGoldAndTestLines() throws {
        let rungs = try Ladder.parse("[0]:[0, 1]\n[]:[2]\n[1, 2]:[]:0.250\n", path: "g")
        #expect(rungs.map(\.source) == [[0], [], [1, 2]])
        #expect(rungs.map(\.target) == [[0, 1], [2], []])
    }

    @Test(arguments: [("[0]:[1\n", 1, 7), ("[0]-[1]\n", 1, 4), ("[0]:[1]\n[x]:[2]\n", 2, 2), ("[0]:[1]:high\n", 1, 8)])
    func reportsMalformedLinesWithPosition(_ text: String, _ line: Int, _ column: Int) {
        do {
            _ = try Ladder.parse(text, path: "t.ladder")
            Issue.record("no error for \(text)")
        } catch {
            guard case .malformed(let path, let l, let c, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == "t.ladder")
            #expect(l == line)
            #expect(c == column)
        }
    }

    @Test func writesConfidenceWithThreeDecimals() {
        #expect(Ladder.formatConfidence(0.5) == "0.500")
        #expect(Ladder.formatConfidence(1) == "1.000")
        #expect(Ladder.formatConfidence(0.0004) == "0.000")
    }
}
