/// Two translations of one original, aligned through it: each translation against the original,
/// and the two translations against each other, derived through the original's sentences and
/// reconciled with what the two translations show directly (`PivotAligner`).
///
/// The original is the pivot: a sentence one translation left out shows as a sentence of the
/// original with nothing on that side, which the two translations alone could only guess at.
public struct PivotAlignment: Sendable, Hashable {
    /// The original against the first translation.
    public var first: Alignment
    /// The original against the second translation.
    public var second: Alignment
    /// The first translation against the second, through the original.
    public var derived: Alignment
    /// The units of all three, in the original's reading order: what a three-language
    /// translation memory holds.
    public var beads: [PivotBead]

    /// The original document (the source of `first` and `second`).
    public var original: Document { first.source }

    /// Creates a pivot alignment.
    public init(first: Alignment, second: Alignment, derived: Alignment, beads: [PivotBead]) {
        self.first = first
        self.second = second
        self.derived = derived
        self.beads = beads
    }

    /// For each bead of `alignment` (`first` or `second`), the index in `beads` of the unit that
    /// holds its original sentences; nil for a bead with none (a sentence the translation added).
    /// What maps a translation's findings, which name its beads, onto the units.
    public func units(of alignment: Alignment) -> [Int?] {
        var unitOfSentence = [Int?](repeating: nil, count: original.sentences.count)
        for (u, unit) in beads.enumerated() {
            for s in unit.original where s < unitOfSentence.count { unitOfSentence[s] = u }
        }
        return alignment.beads.map { $0.source.isEmpty || $0.source.lowerBound >= unitOfSentence.count ? nil : unitOfSentence[$0.source.lowerBound] }
    }

    /// The texts of `bead` in the original, the first and the second translation.
    public func texts(of bead: PivotBead) -> (original: String, first: String, second: String) {
        (bead.original.map { original.sentences[$0].text }.joined(separator: " "),
         bead.first.map { first.target.sentences[$0].text }.joined(separator: " "),
         bead.second.map { second.target.sentences[$0].text }.joined(separator: " "))
    }
}

/// One unit of a pivot alignment: a run of the original's sentences with the runs of each
/// translation that render it. Any run may be empty: an original sentence one translation
/// left out, or a sentence a translation added.
public struct PivotBead: Sendable, Hashable, Codable {
    /// The original's sentence indices.
    public var original: Range<Int>
    /// The first translation's sentence indices.
    public var first: Range<Int>
    /// The second translation's sentence indices.
    public var second: Range<Int>
    /// The probability that both pairings through the original are right: the product of the
    /// least confident bead on each side.
    public var confidence: Double
    /// Content or boilerplate (boilerplate only when every bead it was made of is).
    public var role: Role

    /// Creates a unit.
    public init(original: Range<Int>, first: Range<Int>, second: Range<Int>, confidence: Double, role: Role = .content) {
        self.original = original
        self.first = first
        self.second = second
        self.confidence = confidence
        self.role = role
    }

    /// "1-1-1", "1-0-1": the shape in the original, the first and the second translation.
    public var shape: String { "\(original.count)-\(first.count)-\(second.count)" }
}
