/// Checks two translations against each other through their original (`PivotAlignment`), where
/// the real errors show: a sentence of the original present in one translation and missing from
/// the other (`pivot.one-sided`), and a concept of the original rendered with its accepted term in
/// one translation and with a wrong, deprecated or no term in the other (`pivot.term-diverges`).
/// Every finding names all three sides.
///
/// Term divergences are read from each translation's own term findings (`TermCheck` on original
/// against translation), unit by unit: a concept the original names that one translation misses
/// or renders with a deprecated term while the other renders it. Where both miss it, each
/// translation's own finding says so and there is nothing to compare.
public struct PivotCheck: Sendable {
    /// The term base, for the rendering the other translation uses.
    public var glossary: Glossary?
    /// Units under this confidence (that both paths through the original are right) are not
    /// judged: a one-sided sentence there may be the aligner's doubt rather than an omission.
    public var minimumConfidence: Double

    /// Creates a check.
    public init(glossary: Glossary?, minimumConfidence: Double = 0.5) {
        self.glossary = glossary
        self.minimumConfidence = minimumConfidence
    }

    /// The findings on `pivot`, given each translation's own findings against the original
    /// (`first` on `pivot.first`, `second` on `pivot.second`).
    public func findings(_ pivot: PivotAlignment, first: [Finding], second: [Finding]) -> [Finding] {
        let translations = [pivot.first, pivot.second]
        let own = [first, second]
        // Each translation's term findings on the original's concepts, by unit.
        let unitOf = translations.map(pivot.units(of:))
        var terms: [[Int: [Finding]]] = [[:], [:]]
        for side in 0..<2 {
            for finding in own[side] where finding.code == .term.missing || finding.code == .term.deprecated {
                guard finding.concept != nil, let bead = finding.bead, bead < unitOf[side].count, let u = unitOf[side][bead] else { continue }
                // The original's concept missing, or a deprecated term in the translation.
                guard (finding.code == .term.missing && finding.source != nil) || (finding.code == .term.deprecated && finding.target != nil) else { continue }
                terms[side][u, default: []].append(finding)
            }
        }
        let languages = translations.map(\.target.language.tag)
        var matchers: [String: TermMatcher] = [:]
        var findings: [Finding] = []
        for (u, unit) in pivot.beads.enumerated() where unit.role.isContent && !unit.original.isEmpty && unit.confidence >= minimumConfidence {
            let texts = pivot.texts(of: unit)
            let originalLocation = SourceLocation(pivot.original, sentence: unit.original.lowerBound)
            let lines = Self.lines(pivot.original, unit.original)
            if unit.first.isEmpty != unit.second.isEmpty {
                let has = unit.first.isEmpty ? 1 : 0, lacks = 1 - has
                let range = has == 0 ? unit.first : unit.second
                let at = SourceLocation(translations[has].target, sentence: range.lowerBound)
                findings.append(Finding(
                    code: .pivot.oneSided, severity: .warning,
                    message: "the original's \(lines) (“\(Self.excerpt(texts.original))”) is rendered in \(languages[has]) "
                        + "(\(Self.fileName(at.path)):\(at.line)) but missing from \(languages[lacks])",
                    location: originalLocation, bead: u))
                continue
            }
            guard !unit.first.isEmpty, !unit.second.isEmpty else { continue }
            for side in 0..<2 {
                let other = 1 - side
                let otherConcepts = Set((terms[other][u] ?? []).compactMap(\.concept))
                for finding in terms[side][u] ?? [] where !otherConcepts.contains(finding.concept!) {
                    let concept = finding.concept!
                    let rendering = renderings(of: concept, in: other == 0 ? texts.first : texts.second, language: translations[other].target.language,
                                               matchers: &matchers)
                    guard let rendering else { continue }
                    let term = finding.source?.text ?? renderings(of: concept, in: texts.original, language: pivot.original.language, matchers: &matchers)
                    let named = term.map { "“\($0)” " } ?? ""
                    let problem = finding.code == .term.deprecated
                        ? "has the deprecated “\(finding.target?.text ?? "")”" : "has no accepted rendering"
                    findings.append(Finding(
                        code: .pivot.termDiverges, severity: finding.code == .term.deprecated ? .error : .warning,
                        message: "the original's \(named)(\(concept), \(lines)) is “\(rendering)” in \(languages[other]) but \(languages[side]) \(problem)",
                        location: finding.location, bead: u, concept: concept, source: finding.source, target: finding.target))
                }
            }
        }
        return findings
    }

    /// The text of an accepted term or rendering of `concept` in `text`, if any.
    /// Building a matcher reads the whole term base, so one is made per language and kept.
    func renderings(of concept: String, in text: String, language: Language, matchers: inout [String: TermMatcher]) -> String? {
        guard let glossary, let index = glossary.concepts.firstIndex(where: { $0.id == concept }) else { return nil }
        let matcher = matchers[language.base] ?? TermMatcher(glossary: glossary, language: language, strictCapitals: false, tolerant: true)
        matchers[language.base] = matcher
        return matcher.allMatches(in: text).first { $0.concept == index && glossary.accepts($0) }?.text
    }

    /// "line 12" or "lines 12–13" of `document` for sentences `range`.
    static func lines(_ document: Document, _ range: Range<Int>) -> String {
        let first = document.sentences[range.lowerBound].line, last = document.sentences[range.upperBound - 1].line
        return first == last ? "line \(first)" : "lines \(first)–\(last)"
    }

    /// The first words of `text`, for a message.
    static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "…"
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
