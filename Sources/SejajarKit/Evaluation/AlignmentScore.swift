/// Strict and lax precision, recall and F1 of test beads against gold beads, summed over files,
/// exactly as Vecalign's `score.py` defines them: precision over all test beads (1-0 and 0-1
/// included); recall over gold beads with both sides non-empty; a lax match overlaps the gold on
/// both sides.
public struct AlignmentScore: Sendable, Hashable, Codable {
    /// Strict precision.
    public var strictPrecision: Double
    /// Strict recall.
    public var strictRecall: Double
    /// Strict F1.
    public var strictF1: Double
    /// Lax precision.
    public var laxPrecision: Double
    /// Lax recall.
    public var laxRecall: Double
    /// Lax F1.
    public var laxF1: Double

    /// Scores pairs of (gold, test) ladders.
    public init(files: [(gold: [BeadIndices], test: [BeadIndices])]) {
        var precisionCounts = [0, 0, 0, 0], recallCounts = [0, 0, 0, 0]
        for (gold, test) in files {
            let p = Self.counts(gold: gold, test: test)
            let r = Self.counts(gold: test.filter { !$0.source.isEmpty && !$0.target.isEmpty },
                                test: gold.filter { !$0.source.isEmpty && !$0.target.isEmpty })
            for k in 0..<4 { precisionCounts[k] += p[k]; recallCounts[k] += r[k] }
        }
        func ratio(_ a: Int, _ b: Int) -> Double { a + b == 0 ? 0 : Double(a) / Double(a + b) }
        func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
        strictPrecision = ratio(precisionCounts[0], precisionCounts[1])
        laxPrecision = ratio(precisionCounts[2], precisionCounts[3])
        strictRecall = ratio(recallCounts[0], recallCounts[1])
        laxRecall = ratio(recallCounts[2], recallCounts[3])
        strictF1 = f1(strictPrecision, strictRecall)
        laxF1 = f1(laxPrecision, laxRecall)
    }

    struct Key: Hashable { var source: [Int]; var target: [Int] }

    /// [strict true positives, strict false positives, lax true positives, lax false positives].
    static func counts(gold: [BeadIndices], test: [BeadIndices]) -> [Int] {
        let goldSet = Set(gold.filter { !$0.source.isEmpty || !$0.target.isEmpty }.map { Key(source: $0.source, target: $0.target) })
        let testSet = Set(test.filter { !$0.source.isEmpty || !$0.target.isEmpty }.map { Key(source: $0.source, target: $0.target) })
        var targetsOfSource: [Int: Set<Int>] = [:]
        for bead in goldSet { for s in bead.source { targetsOfSource[s, default: []].formUnion(bead.target) } }
        var result = [0, 0, 0, 0]
        for bead in testSet {
            if goldSet.contains(bead) {
                result[0] += 1
                result[2] += 1
            } else {
                var targets = Set<Int>()
                for s in bead.source { targets.formUnion(targetsOfSource[s] ?? []) }
                if !targets.isDisjoint(with: bead.target) { result[2] += 1 } else { result[3] += 1 }
                result[1] += 1
            }
        }
        return result
    }
}
