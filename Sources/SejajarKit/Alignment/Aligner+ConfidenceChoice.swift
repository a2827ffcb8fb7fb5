/// The judge weighs the search's path against another, stretch by stretch: with sentence
/// vectors, two searches disagree in places: Sejajar's own (words, lengths, omissions and
/// vectors, its anchors kept in one bead: `SearchContext.solveWithAnchors`) and Bertalign's, on
/// vectors alone (`MarginSearch`); without them, the search's short stretches that skip a
/// sentence against the same sentences paired one to one (`straightened`). Where they differ,
/// the stretch is taken from the path whose beads the judge is surer of: the calibrated
/// confidence a reviewer sees decides, so what is chosen agrees with what is shown.
extension Aligner {
    /// The judged alignment of `path`, each stretch where the other path (vectors-only, or
    /// straightened) differs taken from whichever of the two the judge gives more confidence:
    /// summed over the stretch's sentences, each counting its bead's confidence.
    func judgedChoosing(_ problem: AlignmentProblem, path: [BeadSpan], tables: [TranslationTable], fold: [UInt8]?) -> Alignment {
        let judge = AlignmentJudge(parameters: parameters, featureSink: featureSink)
        let source = problem.sourceUnits, target = problem.targetUnits
        let alternative: [BeadSpan]?, bias: Float
        if parameters.embeddingWeight > 0, let s = source.vectors, let t = target.vectors {
            if parameters.confidenceChoice {
                let anchors = VectorAnchors(source: s, target: t, sourceChars: source.chars, targetChars: target.chars, parameters: parameters)
                let band = anchors.links.isEmpty ? nil : anchors.band(n: source.count, m: target.count)
                (alternative, bias) = (MarginSearch().path(source: source, target: target, band: band), parameters.choiceBias)
            } else {
                (alternative, bias) = (nil, 0)
            }
        } else {
            (alternative, bias) = parameters.straightChoice ? (Self.straightened(path, limit: parameters.straightLimit), parameters.straightBias) : (nil, 0)
        }
        guard let other = alternative, other != path else {
            return judge.judge(problem, path: path, tables: tables, fold: fold)
        }
        let quiet = AlignmentJudge(parameters: parameters)
        let judgedPath = quiet.judge(problem, path: path, tables: tables, fold: fold)
        let judgedOther = quiet.judge(problem, path: other, tables: tables, fold: fold)
        let anchored = Self.sentenceConfidences(judgedPath, problem: problem)
        let unanchored = Self.sentenceConfidences(judgedOther, problem: problem)
        var chosen: [BeadSpan] = []
        for (first, second) in Self.stretches(path, other) {
            func score(_ beads: ArraySlice<BeadSpan>, _ confidences: (source: [Double], target: [Double])) -> Double {
                beads.reduce(0) { total, bead in
                    total + bead.source.reduce(0) { $0 + confidences.source[$1] } + bead.target.reduce(0) { $0 + confidences.target[$1] }
                }
            }
            let sentences = first.reduce(0) { $0 + $1.source.count + $1.target.count }
            chosen += score(second, unanchored) + Double(bias) * Double(sentences) > score(first, anchored) ? second : first
        }
        // A path judged already is not judged again, unless its bead features are asked for.
        if featureSink == nil, chosen == path { return judgedPath }
        if featureSink == nil, chosen == other { return judgedOther }
        return judge.judge(problem, path: chosen, tables: tables, fold: fold)
    }

    /// `path` with each short stretch that starts at an omission, an addition or a merge, holds
    /// an omission or addition and covers as many source as target sentences (at most `limit` a
    /// side) made one-to-one: the alternative the judge weighs without vectors. An omission next to
    /// a merge (`[]:[4]`, `[4, 5]:[5]`) or an omission and an addition a pair apart are where
    /// the search's costs most often trade two right pairs for a skip; the calibrated
    /// confidence, which reads each pair's evidence against the document's own, decides.
    static func straightened(_ path: [BeadSpan], limit: Int) -> [BeadSpan] {
        var result: [BeadSpan] = []
        result.reserveCapacity(path.count)
        var k = 0
        while k < path.count {
            let first = path[k]
            if first.source.count != 1 || first.target.count != 1 {
                var (a, b, e, skips) = (0, 0, k, false)
                while e < path.count {
                    a += path[e].source.count
                    b += path[e].target.count
                    skips = skips || path[e].source.isEmpty || path[e].target.isEmpty
                    e += 1
                    if a == b || a > limit || b > limit { break }
                }
                if a == b, a <= limit, skips {
                    let i = first.source.lowerBound, j = first.target.lowerBound
                    result += (0..<a).map { BeadSpan(source: (i + $0)..<(i + $0 + 1), target: (j + $0)..<(j + $0 + 1)) }
                    k = e
                    continue
                }
            }
            result.append(first)
            k += 1
        }
        return result
    }

    /// Each content sentence's confidence in `alignment`: that of the bead holding it.
    static func sentenceConfidences(_ alignment: Alignment, problem: AlignmentProblem) -> (source: [Double], target: [Double]) {
        var source = [Double](repeating: 0, count: problem.source.sentences.count)
        var target = [Double](repeating: 0, count: problem.target.sentences.count)
        for bead in alignment.beads {
            for i in bead.source where i < source.count { source[i] = bead.confidence }
            for j in bead.target where j < target.count { target[j] = bead.confidence }
        }
        return (problem.sourceContent.map { source[$0] }, problem.targetContent.map { target[$0] })
    }

    /// The two paths cut at every node both pass through: pairs of bead runs covering the same
    /// sentences, equal where the paths agree.
    static func stretches(_ first: [BeadSpan], _ second: [BeadSpan]) -> [(ArraySlice<BeadSpan>, ArraySlice<BeadSpan>)] {
        var result: [(ArraySlice<BeadSpan>, ArraySlice<BeadSpan>)] = []
        var a = 0, b = 0, startA = 0, startB = 0
        var nodeA = (0, 0), nodeB = (0, 0)
        while a < first.count || b < second.count {
            // Advance the path that is behind until both stand on the same node again.
            if b >= second.count || (a < first.count && (nodeA.0 + nodeA.1, nodeA.0) <= (nodeB.0 + nodeB.1, nodeB.0)) {
                nodeA = (first[a].source.upperBound, first[a].target.upperBound)
                a += 1
            } else {
                nodeB = (second[b].source.upperBound, second[b].target.upperBound)
                b += 1
            }
            if nodeA == nodeB {
                result.append((first[startA..<a], second[startB..<b]))
                (startA, startB) = (a, b)
            }
        }
        if startA < first.count || startB < second.count { result.append((first[startA...], second[startB...])) }
        return result
    }
}
