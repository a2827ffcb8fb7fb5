/// Glossary terms in a pair: a deprecated term or rendering on either side (`term.deprecated`,
/// an error), and a source concept with no accepted rendering in the target (`term.missing`).
///
/// Homonyms are read through the other side: a source word that names several concepts
/// ("presidente": a chairman, the head of state) is rendered correctly by any of them, and a
/// deprecated rendering that is another concept's right term ("servicio público": wrong for dân
/// vận, right for public services) is reported only when the other side shows the deprecated
/// reading was meant.
public struct TermCheck: PairCheck {
    /// The term base.
    public let glossary: Glossary
    /// Concepts by the folded text of their accepted source terms, for words naming several.
    let homonyms: [String: [Int]]

    /// A check of `glossary`'s terms for texts in `sourceLanguage`.
    public init(glossary: Glossary, sourceLanguage: Language) {
        self.glossary = glossary
        var table: [String: [Int]] = [:]
        for (c, concept) in glossary.concepts.enumerated() {
            for term in concept.terms(in: sourceLanguage) where term.status != .deprecated {
                let key = Inflection.fold(term.text)
                if table[key]?.last != c { table[key, default: []].append(c) }
            }
        }
        homonyms = table.filter { $0.value.count > 1 }
    }

    /// The deprecated and missing terms of `pair`.
    public func findings(in pair: CheckedPair) -> [Finding] {
        var findings: [Finding] = []
        let sourceMatches = pair.sourceTerms, targetMatches = pair.targetTerms
        let targetLanguage = pair.alignment.target.language
        let sourceAccepted = Set(sourceMatches.filter(glossary.accepts).map(\.concept))
        let targetAccepted = Set(targetMatches.filter(glossary.accepts).map(\.concept))
        for (side, matches) in [(CheckedPair.Side.source, sourceMatches), (.target, targetMatches)] {
            for match in matches {
                let concept = glossary.concepts[match.concept], term = concept.terms[match.term]
                guard term.status == .deprecated else { continue }
                // A deprecated rendering of one concept can be the right term of another; when
                // the other side carries that other concept, that is what was meant.
                let otherSide = side == .source ? targetAccepted : sourceAccepted
                if matches.contains(where: { $0.range == match.range && $0.concept != match.concept && glossary.accepts($0) && otherSide.contains($0.concept) }) {
                    continue
                }
                let language = side == .source ? pair.alignment.source.language : targetLanguage
                let preferred = concept.preferred(in: language).map { "; use “\($0.text)”" } ?? ""
                let pivot = glossary.pivot(of: concept).map { " (\($0.text))" } ?? ""
                findings.append(pair.finding(
                    .term.deprecated, .error, "“\(match.text)” is a deprecated rendering of \(concept.id)\(pivot)\(preferred)",
                    side: side, offset: match.range.lowerBound, concept: concept.id,
                    source: side == .source ? CheckedPair.span(match) : nil, target: side == .target ? CheckedPair.span(match) : nil))
            }
        }
        // A concept found in the source needs an accepted rendering in the target; matches that
        // share a span are alternatives (an ambiguous term), satisfied by any of their concepts.
        let targetConcepts = Dictionary(grouping: targetMatches, by: \.concept)
        let reported = Set(findings.compactMap { $0.source.map { $0.start..<$0.end } })
        for group in Dictionary(grouping: sourceMatches, by: \.range).values.sorted(by: { $0[0].range.lowerBound < $1[0].range.lowerBound }) {
            // A span already reported as a deprecated rendering is one problem, not two.
            guard !reported.contains(group[0].range) else { continue }
            // A deprecated source term is reported as such; its rendering is not looked for.
            guard group.contains(where: glossary.accepts) else { continue }
            var concepts = group.filter(glossary.accepts).map(\.concept)
            for match in group {
                let key = Inflection.fold(glossary.term(of: match).text)
                concepts += (homonyms[key] ?? []).filter { !concepts.contains($0) }
            }
            if group.contains(where: { !glossary.accepts($0) && targetAccepted.contains($0.concept) }) {
                continue  // the homonym's deprecated reading is rendered correctly in the target
            }
            // A deprecated rendering in the target is reported as term.deprecated instead.
            guard !concepts.contains(where: { targetConcepts[$0] != nil }) else { continue }
            let first = group.first(where: glossary.accepts)!
            let concept = glossary.concepts[first.concept]
            let wanted = concept.preferred(in: targetLanguage).map { "“\($0.text)”" } ?? "a \(targetLanguage.tag) rendering"
            findings.append(pair.finding(
                .term.missing, .warning, "“\(first.text)” (\(concept.id)) has no accepted rendering in the target; expected \(wanted)",
                side: .target, concept: concept.id, source: CheckedPair.span(first)))
        }
        return findings
    }
}
