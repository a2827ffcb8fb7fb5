/// A fuzzy match of a lookup: the stored unit, its score after penalties, and the penalties
/// taken off (memoQ's: an aligned unit no one reviewed is trusted less than a translated one).
public struct MemoryMatch: Sendable, Hashable {
    /// The unit found.
    public var unit: MemoryUnit
    /// The score of its source against the query, penalties taken off.
    public var score: MatchScore
    /// Each penalty taken off, with its points ("aligned" 1).
    public var penalties: [Penalty]

    /// A penalty on a match.
    public struct Penalty: Sendable, Hashable {
        /// Why: "aligned" (an aligned unit no one reviewed).
        public var reason: String
        /// Points taken off.
        public var points: Int
        /// Creates a penalty.
        public init(reason: String, points: Int) {
            self.reason = reason
            self.points = points
        }
    }

    /// Creates a match.
    public init(unit: MemoryUnit, score: MatchScore, penalties: [Penalty] = []) {
        self.unit = unit
        self.score = score
        self.penalties = penalties
    }

    /// The order matches are listed in: higher score first; at one score a context match before
    /// an exact one before a formatting one before a fuzzy one; then the closer text
    /// (characters); a reviewed unit before an unreviewed one; the newer first; the older id.
    public static func ranks(_ a: MemoryMatch, before b: MemoryMatch) -> Bool {
        if a.score.percent != b.score.percent { return a.score.percent > b.score.percent }
        if a.score.kind != b.score.kind { return a.score.kind > b.score.kind }
        if a.score.similarity != b.score.similarity { return a.score.similarity > b.score.similarity }
        if a.unit.provenance.reviewed != b.unit.provenance.reviewed { return a.unit.provenance.reviewed }
        let da = a.unit.provenance.date ?? 0, db = b.unit.provenance.date ?? 0
        if da != db { return da > db }
        return a.unit.id < b.unit.id
    }
}
