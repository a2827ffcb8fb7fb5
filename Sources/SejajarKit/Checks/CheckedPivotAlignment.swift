/// An original and two translations aligned through it, with what the checks found: each
/// alignment's own findings and those through the original (`PivotCheck`). What the writers of
/// three-text alignments write.
public struct CheckedPivotAlignment: Sendable {
    /// The three alignments and their units.
    public var pivot: PivotAlignment
    /// Findings on the original–first alignment (their `bead` indexes `pivot.first.beads`).
    public var first: [Finding]
    /// Findings on the original–second alignment.
    public var second: [Finding]
    /// Findings on the first–second alignment.
    public var derived: [Finding]
    /// Findings through the original (their `bead` indexes `pivot.beads`).
    public var through: [Finding]

    /// Creates a checked pivot alignment.
    public init(_ pivot: PivotAlignment, first: [Finding] = [], second: [Finding] = [], derived: [Finding] = [], through: [Finding] = []) {
        self.pivot = pivot
        self.first = first
        self.second = second
        self.derived = derived
        self.through = through
    }
}
