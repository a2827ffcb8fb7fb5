import Foundation

/// Turns a content path into the final `Alignment`: a confidence for every bead, boilerplate
/// aligned kind by kind, and a verdict for the document pair.
///
/// A bead's confidence compares its lexical similarity with the similarity of pairs that are
/// *not* aligned in the same documents (the background): in a translation the aligned pairs stand
/// far above it, in two articles on one subject they do not, however many words the articles share.
/// A bead of the path being judged, with both its confidences: the similarity-based one the
/// verdict is drawn from, and the calibrated probability that it is right.
struct JudgedSpan {
    var span: BeadSpan
    var legacy: Double
    var calibrated: Double
    var moved = false
}

struct AlignmentJudge {
    let parameters: AlignerParameters
    /// Receives each document pair's bead features, when set (`Aligner.featureSink`).
    var featureSink: (@Sendable ([BeadFeatureRecord]) -> Void)? = nil

    func judge(_ problem: AlignmentProblem, path searched: [BeadSpan], tables: [TranslationTable], fold: [UInt8]?) -> Alignment {
        var path = searched
        var source = problem.sourceUnits
        if let fold { source.table = fold }
        let target = problem.targetUnits
        let n = source.count, m = target.count
        var judged: [JudgedSpan] = []
        var background = (mean: parameters.neutralSimilarity, spread: Float(0.1))
        if n > 0 && m > 0 {
            let identitySource = (0..<n).map { $0..<($0 + 1) }, identityTarget = (0..<m).map { $0..<($0 + 1) }
            let band = Band.around(coarse: path, sourceGroups: identitySource, targetGroups: identityTarget, n: n, m: m, margin: 8)
            let evidence = PairEvidence(source: source, target: target, band: band, maxSource: 4, maxTarget: 4, tables: tables,
                                        sourceWeights: problem.sourceWeights, targetWeights: problem.targetWeights)
            let model = CostModel(parameters: parameters, source: source, target: target, evidence: evidence,
                                  lengthRatio: problem.lengthRatio)
            path = detachingOrphans(path, problem: problem, source: source, tables: tables)
            background = Self.background(path: path, evidence: evidence, model: model, n: n, m: m)
            // Alternatives within four sentences of the path carry nearly all the probability mass.
            let posteriorBand = Band.around(coarse: path, sourceGroups: identitySource, targetGroups: identityTarget, n: n, m: m, margin: 4)
            let posterior = Posterior(n: n, m: m, band: posteriorBand, model: model, shapes: BandedSearch.sentenceShapes)
            var features: [BeadFeatures] = []
            for (k, span) in path.enumerated() {
                let feature = span.source.isEmpty || span.target.isEmpty
                    ? nullFeatures(span, path: path, index: k, model: model, evidence: evidence, posterior: posterior, background: background,
                                   source: source, n: n, m: m)
                    : pairFeatures(span, model: model, evidence: evidence, posterior: posterior, background: background, n: n, m: m)
                features.append(feature)
                // The similarity-based confidence decides the verdict, as it always has; beads of a
                // translation then get the calibrated probability (below).
                let legacy = span.source.isEmpty || span.target.isEmpty
                    ? nullConfidence(span, model: model, evidence: evidence, background: background, n: n, m: m)
                    : pairConfidence(span, model: model, evidence: evidence, background: background, n: n, m: m)
                judged.append(JudgedSpan(span: span, legacy: legacy, calibrated: ConfidenceModel.fitted.probability(feature)))
            }
            if let featureSink {
                featureSink(zip(features, path).map { feature, span in
                    BeadFeatureRecord(sourceDocument: problem.source.path, targetDocument: problem.target.path,
                                      source: span.source.map { problem.sourceContent[$0] }, target: span.target.map { problem.targetContent[$0] },
                                      kind: feature.kind.rawValue, values: feature.values)
                })
            }
            judged = pairingMoved(judged, problem: problem, source: source, tables: tables, background: background, model: model,
                                  evidence: evidence)
        } else {
            judged = path.map { JudgedSpan(span: $0, legacy: 1, calibrated: 1) }
        }
        func contentBeads(calibrated: Bool) -> [Bead] {
            judged.flatMap { item in
                self.beads(for: item.span, problem: problem, confidence: calibrated ? item.calibrated : item.legacy).map {
                    var bead = $0
                    bead.moved = item.moved
                    return bead
                }
            }
        }
        let boilerplate = boilerplateBeads(problem)
        var beads = Self.merge(contentBeads(calibrated: false), boilerplate)

        // The verdict. The calibrated confidences say how much of each side is confidently paired
        // (`Coverage`); but in two unrelated texts the search still finds a best path whose beads
        // look locally right. A translation must also show it as a whole: the similarity-based
        // confidences (which compare each pair with the document's background) cover it, or the
        // two documents share vocabulary through the translation tables as only translations do.
        // Otherwise relatedness tells comparable texts from unrelated ones. Source lines naming
        // different articles rule out a translation whatever the coverage. The beads of a
        // translation carry their calibrated probability of being right; those of texts that are
        // not translations the lower of the two (below).
        let legacy = Coverage(beads: beads, contentSource: n, contentTarget: m, threshold: parameters.confidentThreshold)
        let calibratedBeads = Self.merge(contentBeads(calibrated: true), boilerplate)
        let calibrated = Coverage(beads: calibratedBeads, contentSource: n, contentTarget: m, threshold: parameters.confidentThreshold)
        let relatedness = Self.relatedness(problem, tables: problem.tables(extra: [], lexicons: []))
        var verdict: Verdict
        var coverage = legacy
        if let covered = calibrated.verdict, legacy.verdict != nil || relatedness >= parameters.translationRelatedness {
            verdict = covered
            beads = calibratedBeads
            coverage = calibrated
        } else {
            verdict = relatedness >= 0.03 ? .comparable : .unrelated
        }
        if SourceLineConflict(source: problem.source, target: problem.target) != nil, verdict == .parallel || verdict == .partial {
            verdict = .comparable
        }
        if verdict != .parallel && verdict != .partial {
            // Not a translation: a pair is right only by chance, so each bead carries the lower
            // of its two estimates and neither a report's colours nor a memory trust it.
            beads = zip(Self.merge(contentBeads(calibrated: false), boilerplate), calibratedBeads).map { legacy, calibrated in
                var bead = legacy
                bead.confidence = min(legacy.confidence, calibrated.confidence)
                return bead
            }
        }
        return Alignment(source: problem.source, target: problem.target, beads: beads, verdict: verdict, score: coverage.score)
    }

    /// Omissions and additions that translate each other though they stand at different places
    /// (a caption the other version put elsewhere, a sentence moved up or down) become one moved
    /// pair: the source sentence's omission takes the target sentence, and the addition goes.
    /// A source and a target sentence pair when their similarity stands `movedSpreads` background
    /// spreads above the background, their known words weigh enough, and their lengths fit.
    func pairingMoved(_ judged: [JudgedSpan], problem: AlignmentProblem, source: UnitSequence,
                      tables: [TranslationTable], background: (mean: Float, spread: Float), model: CostModel,
                      evidence: PairEvidence) -> [JudgedSpan] {
        guard parameters.movedSpreads > 0 else { return judged }
        let target = problem.targetUnits
        let omissions = judged.indices.filter { judged[$0].span.target.isEmpty && judged[$0].span.source.count == 1 }
        let additions = judged.indices.filter { judged[$0].span.source.isEmpty && judged[$0].span.target.count == 1 }
        guard !omissions.isEmpty, !additions.isEmpty else { return judged }
        // Far pairs are looked for among the unaligned sentences only, within a window when
        // there are very many of them (two unrelated documents), so the work stays linear.
        let window = omissions.count * additions.count > 250_000 ? 500 : Int.max
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
            for j in max(0, at - 3)..<min(target.count, at + 3) where evidence.covers(i: s, j: j, a: 1, b: 1) {
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
                guard z >= parameters.movedSpreads, similarity >= local + background.spread, length >= 0.01 else { continue }
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

    /// The path with orphans taken out of merges: a sentence at either end of a merged side that
    /// explains nothing of the other side the rest of its side does not already explain (the
    /// names and numbers it shares with its neighbour are not its own), while its own known words
    /// weigh something, was not translated there. It stands alone as an omission or addition.
    func detachingOrphans(_ path: [BeadSpan], problem: AlignmentProblem, source: UnitSequence, tables: [TranslationTable]) -> [BeadSpan] {
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

    /// The similarity of the same-shaped windows next to a pair (shifted by one, two and four
    /// beads' width on either side, on each side): their mean, or the background's when fewer
    /// than three fit (what the pair must stand out from), and the best of them.
    static func neighbourSimilarity(_ span: BeadSpan, model: CostModel, evidence: PairEvidence,
                                    background: (mean: Float, spread: Float), n: Int, m: Int) -> (mean: Float, best: Float) {
        let (i, j, a, b) = (span.source.lowerBound, span.target.lowerBound, span.source.count, span.target.count)
        var neighbours: [Float] = []
        for shift in [b + 1, b + 2, b + 4, -(b + 1), -(b + 2), -(b + 4)] where j + shift >= 0 && j + shift + b <= m {
            if evidence.covers(i: i, j: j + shift, a: a, b: b) { neighbours.append(model.similarity(i: i, j: j + shift, a: a, b: b)) }
        }
        for shift in [a + 1, a + 2, a + 4, -(a + 1), -(a + 2), -(a + 4)] where i + shift >= 0 && i + shift + a <= n {
            if evidence.covers(i: i + shift, j: j, a: a, b: b) { neighbours.append(model.similarity(i: i + shift, j: j, a: a, b: b)) }
        }
        return (neighbours.count >= 3 ? neighbours.reduce(0, +) / Float(neighbours.count) : background.mean,
                neighbours.max() ?? background.mean)
    }

    /// The features of a pair (one-to-one or merged) for `ConfidenceModel`: its posterior's
    /// log-odds; its similarity above the same-shaped neighbours (or the background, whichever
    /// is higher), above the background, and above the best neighbour, in background spreads;
    /// its length fit; the weight of what is known of it; its weakest member; how many members
    /// beyond one pair; the background spread.
    func pairFeatures(_ span: BeadSpan, model: CostModel, evidence: PairEvidence, posterior: Posterior,
                      background: (mean: Float, spread: Float), n: Int, m: Int) -> BeadFeatures {
        let (i, j, a, b) = (span.source.lowerBound, span.target.lowerBound, span.source.count, span.target.count)
        let similarity = model.similarity(i: i, j: j, a: a, b: b)
        let (local, best) = Self.neighbourSimilarity(span, model: model, evidence: evidence, background: background, n: n, m: m)
        let spread = background.spread
        let z = (similarity - max(local, background.mean)) / spread
        let aboveBackground = (similarity - background.mean) / spread
        let aboveBest = (similarity - best) / spread
        let length = log(max(model.lengthProbability(i: i, j: j, a: a, b: b), 1e-5))
        let (_, known) = model.evidenceTotals(i: i, j: j, a: a, b: b)
        // The weakest member of a merged side: its own similarity to the whole other side.
        var weakest = aboveBackground
        if a > 1 {
            for s in i..<(i + a) { weakest = min(weakest, (model.similarity(i: s, j: j, a: 1, b: b) - background.mean) / spread) }
        }
        if b > 1 {
            for t in j..<(j + b) { weakest = min(weakest, (model.similarity(i: i, j: t, a: a, b: 1) - background.mean) / spread) }
        }
        let values: [Float] = [
            BeadFeatures.logit(posterior.probability(i: i, j: j, a: a, b: b)),
            BeadFeatures.clamp(z, -6, 12), BeadFeatures.clamp(aboveBackground, -6, 12), BeadFeatures.clamp(aboveBest, -6, 12),
            BeadFeatures.clamp(length, -12, 0), log(1 + known), BeadFeatures.clamp(weakest, -6, 12), Float(a + b - 2),
            BeadFeatures.clamp(spread, 0, 1),
        ]
        return BeadFeatures(kind: a + b > 2 ? .merge : .pair, values: values)
    }

    /// The features of an omission or addition for `ConfidenceModel`: its posterior's log-odds;
    /// how well the sentence would pair with the nearest sentences of the other side (the best
    /// similarity above the background, in spreads); its length and what is known of its words;
    /// whether it is debris; the posteriors of the beads around it; the background spread.
    func nullFeatures(_ span: BeadSpan, path: [BeadSpan], index: Int, model: CostModel, evidence: PairEvidence, posterior: Posterior,
                      background: (mean: Float, spread: Float), source: UnitSequence, n: Int, m: Int) -> BeadFeatures {
        var best: Float = -6
        var chars: Float = 0, known: Float = 0, debris: Float = 0
        if let i = span.source.first {
            for j in max(0, span.target.lowerBound - 2)..<min(m, span.target.lowerBound + 2) where evidence.covers(i: i, j: j, a: 1, b: 1) {
                best = max(best, (model.similarity(i: i, j: j, a: 1, b: 1) - background.mean) / background.spread)
            }
            chars = source.chars[i]
            known = evidence.knownSource[i]
            debris = source.skipShare[i] < 1 ? 1 : 0
        } else if let j = span.target.first {
            for i in max(0, span.source.lowerBound - 2)..<min(n, span.source.lowerBound + 2) where evidence.covers(i: i, j: j, a: 1, b: 1) {
                best = max(best, (model.similarity(i: i, j: j, a: 1, b: 1) - background.mean) / background.spread)
            }
            chars = model.targetLength(j, 1)
            known = evidence.knownTarget[Int(source.table[min(max(0, span.source.lowerBound), max(0, n - 1))])][j]
            debris = model.target.skipShare[j] < 1 ? 1 : 0
        }
        func neighbourPosterior(_ k: Int) -> Float {
            guard path.indices.contains(k) else { return 0 }
            let other = path[k]
            return BeadFeatures.logit(posterior.probability(i: other.source.lowerBound, j: other.target.lowerBound,
                                                            a: other.source.count, b: other.target.count))
        }
        let values: [Float] = [
            BeadFeatures.logit(posterior.probability(i: span.source.lowerBound, j: span.target.lowerBound, a: span.source.count, b: span.target.count)),
            BeadFeatures.clamp(best, -6, 12), log(1 + chars), log(1 + known), debris,
            (neighbourPosterior(index - 1) + neighbourPosterior(index + 1)) / 2, BeadFeatures.clamp(background.spread, 0, 1),
        ]
        return BeadFeatures(kind: .null, values: values)
    }

    /// Logistic of how many background spreads the bead's similarity stands above that of the
    /// same-shaped windows next to it, plus the Gale–Church length probability. Comparing with
    /// same-shaped neighbours cancels the advantage that merged sentences have in sharing words.
    func pairConfidence(_ span: BeadSpan, model: CostModel, evidence: PairEvidence, background: (mean: Float, spread: Float),
                        n: Int, m: Int) -> Double {
        let (i, j, a, b) = (span.source.lowerBound, span.target.lowerBound, span.source.count, span.target.count)
        let similarity = model.similarity(i: i, j: j, a: a, b: b)
        let local = Self.neighbourSimilarity(span, model: model, evidence: evidence, background: background, n: n, m: m).mean
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
