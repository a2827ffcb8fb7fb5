import Foundation

/// Omissions and additions that are one sentence moved: the rule that pairs them (see
/// `pairing`).
struct MovedPairing {
    /// The weights (`movedSpreads`, `movedKnown`, `shrinkage`, `neutralSimilarity`).
    var parameters: AlignerParameters
    /// The thresholds.
    var judge: JudgeParameters

    /// Omissions and additions that translate each other though they stand at different places
    /// (a caption the other version put elsewhere, a sentence moved up or down) become one moved
    /// pair: the source sentence's omission takes the target sentence, and the addition goes.
    /// A source and a target sentence pair when their similarity stands `movedSpreads` background
    /// spreads above the background, their known words weigh enough, and their lengths fit.
    func pairing(_ judged: [JudgedSpan], problem: AlignmentProblem, source: UnitSequence,
                 tables: [TranslationTable], background: Background, model: CostModel,
                 evidence: PairEvidence) -> [JudgedSpan] {
        guard parameters.movedSpreads > 0 else { return judged }
        let target = problem.targetUnits
        let omissions = judged.indices.filter { judged[$0].span.target.isEmpty && judged[$0].span.source.count == 1 }
        let additions = judged.indices.filter { judged[$0].span.source.isEmpty && judged[$0].span.target.count == 1 }
        guard !omissions.isEmpty, !additions.isEmpty else { return judged }
        // Far pairs are looked for among the unaligned sentences only, within a window when
        // there are very many of them (two unrelated documents), so the work stays linear.
        let window = omissions.count * additions.count > judge.movedFullSearch ? judge.movedWindow : Int.max
        /// What each omitted source sentence's known words render, and their weight.
        func renderings(_ s: Int) -> (targets: Set<Int32>, known: Float) {
            let table = tables[Int(source.table[s])]
            var targets = Set<Int32>(), known: Float = 0
            for w in source.tokens[s] where !table.forward[Int(w)].isEmpty {
                known += problem.sourceWeights[Int(w)]
                targets.formUnion(table.forward[Int(w)])
            }
            return (targets, known)
        }
        let additionTokens = Dictionary(uniqueKeysWithValues: additions.map { ($0, Set(target.tokens[judged[$0].span.target.lowerBound])) })
        var candidates: [(z: Float, omission: Int, addition: Int)] = []
        for o in omissions {
            let s = judged[o].span.source.lowerBound
            let (rendered, sourceKnown) = renderings(s)
            let table = tables[Int(source.table[s])]
            let sourceSet = Set(source.tokens[s])
            // What the sentence would pair with where it stands.
            var local = background.mean
            let at = judged[o].span.target.lowerBound
            for j in max(0, at - judge.movedLocalWindow)..<min(target.count, at + judge.movedLocalWindow) where evidence.covers(i: s, j: j, a: 1, b: 1) {
                local = max(local, model.similarity(i: s, j: j, a: 1, b: 1))
            }
            for a in additions where abs(judged[a].span.target.lowerBound - at) <= window {
                let t = judged[a].span.target.lowerBound
                var matched: Float = 0, known = sourceKnown
                let targetSet = additionTokens[a]!
                for w in source.tokens[s] where table.forward[Int(w)].contains(where: targetSet.contains) {
                    matched += problem.sourceWeights[Int(w)]
                }
                for w in target.tokens[t] where !table.backward[Int(w)].isEmpty {
                    known += problem.targetWeights[Int(w)]
                    if rendered.contains(w) || table.backward[Int(w)].contains(where: sourceSet.contains) { matched += problem.targetWeights[Int(w)] }
                }
                guard known >= parameters.movedKnown else { continue }
                let similarity = (matched + parameters.shrinkage * parameters.neutralSimilarity) / (known + parameters.shrinkage)
                let z = (similarity - background.mean) / background.spread
                let length = exp(-CostModel.lengthCost(source.chars[s], target.chars[t], ratio: problem.lengthRatio))
                guard z >= parameters.movedSpreads, similarity >= local + background.spread, length >= judge.movedLength else { continue }
                candidates.append((z, o, a))
            }
        }
        var result = judged
        var used = Set<Int>(), removed = Set<Int>()
        for candidate in candidates.sorted(by: { ($0.z, $1.omission, $1.addition) > ($1.z, $0.omission, $0.addition) }) {
            guard !used.contains(candidate.omission), !used.contains(candidate.addition) else { continue }
            used.insert(candidate.omission)
            used.insert(candidate.addition)
            let o = candidate.omission, a = candidate.addition
            let t = judged[a].span.target
            // Side by side in reading order, the two are simply a pair the search left apart.
            let adjacent = abs(judged[o].span.target.lowerBound - t.lowerBound) <= 1
                && abs(judged[a].span.source.lowerBound - judged[o].span.source.lowerBound) <= 1
            let confidence = Double(1 / (1 + exp(-(candidate.z - parameters.movedSpreads))))
            result[o] = JudgedSpan(span: BeadSpan(source: judged[o].span.source, target: t), legacy: confidence, calibrated: confidence, moved: !adjacent)
            removed.insert(a)
        }
        return result.indices.filter { !removed.contains($0) }.map { result[$0] }
    }
}
