/// The judge's fixed thresholds, each named: what "near the path", "comparable" and "a likely
/// pair" mean when confidences and the verdict are drawn. (The weights the search and the rules
/// use, and that experiments vary, are `AlignerParameters`.)
struct JudgeParameters: Sendable, Hashable {
    /// Sentences on either side of the path whose pairs the evidence for judging covers.
    var evidenceMargin = 8
    /// Sentences on either side of the path whose beads the posterior sums over: alternatives
    /// farther away carry next to no probability mass.
    var posteriorMargin = 4
    /// The background: single pairs at least this many positions off a sentence's partners …
    var backgroundNearest = 2
    /// … and at most this many …
    var backgroundFarthest = 12
    /// … and at most this many per sentence.
    var backgroundPerSentence = 8
    /// Fewer background pairs than this say nothing: the neutral similarity stands in.
    var backgroundMinimum = 8
    /// The background spread when there is no background.
    var neutralSpread: Float = 0.1
    /// The smallest background spread (a very uniform document would make every pair stand out).
    var minimumSpread: Float = 0.05
    /// Shifts of a bead's windows, in bead widths, whose similarity is its neighbours'.
    var neighbourShifts = [1, 2, 4]
    /// Fewer neighbours than this: the background's mean stands in for theirs.
    var neighbourMinimum = 3
    /// Sentences of the other side on either side of an omission or addition that it could have
    /// paired with.
    var nullWindow = 2
    /// The similarity-based confidence of a pair: logistic of `slope · (z − offset)` plus
    /// `lengthWeight ·` the log length probability plus `bias`.
    var legacySlope: Float = 1.2
    var legacyOffset: Float = 2.0
    var legacyLengthWeight: Float = 0.4
    var legacyBias: Float = 0.5
    /// Texts that are not translations whose shared vocabulary reaches this are comparable (same
    /// subject), below it unrelated.
    var comparableRelatedness = 0.03
    /// A path on which at least `translationStandingShare` of the beads are one-to-one and stand
    /// `translationStanding` background spreads above the background shows a translation as a
    /// whole (with the calibrated coverage): what two scripts that share no word show. Measured on
    /// documents 0–39 of the seven development pairs of ntrex-multi (benchmarks/verdicts.py:
    /// each real pair perturbed, and each document against document k + 37): the unrelated pairs'
    /// share is at most 0.36, the real pairs' 5th percentile 0.50; the threshold halfway passes
    /// 272 of 280 real pairs and none of 280 unrelated ones. (The median of the one-to-one beads
    /// at 1.5 spreads, the rule before, passed ja–th unrelated pairs whose path held three or
    /// five one-to-one beads between merges and omissions.)
    var translationStanding: Float = 1
    var translationStandingShare: Float = 0.45
    /// Omissions × additions beyond which moved pairs are looked for within `movedWindow` only,
    /// so the work stays linear for two unrelated documents.
    var movedFullSearch = 250_000
    var movedWindow = 500
    /// Sentences around an omission's place whose similarity is what it would pair with there.
    var movedLocalWindow = 3
    /// The smallest length probability of a moved pair.
    var movedLength: Float = 0.01
}
