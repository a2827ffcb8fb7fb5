import Foundation

/// The review page of two translations and their original (`PivotAlignment`): one
/// self-contained HTML file (inline CSS, no script, no network) with the three documents and
/// the verdict of each alignment in a header, then the three texts in three columns unit by
/// unit, glossary terms highlighted, and beside each unit the findings on it: each
/// translation's own against the original and those through the original (`PivotCheck`).
/// Rendered through a Mustache template like `HTMLReportWriter`, whose style it shares.
public struct PivotReportWriter: FormatWriter {
    /// Term base whose terms are highlighted.
    public var glossary: Glossary?
    /// Confidence at which a pair counts as aligned confidently.
    public var confidentThreshold: Double

    /// Creates a writer.
    public init(glossary: Glossary? = nil, confidentThreshold: Double = AlignerParameters().confidentThreshold) {
        self.glossary = glossary
        self.confidentThreshold = confidentThreshold
    }

    struct Side {
        var path: String
        var language: String
        var sentences: Int
        var verdict: String
        var score: String
    }

    struct Cell {
        var language: String
        var lines: String
        var parts: [ReportText.Part]
        var missing: Bool
    }

    struct Row {
        var index: Int
        var shape: String
        var kind: String
        var confidence: String
        var band: String
        var original: Cell
        var first: Cell
        var second: Cell
        var findings: [ReportText.FindingView]
    }

    struct Page {
        var title: String
        var version: String
        var original: Side
        var first: Side
        var second: Side
        var derived: Side
        var units: Int
        var counts: [ReportText.Count]
        var hasCounts: Bool
        var rows: [Row]
    }

    /// The page for `pivot`: `first` and `second` are each translation's own findings against
    /// the original (their `bead` indexes `pivot.first` and `pivot.second`), `through` those of
    /// `PivotCheck` (their `bead` indexes `pivot.beads`).
    public func write(_ checked: CheckedPivotAlignment) -> FormatOutput {
        FormatOutput(ReportPage.render(template: Self.template, page(checked.pivot, first: checked.first, second: checked.second, through: checked.through)))
    }

    func page(_ pivot: PivotAlignment, first: [Finding], second: [Finding], through: [Finding]) -> Page {
        let report = ReportText(glossary: glossary)
        // Each translation's findings by the unit that holds their bead's original sentences.
        var byUnit: [Int: [Finding]] = [:]
        for (alignment, findings) in [(pivot.first, first), (pivot.second, second)] {
            let unitOfBead = pivot.units(of: alignment)
            for finding in findings {
                guard let bead = finding.bead, bead < unitOfBead.count, let u = unitOfBead[bead] else { continue }
                byUnit[u, default: []].append(finding)
            }
        }
        for finding in through { if let u = finding.bead { byUnit[u, default: []].append(finding) } }
        let all = first + second + through
        let languages = (pivot.original.language, pivot.first.target.language, pivot.second.target.language)
        let matchers = glossary.map { glossary in
            (original: TermMatcher(glossary: glossary, language: languages.0),
             first: TermMatcher(glossary: glossary, language: languages.1, strictCapitals: false, tolerant: true),
             second: TermMatcher(glossary: glossary, language: languages.2, strictCapitals: false, tolerant: true))
        }
        func cell(_ document: Document, _ range: Range<Int>, _ text: String, _ matcher: TermMatcher?) -> Cell {
            Cell(language: document.language.tag, lines: ReportPage.lines(document, range), parts: report.parts(text, matcher: matcher, language: document.language), missing: range.isEmpty)
        }
        let rows = pivot.beads.enumerated().map { u, unit -> Row in
            let texts = pivot.texts(of: unit)
            let kind = unit.role.isBoilerplate ? "boilerplate" : unit.original.isEmpty ? "addition"
                : unit.first.isEmpty != unit.second.isEmpty ? "one-sided" : unit.first.isEmpty ? "omission" : "pair"
            let findings = (byUnit[u] ?? []).sorted { ($0.code, $0.location.path, $0.location.line) < ($1.code, $1.location.path, $1.location.line) }
            return Row(index: u, shape: unit.shape, kind: kind, confidence: String(format: "%.2f", unit.confidence),
                       band: kind == "pair" ? ReportPage.colour(unit.confidence) : kind == "boilerplate" ? "#9a9a9a" : "#c0392b",
                       original: cell(pivot.original, unit.original, texts.original, matchers?.original),
                       first: cell(pivot.first.target, unit.first, texts.first, matchers?.first),
                       second: cell(pivot.second.target, unit.second, texts.second, matchers?.second),
                       findings: findings.map(ReportText.view))
        }
        func side(_ document: Document, _ alignment: Alignment?) -> Side {
            Side(path: ReportPage.detached(document.path), language: document.language.tag, sentences: document.sentences.count,
                 verdict: alignment?.verdict.rawValue ?? "", score: alignment.map { String(format: "%.3f", $0.score) } ?? "")
        }
        let counts = Dictionary(grouping: all, by: \.code.rawValue).map { ReportText.Count(code: $0.key, count: $0.value.count) }
            .sorted { $0.code < $1.code }
        let names = [pivot.original.path, pivot.first.target.path, pivot.second.target.path].map { URL(fileURLWithPath: $0).lastPathComponent }
        return Page(title: ReportPage.detached("Sejajar: \(names[0]) → \(names[1]), \(names[2])"), version: SejajarVersion.string,
                    original: side(pivot.original, nil), first: side(pivot.first.target, pivot.first), second: side(pivot.second.target, pivot.second),
                    derived: side(pivot.second.target, pivot.derived), units: pivot.beads.count, counts: counts, hasCounts: !counts.isEmpty, rows: rows)
    }

    /// The page as a Mustache template (`Resources/pivot-report.mustache` between the shared
    /// start and end; `{{…}}` escapes everything printed).
    static let template = ReportPage.start + ReportPage.resource(PackageResources.pivot_report_mustache) + ReportPage.end
}
