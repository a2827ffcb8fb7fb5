import Testing
@testable import SejajarKit

/// When a path's typical one-to-one bead alone shows a translation (scripts that share no word).
struct VerdictRuleTests {
    static func reference(ones: [Float], beads: Int) -> DocumentReference {
        DocumentReference(ones: ones.map { PairFeatures(aboveBackground: $0) },
                          beads: Array(repeating: (sourceChars: 10, sourceCount: 1, targetChars: 10, targetCount: 1), count: beads))
    }

    /// (how far each one-to-one bead stands above the background, beads of the path, stands out):
    /// a real ja–th pair's path is mostly one-to-one beads 2–3 spreads out; the best path through
    /// two unrelated documents finds a few beads as high, between merges and omissions.
    static let cases: [([Float], Int, Bool)] = [([2, 3, 2.5, 0.5], 4, true), ([1, 1, 1, 0, 0], 6, true), ([3, 3, 3], 11, false),
                                                ([3, 2, 0.9, 0.8, 0.5], 5, false), ([], 0, false), ([], 6, false)]

    @Test(arguments: cases)
    func beadsStandingOutShowATranslationOnlyWhenTheyAreMuchOfThePath(ones: [Float], beads: Int, standsOut: Bool) {
        let rule = VerdictRule(parameters: AlignerParameters(), judge: JudgeParameters())
        #expect(rule.standsOut(Self.reference(ones: ones, beads: beads)) == standsOut)
    }
}
