import Testing
@testable import SejajarKit

/// The one rule for what goes into a memory: what a translator can reuse, and a person's lock
/// over everything else.
struct BeadSelectionTests {
    static let pair = Bead(source: 0..<1, target: 0..<1, confidence: 0.8)
    static let weak = Bead(source: 0..<1, target: 0..<1, confidence: 0.3)
    static let lockedWeak = Bead(source: 0..<1, target: 0..<1, confidence: 0.3, locked: true)
    static let omission = Bead(source: 0..<1, target: 0..<0, confidence: 0.9)
    static let sourceLine = Bead(source: 0..<1, target: 0..<1, confidence: 1, role: .sourceLine)

    @Test(arguments: [
        (pair, Verdict.parallel, BeadSelection.Decision.kept),
        (pair, .partial, .kept),
        (pair, .comparable, .notTranslation),
        (pair, .unrelated, .notTranslation),
        (weak, .parallel, .belowConfidence),
        (lockedWeak, .parallel, .kept),
        (lockedWeak, .unrelated, .kept),
        (omission, .parallel, .unpaired),
        (sourceLine, .parallel, .boilerplate),
    ])
    func decidesByRoleVerdictConfidenceAndLock(bead: Bead, verdict: Verdict, expected: BeadSelection.Decision) {
        #expect(BeadSelection().decision(for: bead, verdict: verdict) == expected)
    }

    @Test func theOverridesKeepWhatTheDefaultsLeaveOut() {
        let everything = BeadSelection(minimumConfidence: 0, translationsOnly: false)
        #expect(everything.decision(for: Self.weak, verdict: .unrelated) == .kept)
        #expect(everything.decision(for: Self.omission, verdict: .parallel) == .unpaired)
    }

    @Test func theSummarySaysWhatWasLeftOutAndHowToKeepIt() {
        let counts = MemoryBuilder.Counts(written: 0, belowConfidence: 2, notTranslation: 4)
        let line = counts.summary(policy: BeadSelection())
        #expect(line == "tmx: 0 units; left out 4 pairs of texts judged comparable or unrelated (--keep-comparable keeps them), 2 under the confidence floor 0.50 (--min-confidence 0 keeps them)")
    }
}
