import Foundation

/// The cost of a bead, lower is better: a prior on its shape, the Gale–Church length cost, and a
/// lexical term from `PairEvidence` that is zero for unknown words, negative when the pair's known
/// words find each other and positive when they do not.
struct CostModel: Sendable {
    var parameters: AlignerParameters
    var source: UnitSequence
    var target: UnitSequence
    var evidence: PairEvidence
    /// Target characters per source character over the whole problem.
    var lengthRatio: Float
    private var sourcePrefix: [Float]
    private var targetPrefix: [Float]
    private var sourceWeightPrefix: [Float]
    private var targetWeightPrefix: [Float]
    /// Cost share of leaving each unit unaligned (below 1 for short units), as prefix sums
    /// already multiplied by the unit weights.
    private var sourceSkipPrefix: [Float]
    private var targetSkipPrefix: [Float]
    /// Whether the lexical term is used (off for a pure length baseline).
    var useLexical: Bool
    /// Standard deviation added to the length model, as a fraction of the mean length (coarse
    /// blocks only).
    private var lengthSlack: Float

    init(parameters: AlignerParameters, source: UnitSequence, target: UnitSequence, evidence: PairEvidence,
         lengthRatio: Float, useLexical: Bool = true) {
        self.parameters = parameters
        self.source = source
        self.target = target
        self.evidence = evidence
        self.lengthRatio = lengthRatio
        self.useLexical = useLexical
        lengthSlack = source.weights.contains { $0 > 1 } || target.weights.contains { $0 > 1 } ? parameters.blockLengthSlack : 0
        var prefix: [Float] = [0]
        for c in source.chars { prefix.append(prefix.last! + c) }
        sourcePrefix = prefix
        prefix = [0]
        for c in target.chars { prefix.append(prefix.last! + c) }
        targetPrefix = prefix
        prefix = [0]
        for w in source.weights { prefix.append(prefix.last! + w) }
        sourceWeightPrefix = prefix
        prefix = [0]
        for w in target.weights { prefix.append(prefix.last! + w) }
        targetWeightPrefix = prefix
        sourceSkipPrefix = Self.skipPrefix(source, parameters: parameters)
        targetSkipPrefix = Self.skipPrefix(target, parameters: parameters)
    }

    /// Prefix sums of weight × skip share.
    private static func skipPrefix(_ units: UnitSequence, parameters: AlignerParameters) -> [Float] {
        var prefix: [Float] = [0]
        prefix.reserveCapacity(units.count + 1)
        for k in 0..<units.count { prefix.append(prefix.last! + units.skipShare[k] * units.weights[k]) }
        return prefix
    }

    /// Cost of the bead covering source units i..<i+a and target units j..<j+b. Units that stand
    /// for several sentences (coarse blocks) scale the cost by how many sentences the bead covers.
    func cost(i: Int, j: Int, a: Int, b: Int) -> Float {
        let prior = parameters.shapeCost(a, b)
        let weight = (sourceWeightPrefix[i + a] - sourceWeightPrefix[i]) + (targetWeightPrefix[j + b] - targetWeightPrefix[j])
        if a == 0 || b == 0 {
            let skipped = (sourceSkipPrefix[i + a] - sourceSkipPrefix[i]) + (targetSkipPrefix[j + b] - targetSkipPrefix[j])
            return prior * skipped
        }
        return unweightedCost(i: i, j: j, a: a, b: b, prior: prior) * weight / Float(a + b)
    }

    private func unweightedCost(i: Int, j: Int, a: Int, b: Int, prior: Float) -> Float {
        let sourceLength = sourcePrefix[i + a] - sourcePrefix[i]
        let targetLength = targetPrefix[j + b] - targetPrefix[j]
        var total = prior + parameters.lengthWeight * Self.lengthCost(sourceLength, targetLength, ratio: lengthRatio, slack: lengthSlack)
        if useLexical {
            total += parameters.lexicalWeight * lexicalTerm(i: i, j: j, a: a, b: b)
        }
        return total
    }

    /// Shrunk similarity minus the neutral value: (matched − known × neutral) / (known + shrinkage).
    func lexicalTerm(i: Int, j: Int, a: Int, b: Int) -> Float {
        let (matched, known) = evidenceTotals(i: i, j: j, a: a, b: b)
        return (known * parameters.neutralSimilarity - matched) / (known + parameters.shrinkage)
    }

    /// Similarity in [0, 1] of a bead, shrunk towards neutral when little is known.
    func similarity(i: Int, j: Int, a: Int, b: Int) -> Float {
        let (matched, known) = evidenceTotals(i: i, j: j, a: a, b: b)
        return (matched + parameters.shrinkage * parameters.neutralSimilarity) / (known + parameters.shrinkage)
    }

    /// Matched and known token weight of a bead, over both directions.
    func evidenceTotals(i: Int, j: Int, a: Int, b: Int) -> (matched: Float, known: Float) {
        var matched: Float = 0, known: Float = 0
        let table = Int(source.table[i])
        for s in i..<(i + a) {
            var row: Float = 0
            for t in j..<(j + b) { row += evidence.matches(s, t).0 }
            matched += min(row, evidence.knownSource[s])
            known += evidence.knownSource[s]
        }
        for t in j..<(j + b) {
            var column: Float = 0
            for s in i..<(i + a) { column += evidence.matches(s, t).1 }
            matched += min(column, evidence.knownTarget[table][t])
            known += evidence.knownTarget[table][t]
        }
        return (matched, known)
    }

    /// Gale–Church: −log of the two-sided tail probability of the length difference.
    static func lengthCost(_ sourceLength: Float, _ targetLength: Float, ratio: Float, slack: Float = 0) -> Float {
        let mean = max(1, (sourceLength + targetLength / ratio) / 2)
        let extra = slack * mean * ratio
        let delta = (targetLength - sourceLength * ratio) / (mean * 6.8 * ratio + extra * extra).squareRoot()
        let tail = erfc(Double(abs(delta)) / 2.0.squareRoot())
        return Float(-log(max(tail, 1e-12)))
    }

    /// Gale–Church probability that two lengths are translations, in [0, 1].
    func lengthProbability(i: Int, j: Int, a: Int, b: Int) -> Float {
        let sourceLength = sourcePrefix[i + a] - sourcePrefix[i]
        let targetLength = targetPrefix[j + b] - targetPrefix[j]
        return exp(-Self.lengthCost(sourceLength, targetLength, ratio: lengthRatio))
    }
}
