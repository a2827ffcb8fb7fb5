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
                let base = alignment.source.language.base + ">" + alignment.target.language.base
                let termCheck = termChecks[base] ?? TermCheck(glossary: glossary, sourceLanguage: alignment.source.language,
                                                              targetLanguage: alignment.target.language)
                termChecks[base] = termCheck
                checks.insert(termCheck, at: 0)
            }
            let medianRatio = LengthRatioCheck.medianRatio(alignment)
            var pairs = alignment.beads.indices.filter { alignment.beads[$0].role.isContent && !alignment.beads[$0].isNull }.map {
                CheckedPair(alignment: alignment, index: $0, matchers: matchers, medianLengthRatio: medianRatio)
            }
            if let glossary {
                let profile = DomainProfile(sourceTerms: pairs.map(\.sourceTerms), targetTerms: pairs.map(\.targetTerms), glossary: glossary)
                let inDomain = profile.inDomain
                for k in pairs.indices { pairs[k].inDomain = inDomain }
            }
            for pair in pairs {
                var found: [Finding] = []
                for check in checks { found += check.findings(in: pair) }
                findings += Self.onePerError(found)
                consistency.record(pair, alignment: a)
            }
            results.append(findings)
        }
        for (a, finding) in consistency.findings() { results[a].append(finding) }
        return results.map {
            $0.sorted { ($0.bead ?? -1, $0.code, $0.source?.start ?? -1, $0.target?.start ?? -1) < ($1.bead ?? -1, $1.code, $1.source?.start ?? -1, $1.target?.start ?? -1) }
        }
    }

    /// Codes that name one error more specifically than the next: a deprecated term says what is
    /// wrong and what to write; a missing term only that a rendering is absent; a doublet only
    /// that an item was lost.
    static let specificity: [FindingCode] = [.term.deprecated, .term.missing, .text.doublet]

    /// The findings of one pair with one finding per error: where two of `specificity`'s codes
    /// point at overlapping words on the same side, the more specific stays and says the other
    /// too ("… (also doublet: …)").
    static func onePerError(_ findings: [Finding]) -> [Finding] {
        func rank(_ f: Finding) -> Int? { specificity.firstIndex(of: f.code) }
        func overlap(_ a: Finding.Span?, _ b: Finding.Span?) -> Bool {
            guard let a, let b else { return false }
            return a.start < b.end && b.start < a.end
        }
        var result = findings
        var dropped = Set<Int>()
        for (k, finding) in findings.enumerated() {
            guard let r = rank(finding) else { continue }
            let keeper = findings.indices.filter { j in
                guard j != k, !dropped.contains(j), let other = rank(findings[j]), other < r else { return false }
                return overlap(findings[j].source, finding.source) || overlap(findings[j].target, finding.target)
            }.min { rank(findings[$0])! < rank(findings[$1])! }
            guard let keeper else { continue }
            dropped.insert(k)
            result[keeper].message += " (also \(finding.code.rawValue): \(finding.message))"
        }
        return result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }
}
