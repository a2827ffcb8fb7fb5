/// The one rule for which beads count, wherever beads are filtered: what goes into a translation
/// memory (TMX, TSV, Moses, the memory store), what `align --min-confidence` keeps, which pairs
/// the term checks trust, and which pairs `glossary usage` counts.
///
/// Content pairs only (no boilerplate, no omission or addition); by default none under the
/// calibrated floor (a bead's confidence is the probability that it is right, so 0.5: more likely
/// right than wrong) and none from two texts judged comparable or unrelated (they are not
/// translations of each other, whatever pairs the search found). A bead a person locked is their
/// decision and always stays.
public struct BeadSelection: Sendable, Hashable {
    /// The default floor: a confidence is calibrated as the probability that the bead is right.
    public static let calibratedFloor = 0.5

    /// The pairs the checks trust as translations: of a pair of texts judged a translation,
    /// confident or locked.
    public static let trustedTranslations = BeadSelection()

    /// Beads under this confidence are left out, unless locked.
    public var minimumConfidence: Double
    /// Whether the pairs of documents judged comparable or unrelated are left out.
    public var translationsOnly: Bool

    /// Creates a selection.
    public init(minimumConfidence: Double = BeadSelection.calibratedFloor, translationsOnly: Bool = true) {
        self.minimumConfidence = minimumConfidence
        self.translationsOnly = translationsOnly
    }

    /// What the selection decides for a bead.
    public enum Decision: Sendable, Hashable {
        /// The bead goes in.
        case kept
        /// Boilerplate (source lines, counters, bylines …).
        case boilerplate
        /// An omission or an addition: nothing to pair.
        case unpaired
        /// Under the confidence floor and not locked.
        case belowConfidence
        /// A pair of two texts that are not translations of each other, not locked.
        case notTranslation
    }

    /// Whether `bead` of a document pair judged `verdict` is selected, and why not.
    public func decision(for bead: Bead, verdict: Verdict) -> Decision {
        if !bead.role.isContent { return .boilerplate }
        if bead.isNull { return .unpaired }
        if bead.locked { return .kept }
        if translationsOnly && !verdict.isTranslation { return .notTranslation }
        return meetsFloor(bead) ? .kept : .belowConfidence
    }

    /// Whether `bead`, whatever its role and shape, belongs to a pair of texts the selection
    /// accepts and is locked or confident enough: what the checks ask of a pair before judging
    /// what it renders.
    public func trusts(_ bead: Bead, verdict: Verdict) -> Bool {
        (!translationsOnly || verdict.isTranslation) && meetsFloor(bead)
    }

    /// Whether `bead` is confident enough or locked: what `align --min-confidence` keeps in any
    /// output format.
    public func meetsFloor(_ bead: Bead) -> Bool {
        bead.locked || bead.confidence >= minimumConfidence
    }
}
