/// One rung of an alignment ladder: a run of source sentences paired with a run of target
/// sentences, either run possibly empty (an omission or an addition).
///
/// Beads hold index ranges into the documents' sentence lists, never copies of text.
public struct Bead: Sendable, Hashable, Codable {
    /// Source sentence indices (empty for an addition in the target).
    public var source: Range<Int>
    /// Target sentence indices (empty for an omission from the target).
    public var target: Range<Int>
    /// How sure the aligner is of this pairing, in [0, 1].
    public var confidence: Double
    /// Content beads pair text; boilerplate beads pair boilerplate of one kind and nothing else.
    public var role: Role
    /// A bead fixed by a person; re-alignment keeps it as it is.
    public var locked: Bool
    /// A pair whose two sides stand at different places in their documents (a caption or a
    /// sentence the other version put elsewhere): it crosses the reading order of the beads
    /// around it.
    public var moved: Bool

    /// Creates a bead.
    public init(source: Range<Int>, target: Range<Int>, confidence: Double, role: Role = .content, locked: Bool = false,
                moved: Bool = false) {
        self.source = source
        self.target = target
        self.confidence = confidence
        self.role = role
        self.locked = locked
        self.moved = moved
    }

    /// "1-1", "2-1", "0-1": the shape a TMX `x-bead` property and reports name.
    public var shape: String { "\(source.count)-\(target.count)" }

    /// True for 1-0 and 0-1 beads.
    public var isNull: Bool { source.isEmpty || target.isEmpty }
}
