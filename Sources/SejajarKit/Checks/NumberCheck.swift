/// The numbers of a pair differ (`number.mismatch`): a figure lost, changed or added in
/// translation. Numbers written with other separators ("7:55" / "7.55", "1.500" / "1 500") are
/// the same digits and pass.
public struct NumberCheck: PairCheck {
    /// Creates the check.
    public init() {}

    /// One finding when the numbers differ, naming what each side has that the other lacks.
    public func findings(in pair: CheckedPair) -> [Finding] {
        let sourceNumbers = Tokenizer.tokens(pair.sourceText).filter(\.isNumber).map(\.folded)
        let targetNumbers = Tokenizer.tokens(pair.targetText).filter(\.isNumber).map(\.folded)
        let sameDigits = sourceNumbers.joined().filter(\.isNumber) == targetNumbers.joined().filter(\.isNumber)
        guard sourceNumbers.sorted() != targetNumbers.sorted() && !sameDigits else { return [] }
        let missing = Self.difference(sourceNumbers, targetNumbers), extra = Self.difference(targetNumbers, sourceNumbers)
        var parts: [String] = []
        if !missing.isEmpty { parts.append("source has \(missing.joined(separator: ", ")) not in the target") }
        if !extra.isEmpty { parts.append("target has \(extra.joined(separator: ", ")) not in the source") }
        return [pair.finding(.text.numberMismatch, .warning, "numbers differ: " + parts.joined(separator: "; "), side: .target)]
    }

    /// The items of `a` left after taking out one of each item of `b` (a multiset difference).
    static func difference(_ a: [String], _ b: [String]) -> [String] {
        var remaining = b
        var result: [String] = []
        for item in a {
            if let k = remaining.firstIndex(of: item) { remaining.remove(at: k) } else { result.append(item) }
        }
        return result
    }
}
