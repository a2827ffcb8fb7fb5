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

    /// Everything a reviewer sees for one alignment, in bead order: what the alignment itself
    /// shows (omissions, additions, moved sentences, different articles; `AlignmentCheck`), then
    /// what the checks find in each pair. What `sejajar check` prints and the review editor shows
    /// after every edit.
    public func findings(_ alignment: Alignment, matchers given: TermMatchers? = nil) -> [Finding] {
        var memo: CheckMemo? = nil
        return findings(alignment, matchers: given, memo: &memo)
    }

    /// `findings`, reusing what `memo` kept from the previous call (see `check(_:matchers:memo:)`).
    public func findings(_ alignment: Alignment, matchers given: TermMatchers? = nil, memo: inout CheckMemo?) -> [Finding] {
        let matchers = given ?? glossary.map { TermMatchers(glossary: $0, source: alignment.source.language, target: alignment.target.language) }
        let languages = memo?.languages ?? LanguageCheck().findings(alignment)
        let found = AlignmentCheck(matchers: matchers).findings(alignment, languages: languages) + check([alignment], matchers: matchers, memo: &memo)[0]
        memo?.languages = languages
        return found.sorted(by: Self.inBeadOrder)
    }

    /// The pair checks' findings on every content pair of `alignment` (the `index`th checked),
    /// recording each pair for the consistency check; with a memo, beads checked before keep
    /// their findings.
    func pairFindings(_ alignment: Alignment, index a: Int, matchers: TermMatchers?, checks: [any PairCheck],
                      consistency: inout TermConsistencyCheck, memo: inout CheckMemo?) -> [Finding] {
        let medianRatio = LengthRatioCheck.medianRatio(alignment)
        let known = memo?.entries ?? [:]
        var pairs = alignment.beads.indices.filter { alignment.beads[$0].role.isContent && !alignment.beads[$0].isNull }.map { b in
            if let entry = known[alignment.beads[b]], entry.pair.medianLengthRatio == medianRatio {
                return entry.pair.renumbered(b, in: alignment)
            }
            return CheckedPair(alignment: alignment, index: b, matchers: matchers, medianLengthRatio: medianRatio)
        }
        if let glossary {
            let profile = DomainProfile(sourceTerms: pairs.map(\.sourceTerms), targetTerms: pairs.map(\.targetTerms), glossary: glossary)
            let inDomain = profile.inDomain
            for k in pairs.indices { pairs[k].inDomain = inDomain }
        }
        let context = CheckMemo.Context(verdict: alignment.verdict, medianRatio: medianRatio, inDomain: pairs.first?.inDomain ?? true)
        let reusable = memo?.context == context
        var findings: [Finding] = []
        var entries: [Bead: CheckMemo.Entry] = [:]
        for pair in pairs {
            var found: [Finding]
            if reusable, let entry = known[pair.bead] {
                found = entry.findings
                for k in found.indices { found[k].bead = pair.index }
            } else {
                found = []
                for check in checks { found += check.findings(in: pair) }
                found = Self.onePerError(found)
            }
            findings += found
            consistency.record(pair, alignment: a)
            if memo != nil { entries[pair.bead] = CheckMemo.Entry(pair: pair, findings: found) }
        }
        if memo != nil { memo = CheckMemo(entries: entries, context: context, languages: memo?.languages) }
        return findings
    }

    /// Findings in bead order (those about the whole pair first), then by code and position.
    static func inBeadOrder(_ a: Finding, _ b: Finding) -> Bool {
        (a.bead ?? -1, a.code, a.source?.start ?? -1, a.target?.start ?? -1) < (b.bead ?? -1, b.code, b.source?.start ?? -1, b.target?.start ?? -1)
    }

    /// The glossary-free checks, in the order their findings are listed.
    static let textChecks: [any PairCheck] = [DoubletCheck(), NumberCheck(), AddressCheck(), UntranslatedCheck(), LengthRatioCheck()]

    /// Findings per alignment (same order); `term.inconsistent` looks across all of them.
    /// `matchers` already built for the alignments' languages (a report may share them) save
    /// building them again.
    public func check(_ alignments: [Alignment], matchers given: TermMatchers? = nil) -> [[Finding]] {
        var memo: CheckMemo? = nil
        return check(alignments, matchers: given, memo: &memo)
    }

    /// `check`, reusing what `memo` kept from an earlier call on the same documents: a bead
    /// checked before (same sentences, confidence and lock, under the same verdict, length ratio
    /// and domain) keeps its findings, renumbered; only new beads are checked. The memo then
    /// holds this call's beads. What the review editor calls after every edit.
    func check(_ alignments: [Alignment], matchers given: TermMatchers?, memo: inout CheckMemo?) -> [[Finding]] {
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
            findings += pairFindings(alignment, index: a, matchers: matchers, checks: checks, consistency: &consistency, memo: &memo)
            results.append(findings)
        }
        for (a, finding) in consistency.findings() { results[a].append(finding) }
        return results.map {
            $0.sorted(by: Self.inBeadOrder)
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
