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
    /// A path whose typical one-to-one bead stands this many background spreads above the
    /// background shows a translation as a whole (with the calibrated coverage). Measured on
    /// NTREX documents 0–29 (ja–th with ICU word breaks): real pairs' median 2.4 (5% below 1.4),
    /// pairs of unrelated documents' median 0.45 (95% below 1.4).
    var translationAboveBackground: Float = 1.5
    /// Omissions × additions beyond which moved pairs are looked for within `movedWindow` only,
    /// so the work stays linear for two unrelated documents.
    var movedFullSearch = 250_000
    var movedWindow = 500
    /// Sentences around an omission's place whose similarity is what it would pair with there.
    var movedLocalWindow = 3
    /// The smallest length probability of a moved pair.
    var movedLength: Float = 0.01
}
