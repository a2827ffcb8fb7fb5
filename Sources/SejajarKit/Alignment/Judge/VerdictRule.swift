/// The verdict on a document pair. The calibrated confidences say how much of each side is
/// confidently paired (`Coverage`); but in two unrelated texts the search still finds a best path
/// whose beads look locally right. A translation must also show it as a whole: the
/// similarity-based confidences (which compare each pair with the document's background) cover
/// it, or the two documents share vocabulary through the translation tables as only translations
/// do, or the path's typical one-to-one bead stands well above the background
/// (`DocumentReference.aboveBackground`): two scripts that share no word (Japanese and Thai) show
/// a translation only so. Otherwise relatedness tells comparable texts from unrelated ones.
/// Source lines naming different articles rule out a translation whatever the coverage.
struct VerdictRule {
    /// The weights (`translationRelatedness`).
    var parameters: AlignerParameters
    /// The thresholds (`comparableRelatedness`).
    var judge: JudgeParameters

    /// What the rule decides: the verdict, and whether the calibrated coverage drew it (then the
    /// beads carry their calibrated probabilities).
    struct Decision {
        var verdict: Verdict
        var calibrated: Bool
    }

    /// The verdict from the coverage of the similarity-based and of the calibrated confidences,
    /// and how far the path's typical one-to-one bead stands above the background (`aboveBackground`,
    /// in spreads).
    func decide(_ problem: AlignmentProblem, similarity: Coverage, calibrated: Coverage, aboveBackground: Float = 0) -> Decision {
        let relatedness = Self.relatedness(problem, tables: problem.tables(extra: [], lexicons: []))
        var decision: Decision
        if let covered = calibrated.verdict, similarity.verdict != nil || relatedness >= parameters.translationRelatedness
            || aboveBackground >= judge.translationAboveBackground {
            decision = Decision(verdict: covered, calibrated: true)
        } else {
            decision = Decision(verdict: relatedness >= judge.comparableRelatedness ? .comparable : .unrelated, calibrated: false)
        }
        if SourceLineConflict(source: problem.source, target: problem.target) != nil, decision.verdict.isTranslation {
            decision.verdict = .comparable
        }
        return decision
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
}
