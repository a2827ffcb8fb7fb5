/// Checks aligned text the way a reviewer would: every `PairCheck` over every content pair
/// (glossary terms missing or deprecated, doublets, numbers, addresses, untranslated text, length
/// ratios), then the consistency of term renderings across all the alignments given.
public struct Checker {
    /// The term base, or nil to run only the glossary-free checks.
    public var glossary: Glossary?

    /// Creates a checker.
    public init(glossary: Glossary?) {
        self.glossary = glossary
    }

    /// The glossary-free checks, in the order their findings are listed.
    static let textChecks: [any PairCheck] = [DoubletCheck(), NumberCheck(), AddressCheck(), UntranslatedCheck(), LengthRatioCheck()]

    /// Findings per alignment (same order); `term.inconsistent` looks across all of them.
    /// `matchers` already built for the alignments' languages (a report may share them) save
    /// building them again.
    public func check(_ alignments: [Alignment], matchers given: TermMatchers? = nil) -> [[Finding]] {
        var results: [[Finding]] = []
        var consistency = TermConsistencyCheck(glossary: glossary)
        var built: [TermMatchers] = given.map { [$0] } ?? []
        var termChecks: [String: TermCheck] = [:]
        for (a, alignment) in alignments.enumerated() {
            var findings: [Finding] = []
            let matchers = glossary.map {
                TermMatchers.shared(&built, glossary: $0, source: alignment.source.language, target: alignment.target.language)
            }
            var checks = Self.textChecks
            if let glossary {
                let base = alignment.source.language.base
                let termCheck = termChecks[base] ?? TermCheck(glossary: glossary, sourceLanguage: alignment.source.language)
                termChecks[base] = termCheck
                checks.insert(termCheck, at: 0)
            }
            let medianRatio = LengthRatioCheck.medianRatio(alignment)
            for (b, bead) in alignment.beads.enumerated() where bead.role == .content && !bead.isNull {
                let pair = CheckedPair(alignment: alignment, index: b, matchers: matchers, medianLengthRatio: medianRatio)
                for check in checks { findings += check.findings(in: pair) }
                consistency.record(pair, alignment: a)
            }
            results.append(findings)
        }
        for (a, finding) in consistency.findings() { results[a].append(finding) }
        return results.map {
            $0.sorted { ($0.bead ?? -1, $0.code, $0.source?.start ?? -1, $0.target?.start ?? -1) < ($1.bead ?? -1, $1.code, $1.source?.start ?? -1, $1.target?.start ?? -1) }
        }
    }
}
