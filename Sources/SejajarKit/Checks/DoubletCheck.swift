/// A coordinated pair that lost an item in translation: one item repeated, joined by a comma or a
/// coordinator ("pengaduan, pengaduan", "sah dan sah") in the target where the source has no such
/// repetition (`doublet`). A repetition the source has too ("más y más" / "lagi dan lagi") is
/// style, not loss.
public struct DoubletCheck: PairCheck {
    /// Coordinators that join two items, in the languages Sejajar knows and a few more.
    static let coordinators: Set<String> = ["dan", "atau", "serta", "maupun", "y", "e", "o", "u", "ni", "and", "or", "et", "ou", "und", "oder", "và", "hoặc"]

    /// Creates the check.
    public init() {}

    /// The target's doublets that the source does not have.
    public func findings(in pair: CheckedPair) -> [Finding] {
        let sourceSpans = Self.spans(pair.sourceText), targetSpans = Self.spans(pair.targetText)
        guard targetSpans.count > sourceSpans.count else { return [] }
        let sourceDoublets = Set(sourceSpans.map { Tokenizer.fold($0.text) })
        return targetSpans.filter { !sourceDoublets.contains(Tokenizer.fold($0.text)) }.map { span in
            pair.finding(.text.doublet, .warning, "“\(span.text)” repeats one item where the source has two: a word was lost in translation",
                         side: .target, offset: span.start, target: span)
        }
    }

    /// Repeated items joined by a comma or a coordinator, as spans of `text`.
    static func spans(_ text: String) -> [Finding.Span] {
        let characters = Array(text)
        let words = Tokenizer.words(in: text, rules: .innerHyphens).map { (range: $0.range, folded: Tokenizer.fold($0.text)) }
        func span(_ range: Range<Int>) -> Finding.Span {
            Finding.Span(start: range.lowerBound, end: range.upperBound, text: String(characters[range]))
        }
        func gap(_ a: Range<Int>, _ b: Range<Int>) -> String {
            String(characters[a.upperBound..<b.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        var spans: [Finding.Span] = []
        for k in 0..<max(0, words.count - 1) {
            let first = words[k], second = words[k + 1]
            guard first.folded == second.folded, first.folded.count >= 3, first.folded.contains(where: \.isLetter) else { continue }
            if gap(first.range, second.range) == "," { spans.append(span(first.range.lowerBound..<second.range.upperBound)) }
        }
        for k in 0..<max(0, words.count - 2) {
            let first = words[k], middle = words[k + 1], last = words[k + 2]
            guard first.folded == last.folded, first.folded.count >= 3, first.folded.contains(where: \.isLetter),
                  coordinators.contains(middle.folded) else { continue }
            let before = gap(first.range, middle.range), after = gap(middle.range, last.range)
            guard before.isEmpty || before == ",", after.isEmpty else { continue }
            spans.append(span(first.range.lowerBound..<last.range.upperBound))
        }
        return spans.sorted { $0.start < $1.start }
    }
}
