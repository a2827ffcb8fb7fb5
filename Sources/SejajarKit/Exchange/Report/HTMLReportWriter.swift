import Foundation
import Mustache

/// A comparison a reviewer can take in at a glance: one self-contained HTML file (inline CSS and
/// SVG, no script, no network) with the verdict and shares in a header, an alignment map, and
/// the two texts side by side bead by bead, glossary terms highlighted and findings beside their
/// bead. Rendered through a Mustache template, so every piece of text is escaped by the template
/// engine, never by hand.
public struct HTMLReportWriter {
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

    struct Part {
        var text: String
        var term: Bool
        var cls: String
        var title: String
        /// Classes of the formatting kept from the file (`fmt-bold fmt-link`), empty for plain text.
        var fmt = ""
        /// A note mark standing here (its number, or "*"), empty for none.
        var note = ""
        /// Whether `fmt` and `note` hold anything (a Mustache section on a string opens even
        /// when it is empty; the template sees stored properties only).
        var formatted = false
        var marked = false

        /// Text outside any glossary term.
        static func plain(_ text: String) -> Part { Part(text: HTMLReportWriter.detached(text), term: false, cls: "", title: "") }
    }

    /// `parts` cut where the formatting of `codes` changes, each piece carrying its classes, and
    /// note marks as parts of their own.
    static func formatted(_ parts: [Part], codes: [InlineCode]) -> [Part] {
        guard !codes.isEmpty else { return parts }
        let spans = codes.filter { !$0.kind.isPlaceholder && $0.start < $0.end }
        let marks = codes.filter(\.kind.isPlaceholder)
        var result: [Part] = []
        var offset = 0
        func emitMarks(at position: Int) {
            for mark in marks where mark.start == position { result.append(Part(text: "", term: false, cls: "", title: "", note: mark.value ?? "*", marked: true)) }
        }
        for part in parts {
            let characters = Array(part.text)
            let end = offset + characters.count
            var cuts = Set([offset, end])
            for span in spans {
                if span.start > offset && span.start < end { cuts.insert(span.start) }
                if span.end > offset && span.end < end { cuts.insert(span.end) }
            }
            for mark in marks where mark.start > offset && mark.start < end { cuts.insert(mark.start) }
            let points = cuts.sorted()
            for (a, b) in zip(points, points.dropFirst()) {
                emitMarks(at: a)
                var piece = part
                piece.text = String(characters[(a - offset)..<(b - offset)])
                piece.fmt = InlineCode.Kind.allCases.filter { kind in spans.contains { $0.kind == kind && $0.start <= a && $0.end >= b } }
                    .map { "fmt-\($0.rawValue)" }.joined(separator: " ")
                piece.formatted = !piece.fmt.isEmpty
                result.append(piece)
            }
            offset = end
        }
        emitMarks(at: offset)
        return result
    }

    struct FindingView {
        var severity: String
        var code: String
        var message: String
    }

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
        var sourceParts: [Part]
        var targetParts: [Part]
        var findings: [FindingView]
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

    struct Count {
        var code: String
        var count: Int
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
        var counts: [Count]
        var hasCounts: Bool
        var documentFindings: [FindingView]
        var hasDocumentFindings: Bool
        var hasLocked: Bool
        var mapWidth: String
        var mapHeight: String
        var columns: Int
        var lines: Int
        var rects: [Rect]
        var rows: [Row]
    }

    /// Text as the template may print it: a combining mark glued to one of the characters HTML
    /// gives meaning to (`"` + U+0301 is one Swift `Character`, which a character-wise escaper
    /// would pass through whole) is dropped, so that every such character stands alone and is
    /// escaped by the template engine.
    static func detached(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { "\"'<>&".unicodeScalars.contains($0) }) else { return text }
        var result = ""
        for character in text {
            if let first = character.unicodeScalars.first, character.unicodeScalars.count > 1, "\"'<>&".unicodeScalars.contains(first) {
                result.unicodeScalars.append(first)
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The HTML page for `alignment`, with `findings` beside their beads (those without a bead,
    /// about the pair as a whole, in the header). `matchers` (for the glossary and the alignment's
    /// languages) save building them again.
    public func write(_ alignment: Alignment, findings: [Finding] = [], matchers: TermMatchers? = nil) -> String {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: Self.template)
        } catch {
            preconditionFailure("the built-in report template does not parse: \(error)")
        }
        return template.render(page(alignment, findings: findings, matchers: matchers))
    }

    /// The colour of a confidence: red at 0, amber in the middle, green at 1.
    static func colour(_ confidence: Double) -> String {
        "hsl(\(Int((max(0, min(1, confidence)) * 120).rounded())), 65%, 42%)"
    }

    func page(_ alignment: Alignment, findings: [Finding], matchers: TermMatchers? = nil) -> Page {
        let source = alignment.source, target = alignment.target
        let title = self.title ?? "Sejajar: \(URL(fileURLWithPath: source.path).lastPathComponent) ↔ \(URL(fileURLWithPath: target.path).lastPathComponent)"
        let allFindings = findings.sorted { ($0.bead ?? -1, $0.code) < ($1.bead ?? -1, $1.code) }
        let byBead = Dictionary(grouping: allFindings.filter { $0.bead != nil }, by: { $0.bead! })
        func view(_ finding: Finding) -> FindingView {
            FindingView(severity: finding.severity.rawValue, code: Self.detached(finding.code.rawValue), message: Self.detached(finding.message))
        }
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
            let kind = Self.kind(of: bead)
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
                band: bead.isNull || bead.role.isBoilerplate ? "#9a9a9a" : Self.colour(bead.confidence), locked: bead.locked,
                sourceLines: lines(source, bead.source), targetLines: lines(target, bead.target),
                sourceParts: Self.formatted(parts(alignment.sourceText(of: bead), matcher: sourceMatcher, language: source.language),
                                            codes: InlineMarkup.joined(bead.source.map { source.sentences[$0] }).codes),
                targetParts: Self.formatted(parts(alignment.targetText(of: bead), matcher: targetMatcher, language: target.language),
                                            codes: InlineMarkup.joined(bead.target.map { target.sentences[$0] }).codes),
                findings: notes.map(view), hasFindings: !notes.isEmpty))

            // An empty side is drawn as a thin mark.
            let w = bead.source.isEmpty ? 0.35 : Double(bead.source.count), h = bead.target.isEmpty ? 0.35 : Double(bead.target.count)
            let fill = kind == "pair" ? Self.colour(bead.confidence) : kind == "boilerplate" ? "#b0b0b0" : kind == "moved" ? "#2c6fb7" : "#c0392b"
            let what = kind == "pair" || kind == "moved"
                ? "\(bead.shape)\(kind == "moved" ? " moved" : ""), confidence \(String(format: "%.2f", bead.confidence))" : kind
            rects.append(Rect(x: Self.number(Double(bead.source.lowerBound)), y: Self.number(Double(bead.target.lowerBound)),
                              w: Self.number(w), h: Self.number(h), fill: fill, cls: kind,
                              title: "bead \(b): source \(Self.describe(bead.source)), target \(Self.describe(bead.target)): \(what)"))
        }
        let columns = max(1, source.sentences.count), lines = max(1, target.sentences.count)
        let counts = Dictionary(grouping: allFindings, by: \.code.rawValue).map { Count(code: $0.key, count: $0.value.count) }.sorted { $0.code < $1.code }
        let content = alignment.beads.filter { $0.role.isContent }
        return Page(
            title: Self.detached(title), version: SejajarVersion.string,
            source: Side(path: Self.detached(source.path), language: source.language.tag, sentences: source.sentences.count,
                         aligned: Self.share(coverage.sourceShare, of: contentSource)),
            target: Side(path: Self.detached(target.path), language: target.language.tag, sentences: target.sentences.count,
                         aligned: Self.share(coverage.targetShare, of: contentTarget)),
            verdict: alignment.verdict.rawValue, score: String(format: "%.3f", alignment.score), beads: alignment.beads.count,
            pairs: content.filter { !$0.isNull }.count, moved: content.filter(\.moved).count, hasMoved: content.contains(where: \.moved), omissions: content.filter { $0.target.isEmpty }.count,
            additions: content.filter { $0.source.isEmpty }.count, boilerplate: alignment.beads.count - content.count,
            locked: alignment.beads.filter(\.locked).count, counts: counts, hasCounts: !counts.isEmpty,
            documentFindings: allFindings.filter { $0.bead == nil }.map(view),
            hasDocumentFindings: allFindings.contains { $0.bead == nil }, hasLocked: alignment.beads.contains(where: \.locked),
            // Room for the thin marks of omissions and additions after the last sentence.
            mapWidth: Self.number(Double(columns) + 0.5), mapHeight: Self.number(Double(lines) + 0.5),
            columns: columns, lines: lines, rects: rects, rows: rows)
    }

    /// A share of a side's content sentences as the header prints it ("95%", "–" for none).
    static func share(_ value: Double, of content: Int) -> String {
        content == 0 ? "–" : String(format: "%.0f%%", value * 100)
    }

    /// The CSS class of a bead: pair, moved, omission, addition or boilerplate.
    static func kind(of bead: Bead) -> String {
        if bead.role.isBoilerplate { return "boilerplate" }
        if bead.target.isEmpty { return "omission" }
        if bead.source.isEmpty { return "addition" }
        return bead.moved ? "moved" : "pair"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    static func describe(_ range: Range<Int>) -> String {
        range.isEmpty ? "none" : range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound - 1)"
    }

    /// "line 12" or "lines 12–13": where the bead's sentences are in the input file.
    func lines(_ document: Document, _ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        let a = document.sentences[first].line, b = document.sentences[last].line
        return a == b ? "line \(a)" : "lines \(a)–\(b)"
    }

    /// What the matches of one stretch of text say: whether none is an accepted term (so the
    /// stretch is marked deprecated), and one line per concept for its hover text (id, pivot
    /// term, subject field, preferred renderings, the status of the term found).
    func describe(_ group: [TermMatch], glossary: Glossary) -> (deprecated: Bool, title: String) {
        let titles = group.map { match -> String in
            let concept = glossary.concepts[match.concept], term = concept.terms[match.term]
            var line = concept.id
            if let pivot = glossary.pivot(of: concept) { line += " \(pivot.text)" }
            line += " (\(concept.subjectField))"
            let preferred = concept.terms.filter { $0.status == .preferred && Language($0.language).base != glossary.pivotLanguage.base }
                .map { "\($0.language): \($0.text)" }.joined(separator: "; ")
            if !preferred.isEmpty { line += " — preferred \(preferred)" }
            if term.status != .preferred { line += " — “\(term.text)” is \(term.status.rawValue)" }
            return line
        }
        return (!group.contains(where: glossary.accepts), titles.joined(separator: "\n"))
    }

    /// The text cut into plain runs and glossary terms (with the concept on hover).
    func parts(_ text: String, matcher: TermMatcher?, language: Language) -> [Part] {
        guard let matcher, let glossary, !text.isEmpty else { return text.isEmpty ? [] : [.plain(text)] }
        let characters = Array(text)
        var result: [Part] = []
        var at = 0
        let matches = Dictionary(grouping: matcher.matches(in: text), by: \.range).sorted { $0.key.lowerBound < $1.key.lowerBound }
        for (range, group) in matches where range.lowerBound >= at {
            if range.lowerBound > at { result.append(.plain(String(characters[at..<range.lowerBound]))) }
            let (deprecated, title) = describe(group, glossary: glossary)
            result.append(Part(text: Self.detached(String(characters[range])), term: true, cls: deprecated ? "term deprecated" : "term",
                               title: Self.detached(title)))
            at = range.upperBound
        }
        if at < characters.count { result.append(.plain(String(characters[at...]))) }
        return result
    }
}
