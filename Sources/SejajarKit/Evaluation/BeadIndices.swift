/// A bead as the lists of sentence indices it pairs, with the confidence it was given when there
/// is one: what gold alignments are written in, and what a test alignment is scored as.
public struct BeadIndices: Sendable, Hashable {
    /// 0-based source sentence indices (empty for an addition).
    public var source: [Int]
    /// 0-based target sentence indices (empty for an omission).
    public var target: [Int]
    /// The aligner's confidence, when the file gives one.
    public var confidence: Double?

    /// Creates a bead.
    public init(source: [Int], target: [Int], confidence: Double? = nil) {
        self.source = source
        self.target = target
        self.confidence = confidence
    }

    /// The bead of an alignment.
    public init(_ bead: Bead) {
        self.init(source: Array(bead.source), target: Array(bead.target), confidence: bead.confidence)
    }
}
