import Foundation

/// Checks aligned text the way a reviewer would: glossary terms missing, deprecated or rendered
/// inconsistently, coordinated doublets that lost a word in translation, numbers and addresses
/// that do not match, untranslated segments and suspicious length ratios. Everything it finds is
/// a `Finding` tied to a bead and to character spans in that bead's texts.
public struct Checker {
    /// The term base, or nil to run only the glossary-free checks.
    public var glossary: Glossary?

    /// Creates a checker.
    public init(glossary: Glossary?) {
        self.glossary = glossary
    }

    /// Findings per alignment (same order); `term.inconsistent` looks across all of them.
    /// `matchers` already built for the alignments' languages (a report may share them) save
    /// building them again.
    public func check(_ alignments: [Alignment], matchers given: TermMatchers? = nil) -> [[Finding]] {
        var results: [[Finding]] = []
        // Renderings per (language, concept): term index → occurrences (alignment, bead, match).
        var renderings: [String: [Int: [(alignment: Int, bead: Int, match: TermMatch, side: Side)]]] = [:]
        // One pair of matchers per language pair.
        var built: [TermMatchers] = given.map { [$0] } ?? []
        func matchers(_ alignment: Alignment) -> TermMatchers? {
            glossary.map { TermMatchers.shared(&built, glossary: $0, source: alignment.source.language, target: alignment.target.language) }
        }
        var homonymTables: [String: [String: [Int]]] = [:]
        for (a, alignment) in alignments.enumerated() {
            var findings: [Finding] = []
            if let glossary, homonymTables[alignment.source.language.base] == nil {
                homonymTables[alignment.source.language.base] = Self.homonyms(glossary, language: alignment.source.language)
            }
            let pair = matchers(alignment)
            let sourceMatcher = pair?.source, targetMatcher = pair?.target
            let medianRatio = Self.medianRatio(alignment)
            for (b, bead) in alignment.beads.enumerated() where bead.role == .content && !bead.isNull {
                let sourceText = alignment.sourceText(of: bead), targetText = alignment.targetText(of: bead)
                let context = BeadContext(alignment: alignment, index: b, bead: bead, sourceText: sourceText, targetText: targetText)
                if let glossary, let sourceMatcher, let targetMatcher {
                    let sourceMatches = sourceMatcher.matches(in: sourceText), targetMatches = targetMatcher.matches(in: targetText)
                    findings += termFindings(glossary, context, sourceMatches, targetMatches,
                                             homonyms: homonymTables[alignment.source.language.base] ?? [:])
                    // Consistency is about the accepted renderings; deprecated ones are reported as such.
                    for match in sourceMatches where glossary.accepts(match) {
                        renderings["s:" + alignment.source.language.base, default: [:]][match.concept, default: []].append((a, b, match, .source))
                    }
                    for match in targetMatches where glossary.accepts(match) {
                        renderings["t:" + alignment.target.language.base, default: [:]][match.concept, default: []].append((a, b, match, .target))
                    }
                }
                findings += Self.doublets(context)
                findings += Self.numbersAndAddresses(context)
                findings += Self.untranslated(context)
                findings += Self.lengthRatio(context, median: medianRatio)
            }
            results.append(findings)
        }
        if let glossary {
            for key in renderings.keys.sorted() {
                for (concept, occurrences) in renderings[key]!.sorted(by: { $0.key < $1.key }) {
                    if let finding = Self.inconsistency(glossary, concept: concept, occurrences: occurrences, alignments: alignments) {
                        results[finding.alignment].append(finding.finding)
                    }
                }
            }
        }
        return results.map { $0.sorted { ($0.bead ?? -1, $0.code, $0.source?.start ?? -1, $0.target?.start ?? -1) < ($1.bead ?? -1, $1.code, $1.source?.start ?? -1, $1.target?.start ?? -1) } }
    }

    enum Side { case source, target }

    struct BeadContext {
        var alignment: Alignment
        var index: Int
        var bead: Bead
        var sourceText: String
        var targetText: String

        /// A finding located on `side` at character `offset` of the bead's text.
        func finding(_ code: String, _ severity: Severity, _ message: String, side: Side, offset: Int = 0,
                     concept: String? = nil, source: Finding.Span? = nil, target: Finding.Span? = nil) -> Finding {
            let document = side == .source ? alignment.source : alignment.target
            let range = side == .source ? bead.source : bead.target
            // The bead's text is its sentences joined by one space: find the sentence the offset
            // falls in, and point at that sentence's line and column.
            var sentence = document.sentences[range.lowerBound], local = offset
            for s in range {
                sentence = document.sentences[s]
                if local <= sentence.text.count || s == range.upperBound - 1 { break }
                local -= sentence.text.count + 1
            }
            let position = sentence.position(at: max(0, local))
            return Finding(code: code, severity: severity, message: message, path: document.path, line: position.line,
                           column: position.column, bead: index, concept: concept, source: source, target: target)
        }
    }

    static func span(_ match: TermMatch) -> Finding.Span {
        Finding.Span(start: match.range.lowerBound, end: match.range.upperBound, text: match.text)
    }

    /// Concepts by the folded text of their terms in `language`: a source word that names several
    /// concepts ("presidente": a chairman, the head of state) is rendered correctly by any of them.
    static func homonyms(_ glossary: Glossary, language: Language) -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        for (c, concept) in glossary.concepts.enumerated() {
            for term in concept.terms(in: language) where term.status != .deprecated {
                let key = Inflection.fold(term.text)
                if table[key]?.last != c { table[key, default: []].append(c) }
            }
        }
        return table.filter { $0.value.count > 1 }
    }

    func termFindings(_ glossary: Glossary, _ context: BeadContext, _ sourceMatches: [TermMatch], _ targetMatches: [TermMatch],
                      homonyms: [String: [Int]]) -> [Finding] {
        var findings: [Finding] = []
        let targetLanguage = context.alignment.target.language
        let sourceAccepted = Set(sourceMatches.filter(glossary.accepts).map(\.concept))
        let targetAccepted = Set(targetMatches.filter(glossary.accepts).map(\.concept))
        for (side, matches) in [(Side.source, sourceMatches), (.target, targetMatches)] {
            for match in matches {
                let concept = glossary.concepts[match.concept], term = concept.terms[match.term]
                guard term.status == .deprecated else { continue }
                // A deprecated rendering of one concept can be the right term of another ("servicio
                // público": wrong for dân vận, right for public services); when the other side
                // carries that other concept, that is what was meant.
                let otherSide = side == .source ? targetAccepted : sourceAccepted
                if matches.contains(where: { $0.range == match.range && $0.concept != match.concept && glossary.accepts($0) && otherSide.contains($0.concept) }) {
                    continue
                }
                let language = side == .source ? context.alignment.source.language : targetLanguage
                let preferred = concept.preferred(in: language).map { "; use “\($0.text)”" } ?? ""
                let pivot = concept.terms.first { $0.language == "vi" }.map { " (\($0.text))" } ?? ""
                findings.append(context.finding(
                    "term.deprecated", .error, "“\(match.text)” is a deprecated rendering of \(concept.id)\(pivot)\(preferred)",
                    side: side, offset: match.range.lowerBound, concept: concept.id,
                    source: side == .source ? Self.span(match) : nil, target: side == .target ? Self.span(match) : nil))
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
            findings.append(context.finding(
                "term.missing", .warning, "“\(first.text)” (\(concept.id)) has no accepted rendering in the target; expected \(wanted)",
                side: .target, concept: concept.id, source: Self.span(first)))
        }
        return findings
    }

    static func inconsistency(_ glossary: Glossary, concept: Int, occurrences: [(alignment: Int, bead: Int, match: TermMatch, side: Side)],
                              alignments: [Alignment]) -> (alignment: Int, finding: Finding)? {
        let byTerm = Dictionary(grouping: occurrences, by: { glossary.concepts[concept].terms[$0.match.term].text })
        guard byTerm.count >= 2 else { return nil }
        let counts = byTerm.map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        let minority = byTerm[counts.last!.0]!.first!
        let alignment = alignments[minority.alignment]
        let bead = alignment.beads[minority.bead]
        let context = BeadContext(alignment: alignment, index: minority.bead, bead: bead, sourceText: alignment.sourceText(of: bead),
                                  targetText: alignment.targetText(of: bead))
        let entry = glossary.concepts[concept]
        let language = minority.side == .source ? alignment.source.language.tag : alignment.target.language.tag
        let list = counts.map { "“\($0.0)” ×\($0.1)" }.joined(separator: ", ")
        let finding = context.finding("term.inconsistent", .warning, "\(entry.id) is rendered \(byTerm.count) ways in \(language): \(list)",
                                      side: minority.side, offset: minority.match.range.lowerBound, concept: entry.id,
                                      source: minority.side == .source ? span(minority.match) : nil,
                                      target: minority.side == .target ? span(minority.match) : nil)
        return (minority.alignment, finding)
    }

    /// Coordinators that join two items, in the languages Sejajar knows and a few more.
    static let coordinators: Set<String> = ["dan", "atau", "serta", "maupun", "y", "e", "o", "u", "ni", "and", "or", "et", "ou", "und", "oder", "và", "hoặc"]

    /// Repeated items joined by a comma or a coordinator ("pengaduan, pengaduan", "sah dan sah").
    static func doubletSpans(_ text: String) -> [Finding.Span] {
        let characters = Array(text)
        var words: [(range: Range<Int>, folded: String)] = []
        var start = -1
        for (k, character) in characters.enumerated() {
            if character.isLetter || character.isNumber || (character == "-" && start >= 0) {
                if start < 0 { start = k }
            } else if start >= 0 {
                words.append((start..<k, Tokenizer.fold(String(characters[start..<k]))))
                start = -1
            }
        }
        if start >= 0 { words.append((start..<characters.count, Tokenizer.fold(String(characters[start..<characters.count])))) }
        var spans: [Finding.Span] = []
        for k in 0..<max(0, words.count - 1) {
            let first = words[k], second = words[k + 1]
            guard first.folded == second.folded, first.folded.count >= 3, first.folded.contains(where: \.isLetter) else { continue }
            let between = String(characters[first.range.upperBound..<second.range.lowerBound]).trimmingCharacters(in: .whitespaces)
            if between == "," {
                spans.append(.init(start: first.range.lowerBound, end: second.range.upperBound, text: String(characters[first.range.lowerBound..<second.range.upperBound])))
            }
        }
        for k in 0..<max(0, words.count - 2) {
            let first = words[k], middle = words[k + 1], last = words[k + 2]
            guard first.folded == last.folded, first.folded.count >= 3, first.folded.contains(where: \.isLetter),
                  coordinators.contains(middle.folded) else { continue }
            let gap1 = String(characters[first.range.upperBound..<middle.range.lowerBound]).trimmingCharacters(in: .whitespaces)
            let gap2 = String(characters[middle.range.upperBound..<last.range.lowerBound]).trimmingCharacters(in: .whitespaces)
            guard gap1.isEmpty || gap1 == ",", gap2.isEmpty else { continue }
            spans.append(.init(start: first.range.lowerBound, end: last.range.upperBound, text: String(characters[first.range.lowerBound..<last.range.upperBound])))
        }
        return spans.sorted { $0.start < $1.start }
    }

    static func doublets(_ context: BeadContext) -> [Finding] {
        // A repetition the source has too ("más y más" / "lagi dan lagi") is style, not loss.
        let sourceSpans = doubletSpans(context.sourceText), targetSpans = doubletSpans(context.targetText)
        guard targetSpans.count > sourceSpans.count else { return [] }
        let sourceDoublets = Set(sourceSpans.map { Tokenizer.fold($0.text) })
        return targetSpans.filter { !sourceDoublets.contains(Tokenizer.fold($0.text)) }.map { span in
            context.finding("doublet", .warning, "“\(span.text)” repeats one item where the source has two: a word was lost in translation",
                            side: .target, offset: span.start, target: span)
        }
    }

    static func numbersAndAddresses(_ context: BeadContext) -> [Finding] {
        var findings: [Finding] = []
        let sourceNumbers = Tokenizer.tokens(context.sourceText).filter(\.isNumber).map(\.folded)
        let targetNumbers = Tokenizer.tokens(context.targetText).filter(\.isNumber).map(\.folded)
        // "7:55" and "7.55", "1.500" and "1 500" write the same digits with other separators.
        let sameDigits = sourceNumbers.joined().filter(\.isNumber) == targetNumbers.joined().filter(\.isNumber)
        if sourceNumbers.sorted() != targetNumbers.sorted() && !sameDigits {
            let missing = difference(sourceNumbers, targetNumbers), extra = difference(targetNumbers, sourceNumbers)
            var parts: [String] = []
            if !missing.isEmpty { parts.append("source has \(missing.joined(separator: ", ")) not in the target") }
            if !extra.isEmpty { parts.append("target has \(extra.joined(separator: ", ")) not in the source") }
            findings.append(context.finding("number.mismatch", .warning, "numbers differ: " + parts.joined(separator: "; "), side: .target))
        }
        let sourceAddresses = addresses(context.sourceText), targetAddresses = addresses(context.targetText)
        if sourceAddresses.sorted() != targetAddresses.sorted() {
            let missing = difference(sourceAddresses, targetAddresses), extra = difference(targetAddresses, sourceAddresses)
            findings.append(context.finding("url.mismatch", .warning,
                                            "addresses differ: " + (missing.map { "missing \($0)" } + extra.map { "added \($0)" }).joined(separator: ", "),
                                            side: .target))
        }
        return findings
    }

    static func difference(_ a: [String], _ b: [String]) -> [String] {
        var remaining = b
        var result: [String] = []
        for item in a {
            if let k = remaining.firstIndex(of: item) { remaining.remove(at: k) } else { result.append(item) }
        }
        return result
    }

    static func addresses(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map { word in
            String(word).trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)(»«\"'“”"))
        }.filter { SentenceSplitter.looksLikeAddress($0) && ($0.contains("/") || $0.contains("@") || $0.lowercased().hasPrefix("www.")) }
    }

    static func untranslated(_ context: BeadContext) -> [Finding] {
        let source = Tokenizer.tokens(context.sourceText).filter { !$0.isNumber }.map(\.folded)
        guard source.count >= 3, source == Tokenizer.tokens(context.targetText).filter({ !$0.isNumber }).map(\.folded) else { return [] }
        return [context.finding("untranslated", .warning, "the target is the source text, untranslated", side: .target)]
    }

    /// Median target/source character ratio of the alignment's one-to-one content beads.
    static func medianRatio(_ alignment: Alignment) -> Double {
        let ratios = alignment.beads.filter { $0.role == .content && $0.source.count == 1 && $0.target.count == 1 }.map {
            Double(alignment.targetText(of: $0).count) / Double(max(1, alignment.sourceText(of: $0).count))
        }.sorted()
        return ratios.isEmpty ? 1 : ratios[ratios.count / 2]
    }

    static func lengthRatio(_ context: BeadContext, median: Double) -> [Finding] {
        let s = context.sourceText.count, t = context.targetText.count
        guard max(s, t) >= 40 else { return [] }
        let relative = Double(t) / Double(max(1, s)) / median
        guard relative > 2.2 || relative < 0.45 else { return [] }
        return [context.finding("length.ratio", .note, String(format: "the target is %.1f× as long as usual for this pair: check for omissions or additions", relative),
                                side: .target)]
    }
}
