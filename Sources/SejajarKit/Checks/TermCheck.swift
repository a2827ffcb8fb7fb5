/// Glossary terms in a pair: a deprecated term or rendering on either side (`term.deprecated`,
/// an error), and a concept named on one side with no accepted rendering on the other
/// (`term.missing`). Both texts render one original, so both directions are looked at: a source
/// concept the target lost, and a target concept the source lost (a wrong or dropped term in the
/// source). An error seen from both sides (a concept rendered as another's term) is one finding.
///
/// Homonyms are read through the other side: a word that names several concepts
/// ("presidente": a chairman, the head of state) is rendered correctly by any of them, and a
/// deprecated rendering that is another concept's right term ("servicio público": wrong for dân
/// vận, right for public services) is reported only when the other side shows the deprecated
/// reading was meant.
public struct TermCheck: PairCheck {
    /// The term base.
    public let glossary: Glossary
    /// Concepts by the folded text of their accepted terms, for words naming several, in the
    /// source and in the target language.
    let sourceHomonyms: [String: [Int]]
    let targetHomonyms: [String: [Int]]
    /// How each side's terms are folded to look their homonyms up.
    let sourceFolding: LanguageFolding
    let targetFolding: LanguageFolding

    /// A check of `glossary`'s terms for texts in `sourceLanguage` and `targetLanguage`.
    public init(glossary: Glossary, sourceLanguage: Language, targetLanguage: Language) {
        self.glossary = glossary
        sourceHomonyms = Self.homonyms(glossary, sourceLanguage)
        targetHomonyms = Self.homonyms(glossary, targetLanguage)
        sourceFolding = LanguageFolding(sourceLanguage)
        targetFolding = LanguageFolding(targetLanguage)
    }

    /// Accepted terms of `language` that name more than one concept, by their folded text.
    static func homonyms(_ glossary: Glossary, _ language: Language) -> [String: [Int]] {
        let folding = LanguageFolding(language)
        var table: [String: [Int]] = [:]
        for (c, concept) in glossary.concepts.enumerated() {
            for term in concept.terms(in: language) where term.status != .deprecated {
                let key = folding.fold(term.text)
                if table[key]?.last != c { table[key, default: []].append(c) }
            }
        }
        return table.filter { $0.value.count > 1 }
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
                // Another country's body, or a company's chair, is not the concept it is written like.
                guard term.status == .deprecated, !match.foreign else { continue }
                // A deprecated everyday word ("penggajian": payroll, wrong for a staffing quota),
                // and outside the domain any deprecated term in lower case ("servicios públicos":
                // utilities), is the mistake only where the other side names the concept it
                // mistranslates; a capitalised name ("Comité de Servicio Público") is the term's use.
                if term.isEveryday || (!pair.inDomain && !(term.text.first?.isUppercase ?? false)) {
                    let other = side == .source ? pair.allTargetTerms : pair.allSourceTerms
                    guard other.contains(where: { $0.concept == match.concept && glossary.accepts($0) }) else { continue }
                }
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
        var lost = missing(in: pair, from: .source, reported: Set(findings.compactMap { $0.source.map { $0.start..<$0.end } }))
        // Outside the domain a target's term is no evidence the source needed one ("rumah
        // tangga" for "familias"): only the source's terms are asked for there.
        let gained = !pair.inDomain ? [] : missing(in: pair, from: .target, reported: Set(findings.compactMap { $0.target.map { $0.start..<$0.end } }))
        // A concept rendered as another's term shows from both sides: one finding, naming both.
        for (k, other) in gained.enumerated() {
            if k < lost.count, let span = other.target {
                lost[k].message += "; the target has “\(span.text)” (\(other.concept ?? "")) there instead"
                lost[k].target = span
            } else if let d = sameError(other, asDeprecatedIn: findings, pair), let span = other.target, let words = findings[d].source {
                // A deprecated source term and the target's term it failed to render are one error:
                // the deprecated finding says both, unless its words are also another concept's
                // accepted term ("servicio público": wrong for dân vận, right for public
                // services); then the target's term says what was meant, and its finding stays.
                let ambiguous = pair.allSourceTerms.contains {
                    $0.range == words.start..<words.end && glossary.accepts($0) && glossary.concepts[$0.concept].id != findings[d].concept
                }
                if ambiguous {
                    var kept = other
                    kept.message += "; the source’s “\(words.text)” is a deprecated rendering of \(findings[d].concept ?? "")"
                    kept.source = words
                    findings[d] = kept
                } else {
                    findings[d].message += "; the target’s “\(span.text)” (\(other.concept ?? "")) has no accepted rendering in the source"
                    if findings[d].target == nil { findings[d].target = span }
                }
            } else {
                findings.append(other)
            }
        }
        findings += lost
        return findings
    }

    /// The index in `findings` of the source's deprecated-term finding that `gained` (a target
    /// term with no rendering in the source) is the other side of: the deprecated term's concept
    /// rendered in the target only inside the target term's words ("Comité del Pueblo" for the
    /// "Komite Rakyat" of "Wakil Ketua Komite Rakyat"), or the two at the same place of their
    /// sentences (within a fifth of the text), as a translation keeps its words' order.
    func sameError(_ gained: Finding, asDeprecatedIn findings: [Finding], _ pair: CheckedPair) -> Int? {
        guard let target = gained.target else { return nil }
        let candidates = findings.indices.filter { findings[$0].code == .term.deprecated && findings[$0].source != nil }
        func place(_ offset: Int, _ text: String) -> Double { Double(offset) / Double(max(1, text.count)) }
        let there = place(target.start, pair.targetText)
        return candidates.min { a, b in
            abs(place(findings[a].source!.start, pair.sourceText) - there) < abs(place(findings[b].source!.start, pair.sourceText) - there)
        }.flatMap { d in
            let concept = findings[d].concept
            let renderings = pair.allTargetTerms.filter { glossary.concepts[$0.concept].id == concept }
            let inside = !renderings.isEmpty && renderings.allSatisfy { $0.range.overlaps(target.start..<target.end) }
            return inside || abs(place(findings[d].source!.start, pair.sourceText) - there) <= 0.2 ? d : nil
        }
    }

    /// Whether the terms of `parts` (found in `nested`) cover `span` of `text` but for function
    /// words and punctuation: "inspección y supervisión" is its two parts; "Ley de Ejercicio de
    /// la Democracia en las Bases" is more than "Ley" and "Bases".
    func covers(_ parts: Set<Int>, _ span: Range<Int>, in text: String, _ nested: [TermMatch]) -> Bool {
        var covered = [Bool](repeating: false, count: span.count)
        for match in nested where parts.contains(match.concept) && span.contains(match.range.lowerBound) && match.range.upperBound <= span.upperBound {
            for k in match.range { covered[k - span.lowerBound] = true }
        }
        let characters = Array(text)
        var rest = ""
        for k in span { rest.append(covered[k - span.lowerBound] ? " " : characters[k]) }
        return Tokenizer.words(in: rest).allSatisfy {
            let word = Tokenizer.fold($0.text)
            return TermMatcher.functionWords.contains(word) || TermMatcher.coordinators.contains(word)
        }
    }

    /// `term.missing`: a concept named on side `from` needs an accepted rendering on the other.
    /// Judged only where there is a translation to judge (a pair of a parallel or partial
    /// alignment, confident or locked), and for everyday words only in text of the domain.
    /// Renderings nested in longer ones count ("Komite Partai Provinsi" inside a title), each
    /// word serving one concept; a term made of others ("inspección y supervisión") is rendered
    /// when its parts are; matches that share a span are alternatives (an ambiguous term),
    /// satisfied by any of their concepts.
    func missing(in pair: CheckedPair, from side: CheckedPair.Side, reported: Set<Range<Int>>) -> [Finding] {
        guard pair.isTrustedTranslation else { return [] }
        // What names a concept on this side, nested matches included, and the longest of them.
        let nested = (side == .source ? pair.allSourceTerms : pair.allTargetTerms).filter(\.names)
        let named = TermMatcher.longest(nested)
        let otherAll = side == .source ? pair.allTargetTerms : pair.allSourceTerms
        let otherLongest = side == .source ? pair.targetTerms : TermMatcher.longest(pair.allSourceTerms)
        let homonyms = side == .source ? sourceHomonyms : targetHomonyms
        let folding = side == .source ? sourceFolding : targetFolding
        let otherLanguage = side == .source ? pair.alignment.target.language : pair.alignment.source.language
        let otherAccepted = Set(otherLongest.filter(glossary.accepts).map(\.concept))
        let otherDeprecated = Set(otherLongest.filter { !glossary.accepts($0) }.map(\.concept))
        // Word-for-word renderings first; a tolerant one (an ellipsis shares its words with the
        // first conjunct) neither claims words nor is kept from them.
        let renderings = otherAll.filter { glossary.accepts($0) && $0.exact } + otherAll.filter { glossary.accepts($0) && !$0.exact }
        var claims: [(range: Range<Int>, concept: Int)] = []
        /// Claims a rendering of one of `concepts` whose words no other concept has claimed.
        func render(_ concepts: [Int]) -> Bool {
            for match in renderings where concepts.contains(match.concept) {
                guard match.exact else { return true }
                guard !claims.contains(where: { $0.concept != match.concept && $0.range.overlaps(match.range) }) else { continue }
                claims.append((match.range, match.concept))
                return true
            }
            return false
        }
        var findings: [Finding] = []
        let groups = Dictionary(grouping: named, by: \.range).values
            .sorted { ($0[0].range.count, -$0[0].range.lowerBound) > ($1[0].range.count, -$1[0].range.lowerBound) }
        for group in groups {
            // A span already reported as a deprecated rendering is one problem, not two.
            guard !reported.contains(group[0].range) else { continue }
            // A deprecated term is reported as such; its rendering is not looked for.
            guard group.contains(where: glossary.accepts) else { continue }
            // Another country's body ("Congreso", the US Congress) is in the term base so that
            // its renderings are accepted, not asked for.
            guard group.contains(where: { glossary.isDomain($0) }) else { continue }
            // What names a concept firmly enough to ask for its rendering: a preferred term, or
            // an admitted one that is not an everyday word ("empleado", "población" are loose
            // variants). From the target only preferred terms do: an admitted variant ("menerima
            // warga", a verb) often has no counterpart listed in the source language.
            guard group.contains(where: { match in
                let term = glossary.term(of: match)
                return term.status == .preferred || (side == .source && term.status == .admitted && !term.isEveryday)
            }) else { continue }
            // Outside the domain an everyday word is used in its everyday sense, even written as
            // part of a name ("el Secretario de Comercio" is "Menteri Perdagangan", rightly); and a
            // target's everyday word is too loose a rendering to ask the source for its concept.
            guard (side == .source && pair.inDomain) || group.contains(where: { !glossary.term(of: $0).isEveryday }) else { continue }
            // Outside the domain a term in lower case is an everyday phrase there ("rumah tangga",
            // households; "pihak berwenang", the authorities; "anggota partai", a member of any
            // party): only names (a term written with a capital, an acronym) are asked for.
            guard pair.inDomain || group.contains(where: { glossary.term(of: $0).isName }) else { continue }
            var concepts = group.filter(glossary.accepts).map(\.concept)
            for match in group {
                let key = folding.fold(glossary.term(of: match).text)
                concepts += (homonyms[key] ?? []).filter { !concepts.contains($0) }
            }
            if group.contains(where: { !glossary.accepts($0) && otherAccepted.contains($0.concept) }) {
                continue  // the homonym's deprecated reading is rendered correctly on the other side
            }
            // A deprecated rendering on the other side is reported as term.deprecated instead.
            guard !concepts.contains(where: otherDeprecated.contains) else { continue }
            if render(concepts) { continue }
            // A term made of other terms is rendered when each of its parts is.
            let span = group[0].range
            let parts = Set(nested.filter {
                glossary.accepts($0) && $0.range != span && span.contains($0.range.lowerBound) && $0.range.upperBound <= span.upperBound
                    && !concepts.contains($0.concept)
            }.map(\.concept))
            let saved = claims
            if parts.count >= 2, covers(parts, span, in: side == .source ? pair.sourceText : pair.targetText, nested),
               parts.sorted().allSatisfy({ render([$0]) }) { continue }
            claims = saved
            let first = group.first(where: glossary.accepts)!
            let concept = glossary.concepts[first.concept]
            let wanted = concept.preferred(in: otherLanguage).map { "“\($0.text)”" } ?? "a \(otherLanguage.tag) rendering"
            let message = side == .source
                ? "“\(first.text)” (\(concept.id)) has no accepted rendering in the target; expected \(wanted)"
                : "the target’s “\(first.text)” (\(concept.id)) has no accepted rendering in the source; expected \(wanted)"
            findings.append(pair.finding(.term.missing, .warning, message, side: side == .source ? .target : .source, concept: concept.id,
                                         source: side == .source ? CheckedPair.span(first) : nil,
                                         target: side == .target ? CheckedPair.span(first) : nil))
        }
        return findings.sorted { (($0.source ?? $0.target)?.start ?? 0) < (($1.source ?? $1.target)?.start ?? 0) }
    }
}
