import Testing
@testable import SejajarKit

struct AlignmentScoreTests {
    @Test func scoresLikeVecalign() {
        let gold: [BeadIndices] = [BeadIndices(source: [0], target: [0]), BeadIndices(source: [1, 2], target: [1]), BeadIndices(source: [3], target: []), BeadIndices(source: [4], target: [2])]
        let test: [BeadIndices] = [BeadIndices(source: [0], target: [0]), BeadIndices(source: [1], target: [1]), BeadIndices(source: [2], target: []), BeadIndices(source: [3], target: []), BeadIndices(source: [4], target: [2, 3])]
        let score = AlignmentScore(files: [(gold, test)])
        // Precision over all 5 test beads: [0]:[0] and [3]:[] are exact.
        #expect(score.strictPrecision == 2.0 / 5.0)
        // Recall over the 3 gold beads with two sides: only [0]:[0] is found exactly.
        #expect(abs(score.strictRecall - 1.0 / 3.0) < 1e-12)
        // Lax: [1]:[1] and [4]:[2, 3] overlap gold on both sides; [2]:[] does not.
        #expect(score.laxPrecision == 4.0 / 5.0)
        #expect(score.laxRecall == 1.0)
    }

    @Test func perfectTestScoresOne() {
        let gold: [BeadIndices] = [BeadIndices(source: [0], target: [0, 1]), BeadIndices(source: [], target: [2]), BeadIndices(source: [1], target: [3])]
        let score = AlignmentScore(files: [(gold, gold)])
        #expect(score.strictF1 == 1)
        #expect(score.laxF1 == 1)
    }
}
