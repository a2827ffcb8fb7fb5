/// One concept rendered several accepted ways across the texts checked together
/// (`term.inconsistent`): reported once per concept and language, at the first occurrence of the
/// least used rendering. Deprecated renderings are `TermCheck`'s; this is about the accepted ones.
struct TermConsistencyCheck {
    let glossary: Glossary?
    /// Accepted renderings per side and language, per concept: (alignment, pair, match, side).
    private var renderings: [String: [Int: [(alignment: Int, pair: CheckedPair, match: TermMatch, side: CheckedPair.Side)]]] = [:]

    init(glossary: Glossary?) {
        self.glossary = glossary
    }

    /// Notes the accepted renderings of `pair`, which belongs to alignment number `alignment`.
    mutating func record(_ pair: CheckedPair, alignment: Int) {
        guard let glossary else { return }
        for match in pair.sourceTerms where glossary.accepts(match) {
            renderings["s:" + pair.alignment.source.language.base, default: [:]][match.concept, default: []].append((alignment, pair, match, .source))
        }
        for match in pair.targetTerms where glossary.accepts(match) {
            renderings["t:" + pair.alignment.target.language.base, default: [:]][match.concept, default: []].append((alignment, pair, match, .target))
        }
    }

    /// The findings, each with the number of the alignment it belongs to.
    func findings() -> [(alignment: Int, finding: Finding)] {
        guard let glossary else { return [] }
        var result: [(Int, Finding)] = []
        for key in renderings.keys.sorted() {
            for (concept, occurrences) in renderings[key]!.sorted(by: { $0.key < $1.key }) {
                let byTerm = Dictionary(grouping: occurrences, by: { glossary.concepts[concept].terms[$0.match.term].text })
                guard byTerm.count >= 2 else { continue }
                let counts = byTerm.map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
                let minority = byTerm[counts.last!.0]!.first!
                let entry = glossary.concepts[concept]
                let language = minority.side == .source ? minority.pair.alignment.source.language.tag : minority.pair.alignment.target.language.tag
                let list = counts.map { "“\($0.0)” ×\($0.1)" }.joined(separator: ", ")
                let finding = minority.pair.finding(
                    .term.inconsistent, .warning, "\(entry.id) is rendered \(byTerm.count) ways in \(language): \(list)",
                    side: minority.side, offset: minority.match.range.lowerBound, concept: entry.id,
                    source: minority.side == .source ? CheckedPair.span(minority.match) : nil,
                    target: minority.side == .target ? CheckedPair.span(minority.match) : nil)
                result.append((minority.alignment, finding))
            }
        }
        return result
    }
}
