import Foundation

/// What a typical one-to-one bead of this document pair looks like, measured on the path being
/// judged (no gold): the reference the confidence model's features stand against, so that they
/// mean the same in every language pair. In es–id a right pair stands eight background spreads
/// above the background and most of its words are known; in ja–th, whose lexicon learns less, a
/// right pair stands two spreads above it with few known words. Measured absolutely, every ja–th
/// bead looked doubtful; measured against the document's own typical bead, a right bead looks
/// like its neighbours and a wrong one stands out below them.
struct DocumentReference: Sendable, Hashable {
    /// The median `aboveBackground` of the one-to-one beads: how far this document's pairs stand
    /// above their background (its informativeness).
    var aboveBackground: Float = 0
    /// The median `known` of the one-to-one beads.
    var known: Float = 0
    /// The median and spread (1.4826 × the median absolute deviation, at least
    /// `minimumDeltaSpread`) of the one-to-one beads' length deltas (`PairFeatures.lengthDelta`):
    /// Gale–Church's variance constant 6.8 replaced by the document's own spread.
    var lengthDelta: Float = 0
    var lengthSpread: Float = 1
    /// The median characters per sentence of the beads with a source side, and with a target side.
    var sourceChars: Float = 1
    var targetChars: Float = 1
    /// The share of the path's beads that are one-to-one.
    var oneToOneShare: Float = 0
    /// How far each one-to-one bead stands above the background (in spreads), and how many beads
    /// the path has: what `share(standing:)` counts.
    var onesAboveBackground: [Float] = []
    var beadCount = 0

    /// The smallest spread of length deltas (a very regular document would make every pair's
    /// length look wrong).
    static let minimumDeltaSpread: Float = 0.3
    /// Fewer one-to-one beads than this: the length deltas are taken as they are (median 0, spread 1).
    static let minimumOnes = 3

    /// The document's informativeness as a feature: the median `aboveBackground`, within −1…3.
    var informativeness: Float { FeatureScale.clamp(aboveBackground, -1, 3) }

    /// The reference of a path: `ones` are its one-to-one beads' features, `beads` every bead's
    /// characters and sentences on each side.
    init(ones: [PairFeatures], beads: [(sourceChars: Float, sourceCount: Int, targetChars: Float, targetCount: Int)]) {
        if !ones.isEmpty {
            aboveBackground = Self.median(ones.map(\.aboveBackground))
            known = Self.median(ones.map(\.known))
        }
        if ones.count >= Self.minimumOnes {
            let deltas = ones.map(\.lengthDelta)
            lengthDelta = Self.median(deltas)
            lengthSpread = max(Self.minimumDeltaSpread, 1.4826 * Self.median(deltas.map { abs($0 - lengthDelta) }))
        }
        let source = beads.filter { $0.sourceCount > 0 }.map { $0.sourceChars / Float($0.sourceCount) }
        let target = beads.filter { $0.targetCount > 0 }.map { $0.targetChars / Float($0.targetCount) }
        if !source.isEmpty { sourceChars = Self.median(source) }
        if !target.isEmpty { targetChars = Self.median(target) }
        oneToOneShare = beads.isEmpty ? 0 : Float(ones.count) / Float(beads.count)
        onesAboveBackground = ones.map(\.aboveBackground)
        beadCount = beads.count
    }

    /// The share of the path's beads that are one-to-one and stand at least `spreads` above the
    /// background (0 for an empty path).
    func share(standing spreads: Float) -> Float {
        beadCount == 0 ? 0 : Float(onesAboveBackground.count { $0 >= spreads }) / Float(beadCount)
    }

    /// A reference with every value given (tests).
    init() {}

    /// The log of the two-sided normal tail of a length delta in the document's own spread (the
    /// length probability of Gale–Church, measured against this document), at least −12.
    func lengthFit(_ delta: Float) -> Float {
        let z = Double(abs(delta - lengthDelta) / lengthSpread)
        return Float(max(-12, log(max(1e-12, erfc(z / 2.0.squareRoot())))))
    }

    /// The median (the mean of the middle two of an even count).
    static func median(_ values: [Float]) -> Float {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
