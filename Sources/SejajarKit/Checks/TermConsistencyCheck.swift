/// One source term rendered several accepted ways in the target texts checked together
/// (`term.inconsistent`): reported once per concept, source term and language, at the first
/// occurrence of the least used rendering. Deprecated renderings are `TermCheck`'s; this is about
/// the accepted ones. The source's own variation between accepted terms is not judged: without
/// the original there is no telling whether the original varied too.
///
/// Only terminology decisions count. Everyday words and verbs ("daerah" / "lokal", "menerapkan"
/// / "melaksanakan") vary as style does; an acronym is its term's short form ("PM" in a headline,
/// "Prime Minister" in the text); a span that names several concepts is claimed by none;
/// two renderings of one concept in one sentence pair are items of a list ("petisi dan
/// rekomendasi"), not variation; and a target that varies where its source varies too mirrors
/// the source: target renderings are compared only among those of one source term.
struct TermConsistencyCheck {
    let glossary: Glossary?
    /// One accepted target rendering: where it is, and the source term it renders.
    struct Occurrence {
        var alignment: Int
        var pair: CheckedPair
        var match: TermMatch
        /// The source term of the same concept in the pair; "" when the pair's source has no
        /// single term for the concept.
        var sourceTerm: String
    }
    /// Occurrences per target language, per concept.
    private var renderings: [String: [Int: [Occurrence]]] = [:]

    init(glossary: Glossary?) {
        self.glossary = glossary
    }

    /// Notes the accepted renderings of `pair`, which belongs to alignment number `alignment`.
    mutating func record(_ pair: CheckedPair, alignment: Int) {
        guard let glossary else { return }
        let sourceByConcept = Dictionary(grouping: pair.sourceTerms.filter(glossary.accepts), by: \.concept)
            .mapValues { Set($0.map { glossary.term(of: $0).text }) }
        for match in Self.decisions(pair.targetTerms, glossary: glossary) {
            let source = sourceByConcept[match.concept].flatMap { $0.count == 1 ? $0.first : nil } ?? ""
            renderings[pair.alignment.target.language.base, default: [:]][match.concept, default: []]
                .append(Occurrence(alignment: alignment, pair: pair, match: match, sourceTerm: source))
        }
    }

    /// The matches of one side of a pair that are terminology decisions: accepted, not everyday
    /// words, the only concept of their span, and not one of two renderings of a concept listed
    /// side by side in the pair.
    static func decisions(_ matches: [TermMatch], glossary: Glossary) -> [TermMatch] {
        let bySpan = Dictionary(grouping: matches, by: \.range)
        let candidates = matches.filter { glossary.accepts($0) && !glossary.term(of: $0).isEveryday && bySpan[$0.range]!.count == 1 }
        let termsPerConcept = Dictionary(grouping: candidates, by: \.concept).mapValues { Set($0.map(\.term)).count }
        // An acronym ("PM", "UBND") is its term's short form, for headlines and second mentions,
        // not a decision between renderings (and beside the full term in one pair, a gloss).
        return candidates.filter { termsPerConcept[$0.concept]! == 1 && !glossary.term(of: $0).exactOnly }
    }

    /// The findings, each with the number of the alignment it belongs to.
    func findings() -> [(alignment: Int, finding: Finding)] {
        guard let glossary else { return [] }
        var result: [(Int, Finding)] = []
        for key in renderings.keys.sorted() {
            for (concept, all) in renderings[key]!.sorted(by: { $0.key < $1.key }) {
                // Target renderings of one source term.
                for (_, occurrences) in Dictionary(grouping: all, by: \.sourceTerm).sorted(by: { $0.key < $1.key }) {
                    let byTerm = Dictionary(grouping: occurrences, by: { glossary.concepts[concept].terms[$0.match.term].text })
                    guard byTerm.count >= 2 else { continue }
                    let counts = byTerm.map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
                    let minority = byTerm[counts.last!.0]!.first!
                    let entry = glossary.concepts[concept]
                    let language = minority.pair.alignment.target.language.tag
                    let list = counts.map { "“\($0.0)” ×\($0.1)" }.joined(separator: ", ")
                    let rendering = minority.sourceTerm.isEmpty ? "" : " for “\(minority.sourceTerm)”"
                    let finding = minority.pair.finding(
                        .term.inconsistent, .warning, "\(entry.id)\(rendering) is rendered \(byTerm.count) ways in \(language): \(list)",
                        side: .target, offset: minority.match.range.lowerBound, concept: entry.id, target: CheckedPair.span(minority.match))
                    result.append((minority.alignment, finding))
                }
            }
        }
        return result
    }
}
