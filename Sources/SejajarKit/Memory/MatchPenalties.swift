/// What a lookup takes off a match for where its unit came from (memoQ's penalties). Penalties
/// never move a match across the line between "same words" (95 and up) and "other words" (94 and
/// down), so a match that differs from the query only in a number always ranks above one with
/// another word, whatever their origins.
public struct MatchPenalties: Sendable, Hashable {
    /// Points off a unit an aligner paired and no one reviewed.
    public var aligned: Int

    /// Creates penalties.
    public init(aligned: Int = 1) {
        self.aligned = aligned
    }

    /// `score` for a unit of `provenance`, and the penalties taken.
    public func apply(_ score: MatchScore, provenance: MemoryProvenance) -> (MatchScore, [MemoryMatch.Penalty]) {
        var penalties: [MemoryMatch.Penalty] = []
        if provenance.origin == .aligned, !provenance.reviewed, aligned > 0 { penalties.append(.init(reason: "aligned", points: aligned)) }
        guard !penalties.isEmpty else { return (score, []) }
        var result = score
        let points = penalties.reduce(0) { $0 + $1.points }
        result.percent = score.kind == .fuzzy ? max(0, score.percent - points) : max(FuzzyScorer.formattingFloor, score.percent - points)
        return (result, penalties)
    }
}
