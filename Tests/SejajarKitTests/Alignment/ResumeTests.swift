import Foundation
import Testing
@testable import SejajarKit

struct ResumeTests {
    static func ntrex() throws -> Alignment {
        let reader = TestReader(format: .lines)
        let source = try reader.read(path: External.fixture("ntrex-doc010.es"), language: "es")
        let target = try reader.read(path: External.fixture("ntrex-doc010.id"), language: "id")
        return Aligner().align(source, target)
    }

    /// Every sentence of both sides sits in exactly one bead, in reading order.
    static func coversEverythingOnce(_ alignment: Alignment) -> Bool {
        let sources = alignment.beads.flatMap { Array($0.source) }, targets = alignment.beads.flatMap { Array($0.target) }
        return sources == Array(0..<alignment.source.sentences.count) && targets == Array(0..<alignment.target.sentences.count)
    }

    @Test func keepsAHandMergedLockedBeadAndRealignsTheRest() throws {
        let original = try Self.ntrex()
        #expect(original.beads.count > 8)
        // A reviewer merges sentences 3 and 4 of both sides into one 2-2 bead and locks it.
        let json = try AlignmentJSONWriter().write(CheckedAlignment(original)).text
        var file = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        var beads = file["beads"] as! [[String: Any]]
        let at = beads.firstIndex { ($0["source"] as! [Int]) == [3] }!
        #expect((beads[at + 1]["source"] as! [Int]) == [4])
        beads[at] = ["source": [3, 4], "target": [3, 4], "sourceText": "", "targetText": "", "confidence": 1, "role": "content", "locked": true]
        beads.remove(at: at + 1)
        file["beads"] = beads
        let edited = try AlignmentJSONReader().read(data: try JSONSerialization.data(withJSONObject: file), path: "edited.json").twoTexts()

        let resumed = try Aligner().realign(edited)
        let locked = resumed.beads.filter(\.locked)
        #expect(locked.count == 1)
        #expect(locked.first?.source == 3..<5 && locked.first?.target == 3..<5)
        #expect(Self.coversEverythingOnce(resumed))
        #expect(resumed.verdict == .parallel)
        // Outside the locked bead the real document still aligns one to one.
        #expect(resumed.beads.filter { !$0.locked && $0.role == .content }.allSatisfy { $0.source.count == 1 && $0.target.count == 1 })
        // And the round trip keeps the lock.
        let again = try AlignmentJSONReader().read(data: Data(try AlignmentJSONWriter().write(CheckedAlignment(resumed)).text.utf8), path: "again.json").twoTexts()
        #expect(again.beads.filter(\.locked).map(\.source) == [3..<5])
    }

    @Test func aLockedPairingOverridesWhatTheAlignerWouldChoose() throws {
        var saved = try Self.ntrex()
        // Pair source 0 with targets 0 and 1 by hand (a 1-2 bead the aligner would not make for
        // this one-to-one document): the locked bead survives as given, the rest is re-aligned.
        saved.beads = [Bead(source: 0..<1, target: 0..<2, confidence: 1, locked: true)]
            + saved.beads.filter { $0.source.lowerBound >= 2 || $0.target.lowerBound >= 2 }
        let resumed = try Aligner().realign(saved)
        #expect(resumed.beads.first == Bead(source: 0..<1, target: 0..<2, confidence: 1, locked: true))
        #expect(resumed.beads[1].source.lowerBound == 1)
        #expect(Self.coversEverythingOnce(resumed))
    }

    @Test func lockedBeadsAreCertainAndMayBeListedInAnyOrder() throws {
        var saved = try Self.ntrex()
        let tail = saved.beads.filter { $0.source.lowerBound >= 2 }
        saved.beads = tail + [Bead(source: 1..<2, target: 1..<2, confidence: 0.1, locked: true),
                              Bead(source: 0..<1, target: 0..<1, confidence: 0.2, locked: true)]
        saved.beads = saved.beads.map { bead in
            var bead = bead
            if bead.source.lowerBound == 5 { bead.locked = true }
            return bead
        }
        let resumed = try Aligner().realign(saved)
        #expect(resumed.beads.prefix(2).map(\.source) == [0..<1, 1..<2])
        #expect(resumed.beads.filter(\.locked).allSatisfy { $0.confidence == 1 })
        #expect(Self.coversEverythingOnce(resumed))
    }

    @Test func crossingLockedBeadsAreAnError() throws {
        var saved = try Self.ntrex()
        saved.beads = [Bead(source: 2..<3, target: 5..<6, confidence: 1, locked: true), Bead(source: 4..<5, target: 1..<2, confidence: 1, locked: true)]
        #expect(throws: SejajarError.self) { try Aligner().realign(saved) }
    }

    @Test func aSentenceInTwoBeadsIsRejectedWhenReading() {
        let json = """
        {"source": {"path": "a", "language": "es", "sentences": ["a", "b"]},
         "target": {"path": "b", "language": "id", "sentences": ["x", "y"]},
         "verdict": "parallel", "score": 1,
         "beads": [{"source": [0, 1], "target": [0], "sourceText": "", "targetText": "", "confidence": 1, "role": "content"},
                   {"source": [1], "target": [1], "sourceText": "", "targetText": "", "confidence": 1, "role": "content"}]}
        """
        #expect(throws: SejajarError.self) { try AlignmentJSONReader().read(data: Data(json.utf8), path: "x.json").twoTexts() }
    }
}
