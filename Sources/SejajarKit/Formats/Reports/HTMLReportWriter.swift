import Foundation

/// A comparison a reviewer can take in at a glance: one self-contained HTML file (inline CSS and
/// SVG, no script, no network) with the verdict and shares in a header, an alignment map, and
/// the two texts side by side bead by bead, glossary terms highlighted and findings beside their
/// bead. Rendered through a Mustache template, so every piece of text is escaped by the template
/// engine, never by hand.
public struct HTMLReportWriter: FormatWriter {
    /// Term base whose terms are highlighted, with their concept and preferred renderings on hover.
    public var glossary: Glossary?
    /// Title of the page; nil names the two files.
    public var title: String?
    /// Confidence at which a bead counts as aligned confidently in the header's shares (the
    /// aligner's own threshold, so that the shares agree with the verdict).
    public var confidentThreshold: Double

    /// Creates a writer.
    public init(glossary: Glossary? = nil, title: String? = nil, confidentThreshold: Double = AlignerParameters().confidentThreshold) {
        self.glossary = glossary
        self.title = title
        self.confidentThreshold = confidentThreshold
    }

    // MARK: View model (what the template sees; every value already formatted).

    struct Row {
        var paragraphBreak: Bool
        var index: Int
        var shape: String
        var kind: String
        var label: String
        var confidence: String
        var band: String
        var locked: Bool
        var sourceLines: String
        var targetLines: String
        var sourceParts: [ReportText.Part]
        var targetParts: [ReportText.Part]
        var findings: [ReportText.FindingView]
        var hasFindings: Bool
    }

    struct Side {
        var path: String
        var language: String
        var sentences: Int
        var aligned: String
    }

    struct Rect {
        var x: String
        var y: String
        var w: String
        var h: String
        var fill: String
        var cls: String
        var title: String
    }

    struct Page {
        var title: String
        var version: String
        var source: Side
        var target: Side
        var verdict: String
        var score: String
        var beads: Int
        var pairs: Int
        var moved: Int
        var hasMoved: Bool
        var omissions: Int
        var additions: Int
        var boilerplate: Int
        var locked: Int
        var counts: [ReportText.Count]
        var hasCounts: Bool
        var documentFindings: [ReportText.FindingView]
        var hasDocumentFindings: Bool
        var hasLocked: Bool
        var mapWidth: String
        var mapHeight: String
        var columns: Int
        var lines: Int
        var rects: [Rect]
        var rows: [Row]
    }

    /// The HTML page for `alignment`, with `findings` beside their beads (those without a bead,
    /// about the pair as a whole, in the header). `matchers` (for the glossary and the alignment's
    /// languages) save building them again.
    public func write(_ checked: CheckedAlignment) -> FormatOutput {
        FormatOutput(ReportPage.render(template: Self.template, page(checked.alignment, findings: checked.findings, matchers: checked.matchers)))
    }

    func page(_ alignment: Alignment, findings: [Finding], matchers: TermMatchers? = nil) -> Page {
        let source = alignment.source, target = alignment.target
        let title = self.title ?? "Sejajar: \(URL(fileURLWithPath: source.path).lastPathComponent) ↔ \(URL(fileURLWithPath: target.path).lastPathComponent)"
        let allFindings = findings.sorted { ($0.bead ?? -1, $0.code) < ($1.bead ?? -1, $1.code) }
        let byBead = Dictionary(grouping: allFindings.filter { $0.bead != nil }, by: { $0.bead! })
        let view = ReportText.view
        let text = ReportText(glossary: glossary)
        // The shares the verdict is drawn from.
        let contentSource = source.contentSentenceIndices.count, contentTarget = target.contentSentenceIndices.count
        let coverage = Coverage(alignment, threshold: confidentThreshold)
        let matchers = matchers.flatMap { $0.serve(source.language, target.language) ? $0 : nil }
            ?? glossary.map { TermMatchers(glossary: $0, source: source.language, target: target.language) }
        let sourceMatcher = matchers?.source, targetMatcher = matchers?.target

        // One row beside the texts and one box on the map per bead; the map has the source sentence
        // index across and the target index down.
        var rows: [Row] = []
        var rects: [Rect] = []
        var lastParagraphs = (-1, -1)
        for (b, bead) in alignment.beads.enumerated() {
            let paragraphs = (bead.source.first.map { source.sentences[$0].paragraph } ?? lastParagraphs.0,
                              bead.target.first.map { target.sentences[$0].paragraph } ?? lastParagraphs.1)
            let paragraphBreak = b > 0 && (paragraphs.0 != lastParagraphs.0 || paragraphs.1 != lastParagraphs.1)
            lastParagraphs = paragraphs
            let kind = ReportPage.kind(of: bead)
            let label = switch kind {
            case "boilerplate": "boilerplate (\(bead.role.rawValue))"
            case "omission": "omitted in the target"
            case "addition": "added in the target"
            case "moved": "\(bead.shape), moved"
            default: bead.shape
            }
            let notes = byBead[b] ?? []
            rows.append(Row(
                paragraphBreak: paragraphBreak, index: b, shape: bead.shape, kind: kind, label: label,
                confidence: String(format: "%.2f", bead.confidence),
                band: bead.isNull || bead.role.isBoilerplate ? "#9a9a9a" : ReportPage.colour(bead.confidence), locked: bead.locked,
                sourceLines: ReportPage.lines(source, bead.source), targetLines: ReportPage.lines(target, bead.target),
                sourceParts: ReportText.formatted(text.parts(alignment.sourceText(of: bead), matcher: sourceMatcher, language: source.language),
                                            codes: InlineMarkup.joined(bead.source.map { source.sentences[$0] }).codes),
                targetParts: ReportText.formatted(text.parts(alignment.targetText(of: bead), matcher: targetMatcher, language: target.language),
                                            codes: InlineMarkup.joined(bead.target.map { target.sentences[$0] }).codes),
                findings: notes.map(view), hasFindings: !notes.isEmpty))

            // An empty side is drawn as a thin mark.
            let w = bead.source.isEmpty ? 0.35 : Double(bead.source.count), h = bead.target.isEmpty ? 0.35 : Double(bead.target.count)
            let fill = kind == "pair" ? ReportPage.colour(bead.confidence) : kind == "boilerplate" ? "#b0b0b0" : kind == "moved" ? "#2c6fb7" : "#c0392b"
            let what = kind == "pair" || kind == "moved"
                ? "\(bead.shape)\(kind == "moved" ? " moved" : ""), confidence \(String(format: "%.2f", bead.confidence))" : kind
            rects.append(Rect(x: ReportPage.number(Double(bead.source.lowerBound)), y: ReportPage.number(Double(bead.target.lowerBound)),
                              w: ReportPage.number(w), h: ReportPage.number(h), fill: fill, cls: kind,
                              title: "bead \(b): source \(ReportPage.describe(bead.source)), target \(ReportPage.describe(bead.target)): \(what)"))
        }
        let columns = max(1, source.sentences.count), lines = max(1, target.sentences.count)
        let counts = Dictionary(grouping: allFindings, by: \.code.rawValue).map { ReportText.Count(code: $0.key, count: $0.value.count) }.sorted { $0.code < $1.code }
        let content = alignment.beads.filter { $0.role.isContent }
        return Page(
            title: ReportPage.detached(title), version: SejajarVersion.string,
            source: Side(path: ReportPage.detached(source.path), language: source.language.tag, sentences: source.sentences.count,
                         aligned: ReportPage.share(coverage.sourceShare, of: contentSource)),
            target: Side(path: ReportPage.detached(target.path), language: target.language.tag, sentences: target.sentences.count,
                         aligned: ReportPage.share(coverage.targetShare, of: contentTarget)),
            verdict: alignment.verdict.rawValue, score: String(format: "%.3f", alignment.score), beads: alignment.beads.count,
            pairs: content.filter { !$0.isNull }.count, moved: content.filter(\.moved).count, hasMoved: content.contains(where: \.moved), omissions: content.filter { $0.target.isEmpty }.count,
            additions: content.filter { $0.source.isEmpty }.count, boilerplate: alignment.beads.count - content.count,
            locked: alignment.beads.filter(\.locked).count, counts: counts, hasCounts: !counts.isEmpty,
            documentFindings: allFindings.filter { $0.bead == nil }.map(view),
            hasDocumentFindings: allFindings.contains { $0.bead == nil }, hasLocked: alignment.beads.contains(where: \.locked),
            // Room for the thin marks of omissions and additions after the last sentence.
            mapWidth: ReportPage.number(Double(columns) + 0.5), mapHeight: ReportPage.number(Double(lines) + 0.5),
            columns: columns, lines: lines, rects: rects, rows: rows)
    }
}
