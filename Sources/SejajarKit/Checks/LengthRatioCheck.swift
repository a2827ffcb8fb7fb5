import Foundation

/// A target much longer or shorter than usual for the pair (`length.ratio`, a note): over 2.2 or
/// under 0.45 times the alignment's median ratio, on pairs of 40 characters or more. Something
/// was probably added or left out.
public struct LengthRatioCheck: PairCheck {
    /// Creates the check.
    public init() {}

    /// One note when the ratio is out of the usual range.
    public func findings(in pair: CheckedPair) -> [Finding] {
        let s = pair.sourceText.count, t = pair.targetText.count
        guard max(s, t) >= 40 else { return [] }
        let relative = Double(t) / Double(max(1, s)) / pair.medianLengthRatio
        guard relative > 2.2 || relative < 0.45 else { return [] }
        return [pair.finding(.text.lengthRatio, .note,
                             String(format: "the target is %.1f× as long as usual for this pair: check for omissions or additions", relative),
                             side: .target)]
    }

    /// Median target/source character ratio of the alignment's one-to-one content beads.
    static func medianRatio(_ alignment: Alignment) -> Double {
        let ratios = alignment.beads.filter { $0.role.isContent && $0.source.count == 1 && $0.target.count == 1 }.map {
            Double(alignment.targetText(of: $0).count) / Double(max(1, alignment.sourceText(of: $0).count))
        }.sorted()
        return ratios.isEmpty ? 1 : ratios[ratios.count / 2]
    }
}
