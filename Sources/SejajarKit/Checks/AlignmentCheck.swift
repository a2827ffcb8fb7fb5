/// What a reviewer should know about a document pair from its alignment: texts that do not look
/// like their declared languages (`LanguageCheck`), source lines naming different articles
/// (`alignment.different-sources`), and, in a pair judged a translation
/// (parallel or partial), every content sentence left untranslated (`alignment.omission`) or
/// added (`alignment.addition`) and every sentence moved elsewhere (`alignment.moved`). An
/// omission names the glossary terms its sentence holds: a term left untranslated is found here,
/// since no pair holds it. In texts that are not translations of each other nothing is "omitted".
public struct AlignmentCheck {
    /// Term matchers for the alignment's languages, to name the terms of untranslated sentences.
    public var matchers: TermMatchers?

    /// Creates the check; `matchers` (for the alignments' languages) name the terms an omitted
    /// or added sentence holds.
    public init(matchers: TermMatchers? = nil) {
        self.matchers = matchers
    }

    /// The findings about `alignment`, in reading order after the document-level ones;
    /// `languages`, the language check's findings when they are known already (they depend on
    /// the documents alone, not on the beads).
    public func findings(_ alignment: Alignment, languages: [Finding]? = nil) -> [Finding] {
        var findings = languages ?? LanguageCheck().findings(alignment)
        if let conflict = SourceLineConflict(source: alignment.source, target: alignment.target) {
            findings.append(Finding(code: .alignment.differentSources, severity: .warning,
                                    message: "the source lines name different articles: \(conflict.sourceAddress) and \(conflict.targetAddress)",
                                    location: SourceLocation(alignment.source, sentence: conflict.sourceSentence)))
        }
        guard alignment.verdict == .parallel || alignment.verdict == .partial else { return findings }
        let terms = matchers.flatMap { $0.serve(alignment.source.language, alignment.target.language) ? $0 : nil }
        for (b, bead) in alignment.beads.enumerated() where bead.role.isContent {
            if bead.target.isEmpty, !bead.source.isEmpty {
                findings.append(unpaired(alignment, bead: b, side: .source, matcher: terms?.source))
            } else if bead.source.isEmpty, !bead.target.isEmpty {
                findings.append(unpaired(alignment, bead: b, side: .target, matcher: terms?.target))
            } else if bead.moved {
                let s = bead.source.lowerBound, t = bead.target.lowerBound
                findings.append(Finding(
                    code: .alignment.moved, severity: .note,
                    message: "source sentence \(s + 1) and target sentence \(t + 1) (line \(alignment.target.sentences[t].line)) translate each other "
                        + String(format: "but stand at different places (confidence %.2f)", bead.confidence),
                    location: SourceLocation(alignment.source, sentence: s), bead: b,
                    source: Finding.Span(start: 0, end: alignment.sourceText(of: bead).count, text: alignment.sourceText(of: bead)),
                    target: Finding.Span(start: 0, end: alignment.targetText(of: bead).count, text: alignment.targetText(of: bead))))
            }
        }
        return findings
    }

    /// The finding for an omitted or added sentence: an error when the aligner is sure of it
    /// (confidence ≥ 0.8), a warning from 0.5, a note below.
    private func unpaired(_ alignment: Alignment, bead index: Int, side: CheckedPair.Side, matcher: TermMatcher?) -> Finding {
        let bead = alignment.beads[index]
        let document = side == .source ? alignment.source : alignment.target
        let sentence = side == .source ? bead.source.lowerBound : bead.target.lowerBound
        let text = side == .source ? alignment.sourceText(of: bead) : alignment.targetText(of: bead)
        let shown = text.count > 90 ? String(text.prefix(87)) + "…" : text
        var concepts: [String] = []
        if let matcher {
            for match in matcher.matches(in: text) {
                let concept = matcher.glossary.concepts[match.concept]
                if !concepts.contains(concept.id) { concepts.append(concept.id) }
            }
        }
        let held = concepts.isEmpty ? "" : "; it holds " + concepts.map { id in
            let concept = matcher!.glossary.concept(id)!
            let term = concept.preferred(in: document.language)?.text ?? id
            return "\(id) “\(term)”"
        }.joined(separator: ", ")
        let what = side == .source ? "source sentence \(sentence + 1) has no translation in the target" : "target sentence \(sentence + 1) translates nothing in the source"
        let severity: Severity = bead.confidence >= 0.8 ? .error : bead.confidence >= 0.5 ? .warning : .note
        let span = Finding.Span(start: 0, end: text.count, text: text)
        return Finding(code: side == .source ? .alignment.omission : .alignment.addition, severity: severity,
                       message: "\(what): “\(shown)”" + String(format: " (confidence %.2f)", bead.confidence) + held,
                       location: SourceLocation(document, sentence: sentence), bead: index, concept: concepts.first,
                       source: side == .source ? span : nil, target: side == .target ? span : nil)
    }
}
