import Foundation

/// A bead of the path being judged, with both its confidences: the similarity-based one the
/// verdict is drawn from, and the calibrated probability that it is right.
struct JudgedSpan {
    var span: BeadSpan
    var legacy: Double
    var calibrated: Double
    var moved = false
}

/// Turns a content path into the final `Alignment`, step by step: orphans detached from merges
/// (`OrphanDetacher`), the document's background measured (`Background`), every bead's features
/// (`PairFeatures`, `NullFeatures`) turned into a calibrated probability (`ConfidenceModel`) and a
/// similarity-based confidence (`SimilarityConfidence`), moved sentences paired
/// (`MovedPairing`), boilerplate placed (`BeadPlacement`), and the verdict drawn (`VerdictRule`).
struct AlignmentJudge {
    let parameters: AlignerParameters
    /// Receives each document pair's bead features, when set (`Aligner.featureSink`).
    var featureSink: (@Sendable ([BeadFeatureRecord]) -> Void)? = nil
    /// The judge's thresholds.
    var judge = JudgeParameters()
    /// The calibration.
    var model = ConfidenceModel.fitted

    func judge(_ problem: AlignmentProblem, path searched: [BeadSpan], tables: [TranslationTable], fold: [UInt8]?) -> Alignment {
        var path = searched
        var source = problem.sourceUnits
        if let fold { source.table = fold }
        let target = problem.targetUnits
        let n = source.count, m = target.count
        var judged: [JudgedSpan] = []
        var typical = DocumentReference()
        if n > 0 && m > 0 {
            let identitySource = (0..<n).map { $0..<($0 + 1) }, identityTarget = (0..<m).map { $0..<($0 + 1) }
            let band = Band.around(coarse: path, sourceGroups: identitySource, targetGroups: identityTarget, n: n, m: m, margin: judge.evidenceMargin)
            let evidence = PairEvidence(source: source, target: target, band: band, maxSource: 4, maxTarget: 4, tables: tables,
                                        sourceWeights: problem.sourceWeights, targetWeights: problem.targetWeights)
            let costs = CostModel(parameters: parameters, source: source, target: target, evidence: evidence, lengthRatio: problem.lengthRatio)
            path = OrphanDetacher(parameters: parameters).detaching(path, problem: problem, source: source, tables: tables)
            let background = Background.measure(path: path, evidence: evidence, model: costs, n: n, m: m, judge: judge)
            let posteriorBand = Band.around(coarse: path, sourceGroups: identitySource, targetGroups: identityTarget, n: n, m: m,
                                            margin: judge.posteriorMargin)
            let posterior = Posterior(n: n, m: m, band: posteriorBand, model: costs, shapes: BandedSearch.sentenceShapes)
            let similarity = SimilarityConfidence(judge: judge)
            // Every bead measured first; then the document's typical one-to-one bead, which the
            // model reads each bead's features against (`DocumentReference`).
            enum Measured { case pair(PairFeatures, ConfidenceModel.Kind), null(NullFeatures) }
            var measured: [Measured] = []
            var legacies: [Double] = []
            for (k, span) in path.enumerated() {
                if span.source.isEmpty || span.target.isEmpty {
                    measured.append(.null(NullFeatures(span, path: path, index: k, model: costs, evidence: evidence, posterior: posterior,
                                                       background: background, source: source, n: n, m: m, judge: judge)))
                    legacies.append(similarity.nullConfidence(span, model: costs, evidence: evidence, background: background, n: n, m: m))
                } else {
                    let features = PairFeatures(span, model: costs, evidence: evidence, posterior: posterior, background: background,
                                                n: n, m: m, judge: judge)
                    measured.append(.pair(features, span.source.count + span.target.count > 2 ? .merge : .pair))
                    legacies.append(similarity.pairConfidence(span, model: costs, evidence: evidence, background: background, n: n, m: m))
                }
            }
            let ones = measured.compactMap { item -> PairFeatures? in
                if case .pair(let features, .pair) = item { return features } else { return nil }
            }
            let reference = DocumentReference(ones: ones, beads: path.map {
                (costs.sourceLength($0.source.lowerBound, $0.source.count), $0.source.count,
                 costs.targetLength($0.target.lowerBound, $0.target.count), $0.target.count)
            })
            typical = reference
            var records: [BeadFeatureRecord] = []
            for (k, span) in path.enumerated() {
                let kind: ConfidenceModel.Kind, values: [Float]
                switch measured[k] {
                case .pair(let features, let pairKind): (kind, values) = (pairKind, features.values(relativeTo: reference))
                case .null(let features): (kind, values) = (.null, features.values(relativeTo: reference))
                }
                judged.append(JudgedSpan(span: span, legacy: legacies[k], calibrated: model.probability(values, kind: kind)))
                if featureSink != nil {
                    records.append(BeadFeatureRecord(sourceDocument: problem.source.path, targetDocument: problem.target.path,
                                                     source: span.source.map { problem.sourceContent[$0] }, target: span.target.map { problem.targetContent[$0] },
                                                     kind: kind.rawValue, values: values))
                }
            }
            featureSink?(records)
            judged = MovedPairing(parameters: parameters, judge: judge)
                .pairing(judged, problem: problem, source: source, tables: tables, background: background, model: costs, evidence: evidence)
        } else {
            judged = path.map { JudgedSpan(span: $0, legacy: 1, calibrated: 1) }
        }
        let boilerplate = BeadPlacement.boilerplateBeads(problem)
        func beads(calibrated: Bool) -> [Bead] {
            BeadPlacement.merge(judged.flatMap { item in
                BeadPlacement.beads(for: item.span, problem: problem, confidence: calibrated ? item.calibrated : item.legacy).map {
                    var bead = $0
                    bead.moved = item.moved
                    return bead
                }
            }, boilerplate)
        }
        let legacyBeads = beads(calibrated: false), calibratedBeads = beads(calibrated: true)
        let legacy = Coverage(beads: legacyBeads, contentSource: n, contentTarget: m, threshold: parameters.confidentThreshold)
        let calibrated = Coverage(beads: calibratedBeads, contentSource: n, contentTarget: m, threshold: parameters.confidentThreshold)
        let decision = VerdictRule(parameters: parameters, judge: judge)
            .decide(problem, similarity: legacy, calibrated: calibrated, reference: typical)
        var final = decision.calibrated ? calibratedBeads : legacyBeads
        if !decision.verdict.isTranslation {
            // Not a translation: a pair is right only by chance, so each bead carries the lower
            // of its two estimates and neither a report's colours nor a memory trust it.
            final = zip(legacyBeads, calibratedBeads).map { legacy, calibrated in
                var bead = legacy
                bead.confidence = min(legacy.confidence, calibrated.confidence)
                return bead
            }
        }
        return Alignment(source: problem.source, target: problem.target, beads: final, verdict: decision.verdict,
                         score: (decision.calibrated ? calibrated : legacy).score)
    }
}
