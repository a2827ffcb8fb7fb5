import Foundation

/// Text of the documents as a report prints it: cut into plain runs and glossary terms (the
/// concept and its preferred renderings on hover, a deprecated term marked), then cut again
/// where the formatting kept from the file changes; and findings as the page lists them. Shared
/// by the comparison report and the three-text report.
public struct ReportText {
    /// Term base whose terms are highlighted.
    public var glossary: Glossary?

    /// Creates the text of a report highlighting `glossary`'s terms.
    public init(glossary: Glossary?) {
        self.glossary = glossary
    }

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
        static func plain(_ text: String) -> Part { Part(text: ReportPage.detached(text), term: false, cls: "", title: "") }
    }

    struct FindingView {
        var severity: String
        var code: String
        var message: String
    }

    /// A finding as a page lists it.
    static func view(_ finding: Finding) -> FindingView {
        FindingView(severity: finding.severity.rawValue, code: ReportPage.detached(finding.code.rawValue), message: ReportPage.detached(finding.message))
    }

    struct Count {
        var code: String
        var count: Int
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

    /// What the matches of one stretch of text say: whether none is an accepted term (so the
    /// stretch is marked deprecated), and one line per concept for its hover text (id, pivot
    /// term, subject field, preferred renderings, the status of the term found).
    public func describe(_ group: [TermMatch], glossary: Glossary) -> (deprecated: Bool, title: String) {
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
            result.append(Part(text: ReportPage.detached(String(characters[range])), term: true, cls: deprecated ? "term deprecated" : "term",
                               title: ReportPage.detached(title)))
            at = range.upperBound
        }
        if at < characters.count { result.append(.plain(String(characters[at...]))) }
        return result
    }
}
