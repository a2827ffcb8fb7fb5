/// The one rule for which beads go into a translation memory, used by every memory format (TMX,
/// TSV, Moses) and by `align` and `export` alike: content pairs only (no boilerplate, no
/// omission or addition); by default none under the calibrated floor (a bead's confidence is the
/// probability that it is right, so 0.5: more likely right than wrong) and none from two texts
/// judged comparable or unrelated (they are not translations of each other, whatever pairs the
/// search found). A bead a person locked is their decision and always stays.
public struct MemoryPolicy: Sendable, Hashable {
    /// The default floor: a confidence is calibrated as the probability that the bead is right.
    public static let calibratedFloor = 0.5

    /// Beads under this confidence are left out, unless locked.
    public var minimumConfidence: Double
    /// Whether the pairs of documents judged comparable or unrelated are left out.
    public var translationsOnly: Bool

    /// Creates a policy.
    public init(minimumConfidence: Double = MemoryPolicy.calibratedFloor, translationsOnly: Bool = true) {
        self.minimumConfidence = minimumConfidence
        self.translationsOnly = translationsOnly
    }

    /// What the policy decides for a bead.
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

    /// Whether `bead` of a document pair judged `verdict` goes into a memory, and why not.
    public func decision(for bead: Bead, verdict: Verdict) -> Decision {
        if !bead.role.isContent { return .boilerplate }
        if bead.isNull { return .unpaired }
        if bead.locked { return .kept }
        if translationsOnly && verdict != .parallel && verdict != .partial { return .notTranslation }
        return meetsFloor(bead) ? .kept : .belowConfidence
    }

    /// Whether `bead` is confident enough or locked: what `align --min-confidence` keeps in any
    /// output format.
    public func meetsFloor(_ bead: Bead) -> Bool {
        bead.locked || bead.confidence >= minimumConfidence
    }
}
