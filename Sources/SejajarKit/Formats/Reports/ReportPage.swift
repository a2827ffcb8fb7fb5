import Foundation
import Mustache

/// What every HTML page Sejajar writes shares (the comparison report, the three-text report and
/// the review editor): the page's head and style sheet, compiled in from
/// `Resources/page-start.html`, `report.css` and `page-end.html`, and how values are printed in
/// it (colours, shares, kinds of bead, numbers, line ranges). Text goes through `detached` before
/// a template prints it, so the template engine escapes every character HTML gives meaning to.
public enum ReportPage {
    /// How every report page starts, up to its own style rules and `</style>`: the head with
    /// `{{version}}` and `{{title}}`, and the shared style sheet.
    public static let start = resource(PackageResources.page_start_html) + style

    /// How every report page ends, after its table's rows.
    public static let end = resource(PackageResources.page_end_html)

    /// The style sheet every report page shares.
    public static let style = resource(PackageResources.report_css)

    /// A page template compiled in (a resource's UTF-8 bytes) as text.
    static func resource(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// `template` rendered with `value`; a built-in template that does not parse is a bug.
    public static func render(template: String, _ value: Any) -> String {
        do {
            return try MustacheTemplate(string: template).render(value)
        } catch {
            preconditionFailure("a built-in page template does not parse: \(error)")
        }
    }

    /// Text as the template may print it: a combining mark glued to one of the characters HTML
    /// gives meaning to (`"` + U+0301 is one Swift `Character`, which a character-wise escaper
    /// would pass through whole) is dropped, so that every such character stands alone and is
    /// escaped by the template engine.
    public static func detached(_ text: String) -> String {
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

    /// The colour of a confidence: red at 0, amber in the middle, green at 1.
    public static func colour(_ confidence: Double) -> String {
        "hsl(\(Int((max(0, min(1, confidence)) * 120).rounded())), 65%, 42%)"
    }

    /// A share of a side's content sentences as the header prints it ("95%", "–" for none).
    public static func share(_ value: Double, of content: Int) -> String {
        content == 0 ? "–" : String(format: "%.0f%%", value * 100)
    }

    /// The CSS class of a bead: pair, moved, omission, addition or boilerplate.
    public static func kind(of bead: Bead) -> String {
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
    static func lines(_ document: Document, _ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        let a = document.sentences[first].line, b = document.sentences[last].line
        return a == b ? "line \(a)" : "lines \(a)–\(b)"
    }

}
