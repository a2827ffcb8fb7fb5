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
    /// Per unit, the mean cosine distance to a sample of the other side's units: what a wrong
    /// pair looks like for that sentence. An encoder finds some sentences close to everything
    /// (short ones, names); dividing by this, as Vecalign does, makes distances comparable.
    private var sourceSpread: [Float] = []
    private var targetSpread: [Float] = []
    /// Whether both sides have sentence vectors and the embedding term is on.
    private var usesVectors = false

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
        if parameters.embeddingWeight > 0, let s = source.vectors, let t = target.vectors, s.dimension == t.dimension {
            usesVectors = true
            sourceSpread = Self.spread(s, against: t)
            targetSpread = Self.spread(t, against: s)
        }
    }

    /// How many units of the other side a unit's spread is measured against.
    static let spreadSample = 32

    /// For each unit of `vectors`, the mean cosine distance (1 − cosine) to an evenly spaced
    /// sample of `other`'s units.
    static func spread(_ vectors: SentenceVectors, against other: SentenceVectors) -> [Float] {
        let step = max(1, other.count / spreadSample)
        let sample = Array(stride(from: 0, to: other.count, by: step).prefix(spreadSample))
        return (0..<vectors.count).map { k in
            var total: Float = 0, n: Float = 0
            for j in sample {
                if let c = vectors.cosine(k, 1, other, j, 1) { total += 1 - c; n += 1 }
            }
            return n > 0 ? total / n : 1
        }
    }

    /// The embedding term of a bead: its windows' cosine distance over the spread of its
    /// members, minus the neutral value; nil without vectors for both windows.
    func embeddingTerm(i: Int, j: Int, a: Int, b: Int) -> Float? {
        guard usesVectors, let s = source.vectors, let t = target.vectors, let cosine = s.cosine(i, a, t, j, b) else { return nil }
        var spread: Float = 0
        for k in i..<(i + a) { spread += sourceSpread[k] / Float(2 * a) }
        for u in j..<(j + b) { spread += targetSpread[u] / Float(2 * b) }
        return (1 - cosine) / max(spread, 0.05) - parameters.embeddingNeutral
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
        let deviation = Self.lengthDeviation(sourceLength, targetLength, ratio: lengthRatio, slack: lengthSlack)
        let length = min(Self.lengthCap, Self.negativeLogErfc(deviation))
        var total = prior + parameters.lengthWeight * length
        if let embedding = embeddingTerm(i: i, j: j, a: a, b: b) { total += parameters.embeddingWeight * embedding }
        guard useLexical else { return total }
        guard lengthSlack == 0, a + b > 2, a <= 4, b <= 4 else {
            return total + parameters.lexicalWeight * lexicalTerm(i: i, j: j, a: a, b: b)
        }
        // A merge at sentence level: one pass over its cells gives the lexical totals and each
        // member's own support. A sentence joins a merge only when its known words find
        // renderings on the other side or the bead needs its length; otherwise it costs what
        // leaving it out would, and a little more, so that an untranslated sentence comes out as
        // an omission or addition rather than hidden in its neighbour's bead.
        var rows = SIMD4<Float>(repeating: 0), columns = SIMD4<Float>(repeating: 0)
        for k in 0..<a {
            let s = i + k
            let lower = evidence.rowLower[s], upper = evidence.rowUpper[s], start = evidence.rowStart[s] - lower
            var row: Float = 0
            for u in 0..<b where j + u >= lower && j + u <= upper {
                row += evidence.matchedSource[start + j + u]
                columns[u] += evidence.matchedTarget[start + j + u]
            }
            rows[k] = row
        }
        let neutral = parameters.neutralSimilarity
        let table = Int(source.table[i])
        var matched: Float = 0, known: Float = 0, unsupported: Float = 0
        let floor = parameters.skipCost + parameters.unsupportedMemberMargin - parameters.mergeCost
        let checksMembers = parameters.unsupportedMemberMargin > 0
        for k in 0..<a {
            let s = i + k
            let own = evidence.knownSource[s]
            matched += min(rows[k], own)
            known += own
            if checksMembers, a > 1, !isSupported(rows[k], known: own),
               Self.lengthRisesLess(cost: length, deviation: deviation, limit: parameters.neededLength,
                                    shorter: Self.lengthDeviation(sourceLength - source.chars[s], targetLength, ratio: lengthRatio)) {
                unsupported += max(0, floor * source.skipShare[s] + parameters.mergeCost * (source.skipShare[s] - 1))
            }
        }
        for u in 0..<b {
            let t = j + u
            let own = evidence.knownTarget[table][t]
            matched += min(columns[u], own)
            known += own
            if checksMembers, b > 1, !isSupported(columns[u], known: own),
               Self.lengthRisesLess(cost: length, deviation: deviation, limit: parameters.neededLength,
                                    shorter: Self.lengthDeviation(sourceLength, targetLength - target.chars[t], ratio: lengthRatio)) {
                unsupported += max(0, floor * target.skipShare[t] + parameters.mergeCost * (target.skipShare[t] - 1))
            }
        }
        total += parameters.lexicalWeight * (known * neutral - matched) / (known + parameters.shrinkage) + unsupported
        if parameters.memberSupportWeight > 0 {
            total += parameters.memberSupportWeight * memberDeficit(i: i, j: j, a: a, b: b)
        }
        return total
    }

    /// Whether a merged sentence whose known words weigh `known` is supported by `matched` of
    /// them finding renderings on the other side.
    @inline(__always)
    private func isSupported(_ matched: Float, known: Float) -> Bool {
        parameters.unknownMembersUnsupported ? known > 0 && matched >= parameters.neutralSimilarity * known
            : known == 0 || matched >= parameters.neutralSimilarity * known
    }

    /// Shrunk similarity minus the neutral value: (matched − known × neutral) / (known + shrinkage).
    func lexicalTerm(i: Int, j: Int, a: Int, b: Int) -> Float {
        let (matched, known) = evidenceTotals(i: i, j: j, a: a, b: b)
        return (known * parameters.neutralSimilarity - matched) / (known + parameters.shrinkage)
    }

    /// How badly the members of a merged side lack support: for each sentence of a side with
    /// several, the shortfall of its own known words' renderings on the other side below the
    /// neutral share, shrunk like the lexical term; summed.
    func memberDeficit(i: Int, j: Int, a: Int, b: Int) -> Float {
        var deficit: Float = 0
        let neutral = parameters.neutralSimilarity, shrinkage = parameters.shrinkage
        if a > 1 {
            for s in i..<(i + a) {
                let known = evidence.knownSource[s]
                guard known > 0 else { continue }
                var row: Float = 0
                for t in j..<(j + b) { row += evidence.matches(s, t).0 }
                deficit += max(0, known * neutral - min(row, known)) / (known + shrinkage)
            }
        }
        if b > 1 {
            let table = Int(source.table[i])
            for t in j..<(j + b) {
                let known = evidence.knownTarget[table][t]
                guard known > 0 else { continue }
                var column: Float = 0
                for s in i..<(i + a) { column += evidence.matches(s, t).1 }
                deficit += max(0, known * neutral - min(column, known)) / (known + shrinkage)
            }
        }
        return deficit
    }

    /// Similarity in [0, 1] of a bead, shrunk towards neutral when little is known.
    func similarity(i: Int, j: Int, a: Int, b: Int) -> Float {
        let (matched, known) = evidenceTotals(i: i, j: j, a: a, b: b)
        return (matched + parameters.shrinkage * parameters.neutralSimilarity) / (known + parameters.shrinkage)
    }

    /// Matched and known token weight of a bead, over both directions.
    func evidenceTotals(i: Int, j: Int, a: Int, b: Int) -> (matched: Float, known: Float) {
        let table = Int(source.table[i])
        if a == 1 && b == 1 {
            // The loops below for one sentence a side, in the same operations (a match is a sum of
            // weights, never −0, so adding it to 0 leaves it as it is).
            let (forward, backward) = evidence.matches(i, j)
            let knownSource = evidence.knownSource[i], knownTarget = evidence.knownTarget[table][j]
            return (min(forward, knownSource) + min(backward, knownTarget), knownSource + knownTarget)
        }
        var matched: Float = 0, known: Float = 0
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
        min(lengthCap, negativeLogErfc(lengthDeviation(sourceLength, targetLength, ratio: ratio, slack: slack)))
    }

    /// The largest length cost (a tail probability of 10⁻¹²).
    static let lengthCap: Float = 27.631

    /// The standardised length difference |δ|/√2 whose −log erfc is the length cost.
    @inline(__always)
    static func lengthDeviation(_ sourceLength: Float, _ targetLength: Float, ratio: Float, slack: Float = 0) -> Float {
        let mean = max(1, (sourceLength + targetLength / ratio) / 2)
        let extra = slack * mean * ratio
        let delta = (targetLength - sourceLength * ratio) / (mean * 6.8 * ratio + extra * extra).squareRoot()
        return abs(delta) * 0.70710678
    }

    /// Whether a bead whose length cost is `cost` at deviation `deviation` would see it rise by
    /// less than `limit` at deviation `shorter` (the bead without one member): the member's
    /// length is then not needed. Decided without a logarithm in most cases: the cost falls when
    /// the deviation does, and since d/dz (−log erfc z) ≥ 2z it rises by at least z′² − z².
    @inline(__always)
    static func lengthRisesLess(cost: Float, deviation: Float, limit: Float, shorter: Float) -> Bool {
        if shorter <= deviation || cost >= lengthCap { return true }
        if shorter * shorter - deviation * deviation >= limit && lengthCap - cost >= limit { return false }
        return min(lengthCap, negativeLogErfc(shorter)) - cost < limit
    }

    /// −log erfc(z) for z ≥ 0 straight from Numerical Recipes' Chebyshev fit of erfc (fractional
    /// error under 1.2 × 10⁻⁷), without forming erfc: one logarithm instead of erfc, exp and log.
    @inline(__always)
    static func negativeLogErfc(_ z: Float) -> Float {
        let t = 1 / (1 + 0.5 * z)
        let polynomial = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807
            + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
        return z * z - polynomial - log(t)
    }

    func sourceLength(_ i: Int, _ a: Int) -> Float { sourcePrefix[i + a] - sourcePrefix[i] }
    func targetLength(_ j: Int, _ b: Int) -> Float { targetPrefix[j + b] - targetPrefix[j] }

    /// Gale–Church probability that two lengths are translations, in [0, 1].
    func lengthProbability(i: Int, j: Int, a: Int, b: Int) -> Float {
        let sourceLength = sourcePrefix[i + a] - sourcePrefix[i]
        let targetLength = targetPrefix[j + b] - targetPrefix[j]
        return exp(-Self.lengthCost(sourceLength, targetLength, ratio: lengthRatio))
    }
}
