import Foundation

/// Turns a content path into the final `Alignment`: a confidence for every bead, boilerplate
/// aligned kind by kind, and a verdict for the document pair.
///
/// A bead's confidence compares its lexical similarity with the similarity of pairs that are
/// *not* aligned in the same documents (the background): in a translation the aligned pairs stand
/// far above it, in two articles on one subject they do not, however many words the articles share.
struct AlignmentJudge {
    let parameters: AlignerParameters

    func judge(_ problem: AlignmentProblem, path: [BeadSpan], tables: [TranslationTable], fold: [UInt8]?) -> Alignment {
        var source = problem.sourceUnits
        if let fold { source.table = fold }
        let target = problem.targetUnits
        let n = source.count, m = target.count
        var contentBeads: [Bead] = []
        var background = (mean: parameters.neutralSimilarity, spread: Float(0.1))
        if n > 0 && m > 0 {
            let identitySource = (0..<n).map { $0..<($0 + 1) }, identityTarget = (0..<m).map { $0..<($0 + 1) }
            let band = Band.around(coarse: path, sourceGroups: identitySource, targetGroups: identityTarget, n: n, m: m, margin: 8)
            let evidence = PairEvidence(source: source, target: target, band: band, maxSource: 4, maxTarget: 4, tables: tables,
                                        sourceWeights: problem.sourceWeights, targetWeights: problem.targetWeights)
            let model = CostModel(parameters: parameters, source: source, target: target, evidence: evidence,
                                  lengthRatio: problem.lengthRatio)
            background = Self.background(path: path, evidence: evidence, model: model, n: n, m: m)
            for span in path {
                let confidence: Double
                if span.source.isEmpty || span.target.isEmpty {
                    confidence = nullConfidence(span, model: model, evidence: evidence, background: background, n: n, m: m)
                } else {
                    confidence = pairConfidence(span, model: model, evidence: evidence, background: background, n: n, m: m)
                }
                contentBeads += beads(for: span, problem: problem, confidence: confidence)
            }
        } else {
            for span in path { contentBeads += beads(for: span, problem: problem, confidence: 1) }
        }
        let boilerplate = boilerplateBeads(problem)
        let beads = Self.merge(contentBeads, boilerplate)

        // Verdict from coverage of each side's content (see `Coverage`); below it, relatedness
        // tells comparable from unrelated. Source lines naming different articles rule out a
        // translation whatever the coverage.
        let coverage = Coverage(beads: beads, contentSource: n, contentTarget: m, threshold: parameters.confidentThreshold)
        var verdict = coverage.verdict ?? (Self.relatedness(problem, tables: problem.tables(extra: [], lexicons: [])) >= 0.03 ? .comparable : .unrelated)
        if SourceLineConflict(source: problem.source, target: problem.target) != nil, verdict == .parallel || verdict == .partial {
            verdict = .comparable
        }
        return Alignment(source: problem.source, target: problem.target, beads: beads, verdict: verdict, score: coverage.score)
    }

    /// Logistic of how many background spreads the bead's similarity stands above that of the
    /// same-shaped windows next to it, plus the Gale–Church length probability. Comparing with
    /// same-shaped neighbours cancels the advantage that merged sentences have in sharing words.
    func pairConfidence(_ span: BeadSpan, model: CostModel, evidence: PairEvidence, background: (mean: Float, spread: Float),
                        n: Int, m: Int) -> Double {
        let (i, j, a, b) = (span.source.lowerBound, span.target.lowerBound, span.source.count, span.target.count)
        let similarity = model.similarity(i: i, j: j, a: a, b: b)
        var neighbours: [Float] = []
        for shift in [b + 1, b + 2, b + 4, -(b + 1), -(b + 2), -(b + 4)] where j + shift >= 0 && j + shift + b <= m {
            if evidence.covers(i: i, j: j + shift, a: a, b: b) { neighbours.append(model.similarity(i: i, j: j + shift, a: a, b: b)) }
        }
        for shift in [a + 1, a + 2, a + 4, -(a + 1), -(a + 2), -(a + 4)] where i + shift >= 0 && i + shift + a <= n {
            if evidence.covers(i: i + shift, j: j, a: a, b: b) { neighbours.append(model.similarity(i: i + shift, j: j, a: a, b: b)) }
        }
        let local = neighbours.count >= 3 ? neighbours.reduce(0, +) / Float(neighbours.count) : background.mean
        let reference = max(local, background.mean)
        let z = (similarity - reference) / background.spread
        let length = max(model.lengthProbability(i: i, j: j, a: a, b: b), 1e-6)
        let logit = 1.2 * (z - 2.0) + 0.4 * log(length) + 0.5
        return Double(1 / (1 + exp(-logit)))
    }

    /// An omission is certain when no nearby sentence of the other side would pair with it.
    func nullConfidence(_ span: BeadSpan, model: CostModel, evidence: PairEvidence, background: (mean: Float, spread: Float),
                        n: Int, m: Int) -> Double {
        var best = 0.0
        if let i = span.source.first {
            let center = span.target.lowerBound
            for j in max(0, center - 2)..<min(m, center + 2) {
                best = max(best, pairConfidence(BeadSpan(source: i..<(i + 1), target: j..<(j + 1)), model: model, evidence: evidence, background: background, n: n, m: m))
            }
        } else if let j = span.target.first {
            let center = span.source.lowerBound
            for i in max(0, center - 2)..<min(n, center + 2) {
                best = max(best, pairConfidence(BeadSpan(source: i..<(i + 1), target: j..<(j + 1)), model: model, evidence: evidence, background: background, n: n, m: m))
            }
        }
        return 1 - best
    }

    /// Mean and spread of the similarity of single sentence pairs near the path but off it (at
    /// least two positions away from the sentence's own partners), up to eight per sentence.
    static func background(path: [BeadSpan], evidence: PairEvidence, model: CostModel, n: Int, m: Int) -> (mean: Float, spread: Float) {
        var values: [Float] = []
        for span in path where !span.source.isEmpty {
            for i in span.source {
                var taken = 0
                for distance in 2...12 {
                    for k in [span.target.lowerBound - distance, span.target.upperBound - 1 + distance]
                    where k >= 0 && k < m && evidence.covers(i: i, j: k, a: 1, b: 1) && taken < 8 {
                        values.append(model.similarity(i: i, j: k, a: 1, b: 1))
                        taken += 1
                    }
                }
            }
        }
        guard values.count >= 8 else { return (model.parameters.neutralSimilarity, 0.1) }
        let mean = values.reduce(0, +) / Float(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Float(values.count)
        return (mean, max(variance.squareRoot(), 0.05))
    }

    /// How much vocabulary the two documents share as a whole through the tables (0…1); used to
    /// tell comparable documents from unrelated ones. Numbers and punctuation marks do not count:
    /// any two texts share some.
    static func relatedness(_ problem: AlignmentProblem, tables: [TranslationTable]) -> Double {
        guard let table = tables.first else { return 0 }
        let sourceIDs = Set(problem.sourceUnits.tokens.joined()), targetIDs = Set(problem.targetUnits.tokens.joined())
        var matched: Float = 0
        for id in sourceIDs where !table.forward[Int(id)].isEmpty && !problem.vocabulary.isSign(id) {
            if table.forward[Int(id)].contains(where: targetIDs.contains) { matched += problem.sourceWeights[Int(id)] }
        }
        for id in targetIDs where !table.backward[Int(id)].isEmpty && !problem.vocabulary.isSign(id) {
            if table.backward[Int(id)].contains(where: sourceIDs.contains) { matched += problem.targetWeights[Int(id)] }
        }
        let total = problem.sourceWeights.reduce(0, +) + problem.targetWeights.reduce(0, +)
        return total > 0 ? Double(matched / total) : 0
    }

    /// Beads over original sentence indices for a span over content positions; a span that
    /// straddles a boilerplate paragraph is cut there so that ranges stay contiguous.
    func beads(for span: BeadSpan, problem: AlignmentProblem, confidence: Double) -> [Bead] {
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
    func boilerplateBeads(_ problem: AlignmentProblem) -> [Bead] {
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
