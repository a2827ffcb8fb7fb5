/// The one rule for which beads go into a translation memory, used by every memory format (TMX,
/// TSV, Moses) and by `align` and `export` alike: content pairs only (no boilerplate, no omission
/// or addition), none under the confidence floor — except a bead a person locked, which is their
/// decision and always stays.
public struct MemoryPolicy: Sendable, Hashable {
    /// Beads under this confidence are left out, unless locked.
    public var minimumConfidence: Double

    /// Creates a policy.
    public init(minimumConfidence: Double = 0) {
        self.minimumConfidence = minimumConfidence
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
    }

    /// Whether `bead` goes into a memory, and why not.
    public func decision(for bead: Bead) -> Decision {
        if bead.role != .content { return .boilerplate }
        if bead.isNull { return .unpaired }
        return meetsFloor(bead) ? .kept : .belowConfidence
    }

    /// Whether `bead` is confident enough or locked: what `align --min-confidence` keeps in any
    /// output format.
    public func meetsFloor(_ bead: Bead) -> Bool {
        bead.locked || bead.confidence >= minimumConfidence
    }
}
