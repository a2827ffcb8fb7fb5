/// Takes orphans out of merged beads (see `detaching`): a sentence a merge swallowed though it
/// was not translated there stands alone as an omission or addition.
struct OrphanDetacher {
    /// The weights (`orphanKnown`, `orphanShare`, `orphanRestShare`, `orphanLength`).
    var parameters: AlignerParameters

    /// The path with orphans taken out of merges: a sentence at either end of a merged side that
    /// explains nothing of the other side the rest of its side does not already explain (the
    /// names and numbers it shares with its neighbour are not its own), while its own known words
    /// weigh something, was not translated there. It stands alone as an omission or addition.
    func detaching(_ path: [BeadSpan], problem: AlignmentProblem, source: UnitSequence, tables: [TranslationTable]) -> [BeadSpan] {
        guard parameters.orphanKnown > 0 else { return path }
        let target = problem.targetUnits
        var result: [BeadSpan] = []
        result.reserveCapacity(path.count)
        for span in path {
            guard span.source.count > 1 || span.target.count > 1, !span.source.isEmpty, !span.target.isEmpty else {
                result.append(span)
                continue
            }
            let table = tables[Int(source.table[span.source.lowerBound])]
            var bead = span
            var before: [BeadSpan] = [], after: [BeadSpan] = []
            /// Whether member `u` of a side (token lists `members`, u's index `k`) is an orphan
            /// against the other side's tokens `other`, with `renders(a, b)` saying whether
            /// token a of the member's side renders token b of the other side.
            func isOrphan(_ members: [[Int32]], _ k: Int, other: [Int32], weights: [Float], otherWeights: [Float],
                          links: [[Int32]]) -> Bool {
                let own = members[k]
                let known = own.reduce(Float(0)) { $0 + (links[Int($1)].isEmpty ? 0 : weights[Int($1)]) }
                guard known >= parameters.orphanKnown else { return false }
                let otherSet = Set(other)
                var rest = Set<Int32>()
                for (m, tokens) in members.enumerated() where m != k {
                    for token in tokens { for candidate in links[Int(token)] where otherSet.contains(candidate) { rest.insert(candidate) } }
                }
                // The member's own known words that render something on the other side that no other
                // member renders: what it brings to the bead.
                var exclusive: Float = 0
                for token in Set(own) {
                    let candidates = links[Int(token)].filter(otherSet.contains)
                    if candidates.contains(where: { !rest.contains($0) }) { exclusive += weights[Int(token)] }
                }
                var explainedByRest: Float = 0, otherTotal: Float = 0
                for token in otherSet {
                    otherTotal += otherWeights[Int(token)]
                    if rest.contains(token) { explainedByRest += otherWeights[Int(token)] }
                }
                // The rest of the side explains the other side well, and this member brings next to nothing.
                return otherTotal > 0 && explainedByRest >= parameters.orphanRestShare * otherTotal
                    && exclusive < parameters.orphanShare * known
            }
            /// Whether the bead without `source` / `target` units still fits by length about as well.
            func lengthAllows(source removedSource: Int?, target removedTarget: Int?) -> Bool {
                func length(_ units: UnitSequence, _ range: Range<Int>, without removed: Int?) -> Float {
                    range.reduce(Float(0)) { $0 + ($1 == removed ? 0 : units.chars[$1]) }
                }
                let full = CostModel.lengthCost(length(source, bead.source, without: nil), length(target, bead.target, without: nil), ratio: problem.lengthRatio)
                let rest = CostModel.lengthCost(length(source, bead.source, without: removedSource), length(target, bead.target, without: removedTarget),
                                                ratio: problem.lengthRatio)
                return rest - full < parameters.orphanLength
            }
            var changed = true
            while changed && (bead.source.count > 1 || bead.target.count > 1) {
                changed = false
                let otherTarget = bead.target.flatMap { target.tokens[$0] }
                let otherSource = bead.source.flatMap { source.tokens[$0] }
                let sourceMembers = bead.source.map { source.tokens[$0] }
                let targetMembers = bead.target.map { target.tokens[$0] }
                if bead.source.count > 1, lengthAllows(source: bead.source.lowerBound, target: nil), isOrphan(sourceMembers, 0, other: otherTarget, weights: problem.sourceWeights,
                                                   otherWeights: problem.targetWeights, links: table.forward) {
                    before.append(BeadSpan(source: bead.source.lowerBound..<(bead.source.lowerBound + 1), target: bead.target.lowerBound..<bead.target.lowerBound))
                    bead.source = (bead.source.lowerBound + 1)..<bead.source.upperBound
                    changed = true
                } else if bead.source.count > 1, lengthAllows(source: bead.source.upperBound - 1, target: nil), isOrphan(sourceMembers, sourceMembers.count - 1, other: otherTarget, weights: problem.sourceWeights,
                                                          otherWeights: problem.targetWeights, links: table.forward) {
                    after.insert(BeadSpan(source: (bead.source.upperBound - 1)..<bead.source.upperBound, target: bead.target.upperBound..<bead.target.upperBound), at: 0)
                    bead.source = bead.source.lowerBound..<(bead.source.upperBound - 1)
                    changed = true
                } else if bead.target.count > 1, lengthAllows(source: nil, target: bead.target.lowerBound), isOrphan(targetMembers, 0, other: otherSource, weights: problem.targetWeights,
                                                          otherWeights: problem.sourceWeights, links: table.backward) {
                    before.append(BeadSpan(source: bead.source.lowerBound..<bead.source.lowerBound, target: bead.target.lowerBound..<(bead.target.lowerBound + 1)))
                    bead.target = (bead.target.lowerBound + 1)..<bead.target.upperBound
                    changed = true
                } else if bead.target.count > 1, lengthAllows(source: nil, target: bead.target.upperBound - 1), isOrphan(targetMembers, targetMembers.count - 1, other: otherSource, weights: problem.targetWeights,
                                                          otherWeights: problem.sourceWeights, links: table.backward) {
                    after.insert(BeadSpan(source: bead.source.upperBound..<bead.source.upperBound, target: (bead.target.upperBound - 1)..<bead.target.upperBound), at: 0)
                    bead.target = bead.target.lowerBound..<(bead.target.upperBound - 1)
                    changed = true
                }
            }
            result += before + [bead] + after
        }
        return result
    }
}
