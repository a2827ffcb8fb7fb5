import Foundation
import Mustache

/// The review page of two translations and their original (`PivotAlignment`): one
/// self-contained HTML file (inline CSS, no script, no network) with the three documents and
/// the verdict of each alignment in a header, then the three texts in three columns unit by
/// unit, glossary terms highlighted, and beside each unit the findings on it: each
/// translation's own against the original and those through the original (`PivotCheck`).
/// Rendered through a Mustache template like `HTMLReportWriter`, whose style it shares.
public struct PivotReportWriter {
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
        var parts: [HTMLReportWriter.Part]
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
        var findings: [HTMLReportWriter.FindingView]
    }

    struct Page {
        var title: String
        var version: String
        var original: Side
        var first: Side
        var second: Side
        var derived: Side
        var units: Int
        var counts: [HTMLReportWriter.Count]
        var hasCounts: Bool
        var rows: [Row]
    }

    /// The page for `pivot`: `first` and `second` are each translation's own findings against
    /// the original (their `bead` indexes `pivot.first` and `pivot.second`), `through` those of
    /// `PivotCheck` (their `bead` indexes `pivot.beads`).
    public func write(_ pivot: PivotAlignment, first: [Finding] = [], second: [Finding] = [], through: [Finding] = []) -> String {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: Self.template)
        } catch {
            preconditionFailure("the built-in report template does not parse: \(error)")
        }
        return template.render(page(pivot, first: first, second: second, through: through))
    }

    func page(_ pivot: PivotAlignment, first: [Finding], second: [Finding], through: [Finding]) -> Page {
        let report = HTMLReportWriter(glossary: glossary, confidentThreshold: confidentThreshold)
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
            Cell(language: document.language.tag, lines: report.lines(document, range), parts: report.parts(text, matcher: matcher, language: document.language), missing: range.isEmpty)
        }
        let rows = pivot.beads.enumerated().map { u, unit -> Row in
            let texts = pivot.texts(of: unit)
            let kind = unit.role.isBoilerplate ? "boilerplate" : unit.original.isEmpty ? "addition"
                : unit.first.isEmpty != unit.second.isEmpty ? "one-sided" : unit.first.isEmpty ? "omission" : "pair"
            let findings = (byUnit[u] ?? []).sorted { ($0.code, $0.location.path, $0.location.line) < ($1.code, $1.location.path, $1.location.line) }
            return Row(index: u, shape: unit.shape, kind: kind, confidence: String(format: "%.2f", unit.confidence),
                       band: kind == "pair" ? HTMLReportWriter.colour(unit.confidence) : kind == "boilerplate" ? "#9a9a9a" : "#c0392b",
                       original: cell(pivot.original, unit.original, texts.original, matchers?.original),
                       first: cell(pivot.first.target, unit.first, texts.first, matchers?.first),
                       second: cell(pivot.second.target, unit.second, texts.second, matchers?.second),
                       findings: findings.map {
                           HTMLReportWriter.FindingView(severity: $0.severity.rawValue, code: HTMLReportWriter.detached($0.code.rawValue),
                                                        message: HTMLReportWriter.detached($0.message))
                       })
        }
        func side(_ document: Document, _ alignment: Alignment?) -> Side {
            Side(path: HTMLReportWriter.detached(document.path), language: document.language.tag, sentences: document.sentences.count,
                 verdict: alignment?.verdict.rawValue ?? "", score: alignment.map { String(format: "%.3f", $0.score) } ?? "")
        }
        let counts = Dictionary(grouping: all, by: \.code.rawValue).map { HTMLReportWriter.Count(code: $0.key, count: $0.value.count) }
            .sorted { $0.code < $1.code }
        let names = [pivot.original.path, pivot.first.target.path, pivot.second.target.path].map { URL(fileURLWithPath: $0).lastPathComponent }
        return Page(title: HTMLReportWriter.detached("Sejajar: \(names[0]) → \(names[1]), \(names[2])"), version: SejajarVersion.string,
                    original: side(pivot.original, nil), first: side(pivot.first.target, pivot.first), second: side(pivot.second.target, pivot.second),
                    derived: side(pivot.second.target, pivot.derived), units: pivot.beads.count, counts: counts, hasCounts: !counts.isEmpty, rows: rows)
    }

    /// The page as a Mustache template (`{{…}}` escapes everything printed).
    static let template = HTMLReportWriter.pageStart + #"""
table.beads col.meta { width: 96px; } table.beads col.notes { width: 20%; }
td.missing { background: #fdf0ee; } td.missing::before { content: "not rendered"; color: #c0392b; font-style: italic; }
tr.one-sided td.meta b::after { content: " ≠"; color: #c0392b; }
</style>
</head>
<body data-units="{{units}}">
<header>
<h1>{{title}}</h1>
<table class="facts">
<tr><th>Original</th><td><code>{{original.path}}</code> ({{original.language}}), {{original.sentences}} sentences</td></tr>
<tr><th>First</th><td><code>{{first.path}}</code> ({{first.language}}), {{first.sentences}} sentences; against the original <span class="verdict {{first.verdict}}">{{first.verdict}}</span> score {{first.score}}</td></tr>
<tr><th>Second</th><td><code>{{second.path}}</code> ({{second.language}}), {{second.sentences}} sentences; against the original <span class="verdict {{second.verdict}}">{{second.verdict}}</span> score {{second.score}}; against the first <span class="verdict {{derived.verdict}}">{{derived.verdict}}</span> score {{derived.score}}</td></tr>
<tr><th>Units</th><td id="unit-count">{{units}}</td></tr>
<tr><th>Findings</th><td class="counts">{{#hasCounts}}{{#counts}}<span>{{code}} ×{{count}}</span>{{/counts}}{{/hasCounts}}{{^hasCounts}}none{{/hasCounts}}</td></tr>
</table>
</header>
<main>
<section>
<table class="beads">
<colgroup><col class="meta"><col><col><col><col class="notes"></colgroup>
<thead><tr><th>Unit</th><th>{{original.language}} (original)</th><th>{{first.language}}</th><th>{{second.language}}</th><th>Findings</th></tr></thead>
<tbody>
{{#rows}}<tr class="bead {{kind}}" id="unit-{{index}}" data-shape="{{shape}}" data-confidence="{{confidence}}" style="--band: {{band}}">
<td class="meta"><b>#{{index}}</b> {{shape}}<br>{{confidence}}</td>
{{#original}}<td class="original{{#missing}} missing{{/missing}}" lang="{{language}}"><span class="lines">{{lines}}</span>{{#parts}}{{#term}}<mark class="{{cls}}" title="{{title}}">{{text}}</mark>{{/term}}{{^term}}{{text}}{{/term}}{{/parts}}</td>{{/original}}
{{#first}}<td class="first{{#missing}} missing{{/missing}}" lang="{{language}}"><span class="lines">{{lines}}</span>{{#parts}}{{#term}}<mark class="{{cls}}" title="{{title}}">{{text}}</mark>{{/term}}{{^term}}{{text}}{{/term}}{{/parts}}</td>{{/first}}
{{#second}}<td class="second{{#missing}} missing{{/missing}}" lang="{{language}}"><span class="lines">{{lines}}</span>{{#parts}}{{#term}}<mark class="{{cls}}" title="{{title}}">{{text}}</mark>{{/term}}{{^term}}{{text}}{{/term}}{{/parts}}</td>{{/second}}
<td class="notes">{{#findings}}<p class="finding {{severity}}"><code>{{code}}</code> {{message}}</p>{{/findings}}</td>
</tr>
{{/rows}}
"""# + HTMLReportWriter.pageEnd
}
