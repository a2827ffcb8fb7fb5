/// The figures of a pair differ (`number.mismatch`): a figure lost, changed or added in
/// translation. Figures are compared by what they say, not by how they are written
/// (`Quantity`): "1.500" and "1,500", "2.350 millones" and "2,35 miliar", "17.00" and "5 de la
/// tarde", "XVII" and "ke-17", "años noventa" and "1990-an", "diez" and "10" are the same figure.
/// A figure in digits must be carried by the other side, in digits or in words; a number word
/// or a Roman numeral is never required ("un", "satu" and "I" are rarely figures). A measure
/// carried in another unit ("45 ha" / "450.000 m²", "seis metros" / "20 kaki") is a
/// conversion, worth a look but not an error (`number.converted`, a note). Only pairs that are
/// trusted translations are compared (`CheckedPair.isTrustedTranslation`).
public struct NumberCheck: PairCheck {
    /// Creates the check.
    public init() {}

    /// One finding when figures differ, naming each side's unmatched figures with their reading,
    /// and one note per unit conversion.
    public func findings(in pair: CheckedPair) -> [Finding] {
        guard pair.isTrustedTranslation else { return [] }
        // Only figures in digits are required, so a pair without a digit has nothing to miss.
        guard pair.sourceText.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || pair.targetText.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
        else { return [] }
        let source = Quantity.read(pair.sourceText, language: pair.alignment.source.language)
        let target = Quantity.read(pair.targetText, language: pair.alignment.target.language)
        guard !source.isEmpty || !target.isEmpty else { return [] }
        var sourceUsed = [Bool](repeating: false, count: source.count), targetUsed = [Bool](repeating: false, count: target.count)
        var conversions: [(Int, Int)] = []
        // Same figures first (digits with digits, then with words), conversions last, left to right.
        for wanted in [Quantity.Agreement.same, .converted] {
            for firmOnly in [true, false] {
                for (s, a) in source.enumerated() where !sourceUsed[s] {
                    for (t, b) in target.enumerated() where !targetUsed[t] {
                        guard a.isFirm || b.isFirm, !firmOnly || (a.isFirm && b.isFirm), a.agreement(with: b) == wanted else { continue }
                        sourceUsed[s] = true
                        targetUsed[t] = true
                        if wanted == .converted { conversions.append((s, t)) }
                        break
                    }
                }
            }
        }
        var findings: [Finding] = []
        let missing = source.indices.filter { !sourceUsed[$0] && source[$0].isFirm }
        let extra = target.indices.filter { !targetUsed[$0] && target[$0].isFirm }
        if !missing.isEmpty || !extra.isEmpty {
            var parts: [String] = []
            if !missing.isEmpty { parts.append("the source has \(Self.list(missing.map { source[$0] })) not in the target") }
            if !extra.isEmpty { parts.append("the target has \(Self.list(extra.map { target[$0] })) not in the source") }
            let first = extra.first.map { target[$0] }
            findings.append(pair.finding(.text.numberMismatch, .warning, "figures differ: " + parts.joined(separator: "; "),
                                         side: .target, offset: first?.range.lowerBound ?? 0,
                                         source: missing.first.map { Self.span(source[$0]) }, target: first.map(Self.span)))
        }
        for (s, t) in conversions {
            let a = source[s], b = target[t]
            findings.append(pair.finding(.text.numberConverted, .note, "“\(a.text)” is given as “\(b.text)” in the target: a unit conversion, rounded or not; check the figure",
                                         side: .target, offset: b.range.lowerBound, source: Self.span(a), target: Self.span(b)))
        }
        return findings
    }

    static func span(_ quantity: Quantity) -> Finding.Span {
        Finding.Span(start: quantity.range.lowerBound, end: quantity.range.upperBound, text: quantity.text)
    }

    /// “47.000” (47000), “2,35 miliar” (2350000000): each figure as written, with its reading
    /// when that is not the text itself.
    static func list(_ quantities: [Quantity]) -> String {
        quantities.map { q in q.text == q.reading ? "“\(q.text)”" : "“\(q.text)” (\(q.reading))" }.joined(separator: ", ")
    }
}
