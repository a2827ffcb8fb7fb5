/// The verdict on a document pair. The calibrated confidences say how much of each side is
/// confidently paired (`Coverage`); but in two unrelated texts the search still finds a best path
/// whose beads look locally right. A translation must also show it as a whole: the
/// similarity-based confidences (which compare each pair with the document's background) cover
/// it, or the two documents share vocabulary through the translation tables as only translations
/// do, or enough of the path is one-to-one beads standing above the background
/// (`DocumentReference.share(standing:)`): two scripts that share no word (Japanese and Thai) show
/// a translation only so. (The best path through two unrelated documents is mostly merges and
/// omissions, and the few one-to-one beads it finds are the best of many chances: their median
/// can stand as high as a translation's, their share of the path cannot.) Otherwise relatedness tells comparable texts from unrelated ones.
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
    /// and the path's one-to-one beads (`reference`: how far each stands above the background).
    func decide(_ problem: AlignmentProblem, similarity: Coverage, calibrated: Coverage, reference: DocumentReference = DocumentReference()) -> Decision {
        let relatedness = Self.relatedness(problem, tables: [problem.anchors])
        var decision: Decision
        if let covered = calibrated.verdict, similarity.verdict != nil || relatedness >= parameters.translationRelatedness
            || standsOut(reference) {
            decision = Decision(verdict: covered, calibrated: true)
        } else {
            decision = Decision(verdict: relatedness >= judge.comparableRelatedness ? .comparable : .unrelated, calibrated: false)
        }
        if SourceLineConflict(source: problem.source, target: problem.target) != nil, decision.verdict.isTranslation {
            decision.verdict = .comparable
        }
        return decision
    }

    /// Whether the path's one-to-one beads stand out from the background as only a translation's
    /// do: at least `translationStandingShare` of the path's beads are one-to-one and stand
    /// `translationStanding` spreads above the background.
    func standsOut(_ reference: DocumentReference) -> Bool {
        reference.share(standing: judge.translationStanding) >= judge.translationStandingShare
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
