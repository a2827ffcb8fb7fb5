import SejajarKit
import Foundation

/// Builds the review editor's `ReviewState` from an alignment and its findings, with the
/// report's classes, colours and shares, so that the editor and `check --format html` show the
/// same thing.
public struct ReviewStateWriter {
    /// Term base whose terms are marked in the sentences.
    public var glossary: Glossary?
    /// Confidence at which a bead counts as confident in the shares.
    public var confidentThreshold: Double

    /// Creates a writer.
    public init(glossary: Glossary?, confidentThreshold: Double = AlignerParameters().confidentThreshold) {
        self.glossary = glossary
        self.confidentThreshold = confidentThreshold
    }

    /// The state of `alignment` at `revision`; with `documents`, its sentences and terms too
    /// (`matchers` for the alignment's languages find them).
    public func state(_ alignment: Alignment, findings: [Finding], revision: Int, savedRevision: Int, canUndo: Bool, canRedo: Bool,
                      documents: Bool, matchers: TermMatchers?) -> ReviewState {
        let coverage = Coverage(alignment, threshold: confidentThreshold)
        var counts: [String: Int] = [:]
        for finding in findings { counts[finding.code.rawValue, default: 0] += 1 }
        return ReviewState(
            revision: revision, savedRevision: savedRevision, canUndo: canUndo, canRedo: canRedo,
            verdict: alignment.verdict.rawValue, score: String(format: "%.3f", alignment.score),
            sourceAligned: ReportPage.share(coverage.sourceShare, of: alignment.source.contentSentenceIndices.count),
            targetAligned: ReportPage.share(coverage.targetShare, of: alignment.target.contentSentenceIndices.count),
            beads: alignment.beads.map {
                ReviewState.BeadView(source: [$0.source.lowerBound, $0.source.upperBound], target: [$0.target.lowerBound, $0.target.upperBound],
                                     confidence: ($0.confidence * 1000).rounded() / 1000, kind: ReportPage.kind(of: $0),
                                     role: $0.role.rawValue, locked: $0.locked)
            },
            findings: findings.map { ReviewState.FindingView(bead: $0.bead, severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message) },
            counts: counts,
            source: documents ? view(alignment.source, matcher: matchers?.source) : nil,
            target: documents ? view(alignment.target, matcher: matchers?.target) : nil)
    }

    /// The JSON text of a state (keys sorted: the same state is the same bytes).
    public func json(_ state: ReviewState) throws(SejajarError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(state), as: UTF8.self)
        } catch {
            throw .io(path: "<json>", message: "cannot encode: \(error)")
        }
    }

    func view(_ document: Document, matcher: TermMatcher?) -> ReviewState.DocumentView {
        let report = ReportText(glossary: glossary)
        return ReviewState.DocumentView(path: document.path, language: document.language.tag, sentences: document.sentences.map { sentence in
            var terms: [ReviewState.TermView] = []
            if let matcher, let glossary {
                // Character offsets to UTF-16 offsets.
                var utf16 = [0]
                for character in sentence.text { utf16.append(utf16.last! + character.utf16.count) }
                var at = 0
                let matches = Dictionary(grouping: matcher.matches(in: sentence.text), by: \.range).sorted { $0.key.lowerBound < $1.key.lowerBound }
                for (range, group) in matches where range.lowerBound >= at {
                    let (deprecated, title) = report.describe(group, glossary: glossary)
                    terms.append(ReviewState.TermView(start: utf16[range.lowerBound], end: utf16[range.upperBound], deprecated: deprecated, title: title))
                    at = range.upperBound
                }
            }
            return ReviewState.SentenceView(text: sentence.text, line: sentence.line, paragraph: sentence.paragraph, role: sentence.role.rawValue,
                                            terms: terms.isEmpty ? nil : terms)
        })
    }
}
