/// Where the judged content beads and the boilerplate go in the final alignment: beads over the
/// documents' own sentence indices (a span over content positions cut where it straddles a
/// boilerplate paragraph), boilerplate paired kind by kind, both interleaved in reading order.
enum BeadPlacement {
    /// Beads over original sentence indices for a span over content positions; a span that
    /// straddles a boilerplate paragraph is cut there so that ranges stay contiguous.
    static func beads(for span: BeadSpan, problem: AlignmentProblem, confidence: Double) -> [Bead] {
        let sourceRuns = Self.runs(span.source.map { problem.sourceContent[$0] })
        let targetRuns = Self.runs(span.target.map { problem.targetContent[$0] })
        func emptyAt(_ content: [Int], _ position: Int, total: Int) -> Range<Int> {
            let at = position < content.count ? content[position] : total
            return at..<at
        }
        let sourceEmpty = emptyAt(problem.sourceContent, span.source.lowerBound, total: problem.source.sentences.count)
        let targetEmpty = emptyAt(problem.targetContent, span.target.lowerBound, total: problem.target.sentences.count)
        let count = max(sourceRuns.count, targetRuns.count, 1)
        return (0..<count).map { k in
            Bead(source: k < sourceRuns.count ? sourceRuns[k] : sourceEmpty,
                 target: k < targetRuns.count ? targetRuns[k] : targetEmpty,
                 confidence: confidence)
        }
    }

    static func runs(_ indices: [Int]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for index in indices {
            if let last = result.last, last.upperBound == index {
                result[result.count - 1] = last.lowerBound..<(index + 1)
            } else {
                result.append(index..<(index + 1))
            }
        }
        return result
    }

    /// Boilerplate pairs by kind, in order; what is left over stands alone.
    static func boilerplateBeads(_ problem: AlignmentProblem) -> [Bead] {
        var beads: [Bead] = []
        for role in Role.allCases where role.isBoilerplate {
            let sources = problem.source.sentences.indices.filter { problem.source.sentences[$0].role == role }
            let targets = problem.target.sentences.indices.filter { problem.target.sentences[$0].role == role }
            for k in 0..<max(sources.count, targets.count) {
                let s = k < sources.count ? sources[k]..<(sources[k] + 1) : problem.source.sentences.count..<problem.source.sentences.count
                let t = k < targets.count ? targets[k]..<(targets[k] + 1) : problem.target.sentences.count..<problem.target.sentences.count
                let same = k < sources.count && k < targets.count
                    && Tokenizer.fold(problem.source.sentences[s.lowerBound].text) == Tokenizer.fold(problem.target.sentences[t.lowerBound].text)
                beads.append(Bead(source: s, target: t, confidence: same ? 1 : 0.9, role: role))
            }
        }
        return beads.sorted { ($0.source.isEmpty ? Int.max : $0.source.lowerBound, $0.target.lowerBound)
            < ($1.source.isEmpty ? Int.max : $1.source.lowerBound, $1.target.lowerBound) }
    }

    /// Interleaves content and boilerplate beads in reading order.
    static func merge(_ content: [Bead], _ boilerplate: [Bead]) -> [Bead] {
        func key(_ bead: Bead) -> (Int, Int) {
            (bead.source.isEmpty ? -1 : bead.source.lowerBound, bead.target.isEmpty ? -1 : bead.target.lowerBound)
        }
        func before(_ a: Bead, _ b: Bead) -> Bool {
            let (as_, at) = key(a), (bs, bt) = key(b)
            if as_ >= 0 && bs >= 0 { return as_ < bs }
            if at >= 0 && bt >= 0 { return at < bt }
            return a.source.lowerBound < b.source.lowerBound || (a.source.lowerBound == b.source.lowerBound && a.target.lowerBound < b.target.lowerBound)
        }
        var result: [Bead] = []
        var i = 0, j = 0
        while i < content.count || j < boilerplate.count {
            if j >= boilerplate.count || (i < content.count && before(content[i], boilerplate[j])) {
                result.append(content[i]); i += 1
            } else {
                result.append(boilerplate[j]); j += 1
            }
        }
        return result
    }
}
