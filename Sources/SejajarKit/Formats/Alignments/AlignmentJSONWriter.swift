import Foundation

/// Writes the saved-alignment format: what `sejajar align --format json` writes and later
/// commands (`export`, `check`, `--resume`) read. Keys are sorted and numbers rounded so that the
/// same alignment always gives the same bytes.
///
/// `{"source": {"path", "language", "sentences", "paragraphs", "positions"}, "target": {…},
/// "verdict", "score", "beads": [{"source": [i…], "target": [k…], "sourceText", "targetText",
/// "confidence", "role", "kind", "locked", "moved", "sourceAt", "targetAt"}], "findings": […]}`.
public struct AlignmentJSONWriter: FormatWriter {
    /// The confidence at which a pair counted as confident when the verdict was reached: the
    /// findings end with the verdict and the shares it was drawn from.
    public var confidentThreshold: Double

    /// Creates a writer.
    public init(confidentThreshold: Double = AlignerParameters().confidentThreshold) {
        self.confidentThreshold = confidentThreshold
    }

    /// The JSON text of the alignment, with its findings about the pair as a whole (from
    /// `AlignmentCheck`) followed by a note that states the verdict.
    public func write(_ checked: CheckedAlignment) throws(SejajarError) -> FormatOutput {
        FormatOutput(try JSONFormat.text(file(checked.alignment, findings: checked.findings)))
    }

    /// The formatting of a document's sentences as records; nil (left out) for plain text.
    static func codes(_ document: Document) -> [AlignmentJSONFile.CodeRecord]? {
        let records = document.sentences.enumerated().flatMap { s, sentence in
            sentence.codes.map { AlignmentJSONFile.CodeRecord(sentence: s, kind: $0.kind, start: $0.start, end: $0.end, value: $0.value) }
        }
        return records.isEmpty ? nil : records
    }

    /// The records `write` encodes (also what a pivot alignment holds, three times).
    func file(_ alignment: Alignment, findings: [Finding] = []) -> AlignmentJSONFile {
        func side(_ document: Document) -> AlignmentJSONFile.Side {
            AlignmentJSONFile.Side(
                path: document.path, language: document.language, sentences: document.sentences.map(\.text),
                paragraphs: document.paragraphs.map {
                    AlignmentJSONFile.ParagraphRecord(sentences: [$0.sentences.lowerBound, $0.sentences.upperBound], role: $0.role, line: $0.line)
                },
                positions: document.sentences.map { [$0.line, $0.column] + $0.breaks.flatMap { [$0.offset, $0.line, $0.column] } },
                codes: Self.codes(document))
        }
        let coverage = Coverage(alignment, threshold: confidentThreshold)
        let verdict = Finding(
            code: .alignment.verdict, severity: alignment.verdict == .parallel ? .note : .warning,
            message: String(format: "%@: %.0f%% of source and %.0f%% of target sentences aligned with confidence ≥ %.2f",
                            alignment.verdict.rawValue, coverage.sourceShare * 100, coverage.targetShare * 100, confidentThreshold),
            location: SourceLocation(path: alignment.source.path))
        return AlignmentJSONFile(
            source: side(alignment.source), target: side(alignment.target), verdict: alignment.verdict,
            score: DecimalText.rounded(alignment.score),
            beads: alignment.beads.map { bead in
                AlignmentJSONFile.BeadRecord(
                    source: Array(bead.source), target: Array(bead.target),
                    sourceText: alignment.sourceText(of: bead), targetText: alignment.targetText(of: bead),
                    confidence: DecimalText.rounded(bead.confidence), role: bead.role.isBoilerplate ? "boilerplate" : "content",
                    kind: bead.role.isBoilerplate ? bead.role : nil, locked: bead.locked ? true : nil, moved: bead.moved ? true : nil,
                    sourceAt: bead.source.isEmpty ? bead.source.lowerBound : nil,
                    targetAt: bead.target.isEmpty ? bead.target.lowerBound : nil)
            },
            findings: findings + [verdict])
    }
}
