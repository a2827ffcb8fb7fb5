/// Aligns two translations of one original through it (`PivotAlignment`): each translation is
/// aligned to the original; the original's sentences then link the translations to each other;
/// and the links through the original that are more likely right than wrong are kept fixed while
/// the two translations' own evidence (length, anchors, a lexicon learned from them) aligns what
/// is left, as `Aligner.realign` does around a person's locked beads.
///
/// Where the original helps most: a sentence left out of one translation only. Aligned directly,
/// the other translation's sentence is easily merged into a neighbour's bead; through the
/// original it is a sentence of the original with nothing on one side.
public struct PivotAligner: Sendable {
    /// The original against the first translation.
    public var toFirst: Aligner
    /// The original against the second translation.
    public var toSecond: Aligner
    /// The first translation against the second: the direct evidence.
    public var direct: Aligner
    /// Links through the original at or above this confidence are kept as they are; the rest is
    /// aligned on the translations' own evidence.
    public var keepConfidence: Double

    /// The default for `keepConfidence`: a link more likely right than wrong.
    public static let defaultKeepConfidence = 0.5

    /// Creates a pivot aligner from the three pairwise aligners.
    public init(toFirst: Aligner, toSecond: Aligner, direct: Aligner, keepConfidence: Double = Self.defaultKeepConfidence) {
        self.toFirst = toFirst
        self.toSecond = toSecond
        self.direct = direct
        self.keepConfidence = keepConfidence
    }

    /// Aligns `first` and `second`, two translations of `original`. `vectors`, when given, are
    /// the sentence vectors of the pairs original–first, original–second and first–second.
    public func align(original: Document, first: Document, second: Document, vectors: [DocumentPairVectors]? = nil) -> PivotAlignment {
        var toFirstAlignment = toFirst.align(original, first, vectors: vectors?[0])
        var toSecondAlignment = toSecond.align(original, second, vectors: vectors?[1])
        let units = Self.compose(toFirstAlignment, toSecondAlignment)
        // The translations' own alignment, to weigh each path through the original against.
        let own = direct.align(first, second, vectors: vectors?[2])
        let derived = reconcile(units, first: first, second: second, own: own, vectors: vectors?[2])
        // Each translation's alignment to the original, corroborated by the two other ones.
        let corroboratedFirst = Self.corroborated(toFirstAlignment, by: toSecondAlignment, through: own, firstToSecond: true)
        let corroboratedSecond = Self.corroborated(toSecondAlignment, by: toFirstAlignment, through: own, firstToSecond: false)
        toFirstAlignment = toFirst.rejudged(source: original, target: first, beads: corroboratedFirst, unrelatedWhole: toFirstAlignment.verdict == .unrelated)
        toSecondAlignment = toSecond.rejudged(source: original, target: second, beads: corroboratedSecond, unrelatedWhole: toSecondAlignment.verdict == .unrelated)
        return PivotAlignment(first: toFirstAlignment, second: toSecondAlignment, derived: derived, beads: units)
    }

    /// The beads of `alignment` (the original against one translation), each pair that the
    /// other two alignments confirm made surer: where `other` (the original against the other
    /// translation) pairs the same sentences of the original with sentences that `own` (the
    /// translations' direct alignment, first to second) pairs with exactly this bead's, the two
    /// independent paths agree, and the bead is wrong only if both the bead and that path are:
    /// `1 − (1 − c)(1 − c₁c₂)`. A bead with nothing confirming it keeps its confidence.
    ///
    /// Why: a short document aligned alone to a language it shares no words with (Vietnamese to
    /// Spanish) learns little lexicon, and its right pairs stay unsure; the other translation and
    /// the translations' own alignment say whether they are right.
    static func corroborated(_ alignment: Alignment, by other: Alignment, through own: Alignment, firstToSecond: Bool) -> [Bead] {
        var byOriginal: [Range<Int>: Bead] = [:]
        for bead in other.beads where bead.role.isContent && !bead.isNull { byOriginal[bead.source] = bead }
        var direct: [[Int]: Double] = [:]
        for bead in own.beads where bead.role.isContent && !bead.isNull {
            direct[[bead.source.lowerBound, bead.source.upperBound, bead.target.lowerBound, bead.target.upperBound]] = bead.confidence
        }
        return alignment.beads.map { bead in
            guard bead.role.isContent, !bead.isNull, let partner = byOriginal[bead.source] else { return bead }
            let (a, b) = firstToSecond ? (bead.target, partner.target) : (partner.target, bead.target)
            guard let link = direct[[a.lowerBound, a.upperBound, b.lowerBound, b.upperBound]] else { return bead }
            var sure = bead
            sure.confidence = 1 - (1 - bead.confidence) * (1 - partner.confidence * link)
            return sure
        }
    }

    /// The units of two alignments of one original: the original's sentences grouped so that no
    /// bead of either alignment is cut, with what each translation renders them by. A bead with
    /// no original sentence (a sentence a translation added) is a unit of its own.
    public static func compose(_ first: Alignment, _ second: Alignment) -> [PivotBead] {
        // Reading order of the original; an empty side sits before the sentence it names.
        func ordered(_ beads: [Bead]) -> [Bead] {
            beads.enumerated().sorted {
                ($0.element.source.lowerBound, $0.element.source.isEmpty ? 0 : 1, $0.offset)
                    < ($1.element.source.lowerBound, $1.element.source.isEmpty ? 0 : 1, $1.offset)
            }.map(\.element)
        }
        let a = ordered(first.beads), b = ordered(second.beads)
        var i = 0, j = 0
        // Where the next unit's empty side sits in each translation.
        var nextFirst = 0, nextSecond = 0
        var units: [PivotBead] = []
        func span(_ beads: [Bead], after next: Int) -> Range<Int> {
            let filled = beads.map(\.target).filter { !$0.isEmpty }
            guard let low = filled.map(\.lowerBound).min(), let high = filled.map(\.upperBound).max() else { return next..<next }
            return low..<high
        }
        func unit(_ taken: [Bead], _ other: [Bead], original: Range<Int>, firstSide: Bool) -> PivotBead {
            let (aBeads, bBeads) = firstSide ? (taken, other) : (other, taken)
            let firstRange = span(aBeads, after: nextFirst), secondRange = span(bBeads, after: nextSecond)
            nextFirst = max(nextFirst, firstRange.upperBound)
            nextSecond = max(nextSecond, secondRange.upperBound)
            let confidence = (aBeads.map(\.confidence).min() ?? 1) * (bBeads.map(\.confidence).min() ?? 1)
            let roles = Set((aBeads + bBeads).map(\.role))
            let role = roles.count == 1 ? roles.first! : .content
            return PivotBead(original: original, first: firstRange, second: secondRange, confidence: confidence, role: role)
        }
        while i < a.count || j < b.count {
            let atA = i < a.count ? a[i].source.lowerBound : Int.max, atB = j < b.count ? b[j].source.lowerBound : Int.max
            // A sentence one translation added comes out alone, where it stands.
            if i < a.count, a[i].source.isEmpty, atA <= atB {
                units.append(unit([a[i]], [], original: atA..<atA, firstSide: true))
                i += 1
                continue
            }
            if j < b.count, b[j].source.isEmpty, atB <= atA {
                units.append(unit([b[j]], [], original: atB..<atB, firstSide: false))
                j += 1
                continue
            }
            // The original's sentences from here until both alignments reach a common boundary.
            let start = min(atA, atB)
            var end = start
            var takenA: [Bead] = [], takenB: [Bead] = []
            repeat {
                let before = takenA.count + takenB.count
                while i < a.count, a[i].source.lowerBound < max(end, start + 1), !(a[i].source.isEmpty && a[i].source.lowerBound == end) {
                    end = max(end, a[i].source.upperBound)
                    takenA.append(a[i])
                    i += 1
                }
                while j < b.count, b[j].source.lowerBound < max(end, start + 1), !(b[j].source.isEmpty && b[j].source.lowerBound == end) {
                    end = max(end, b[j].source.upperBound)
                    takenB.append(b[j])
                    j += 1
                }
                if takenA.count + takenB.count == before { break }
            } while true
            if takenA.isEmpty && takenB.isEmpty {
                // Cannot happen with alignments that cover the original; never loop for ever.
                if i < a.count { takenA.append(a[i]); i += 1 } else { takenB.append(b[j]); j += 1 }
                end = max(end, (takenA + takenB).map(\.source.upperBound).max() ?? end)
            }
            units.append(unit(takenA, takenB, original: start..<max(start, end), firstSide: true))
        }
        return units
    }

    /// The first translation against the second: the units through the original kept where
    /// they are confident and in reading order, the rest aligned on the translations' own
    /// evidence (`own`, their direct alignment).
    func reconcile(_ units: [PivotBead], first: Document, second: Document, own: Alignment, vectors: DocumentPairVectors?) -> Alignment {
        var kept: [Bead] = []
        var reach = (first: 0, second: 0)
        for unit in units where unit.confidence >= keepConfidence && !(unit.first.isEmpty && unit.second.isEmpty) {
            // Only units that keep the reading order of both translations can be fixed.
            guard unit.first.lowerBound >= reach.first, unit.second.lowerBound >= reach.second else { continue }
            // Where the translations' own beads over the same sentences disagree with the path
            // and are surer of themselves, they decide.
            let overlapping = own.beads.filter {
                $0.source.overlaps(unit.first) || $0.target.overlaps(unit.second)
                    || ($0.source.isEmpty && unit.first.contains($0.source.lowerBound) && $0.target.overlaps(unit.second))
            }
            let agrees = overlapping.contains { $0.source == unit.first && $0.target == unit.second }
            if !agrees, let surest = overlapping.map(\.confidence).max(), surest > unit.confidence { continue }
            kept.append(Bead(source: unit.first, target: unit.second, confidence: unit.confidence, role: unit.role, locked: true))
            reach = (unit.first.upperBound, unit.second.upperBound)
        }
        let skeleton = Alignment(source: first, target: second, beads: kept, verdict: .parallel, score: 0)
        var derived: Alignment
        do {
            derived = try direct.realign(skeleton, vectors: vectors, whole: own)
        } catch {
            // The kept units are in reading order, so they never cross; should they, the
            // translations' own evidence alone decides.
            return own
        }
        // The kept units carry the confidence of their path, not a person's certainty.
        let confidence = Dictionary(kept.map { ([$0.source.lowerBound, $0.source.upperBound, $0.target.lowerBound, $0.target.upperBound], $0.confidence) },
                                    uniquingKeysWith: { a, _ in a })
        for k in derived.beads.indices where derived.beads[k].locked {
            let bead = derived.beads[k]
            derived.beads[k].locked = false
            derived.beads[k].confidence = confidence[[bead.source.lowerBound, bead.source.upperBound, bead.target.lowerBound, bead.target.upperBound]] ?? bead.confidence
        }
        let coverage = Coverage(beads: derived.beads, contentSource: first.contentSentenceIndices.count,
                                contentTarget: second.contentSentenceIndices.count, threshold: direct.parameters.confidentThreshold)
        derived.score = coverage.score
        if let verdict = coverage.verdict { derived.verdict = verdict }
        return derived
    }
}
