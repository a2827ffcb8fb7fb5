import Foundation

/// Reads an OpenDocument text (`.odt`: LibreOffice, Google Docs, Word's ODF export) into a
/// `Document`: `content.xml` and `styles.xml` from the ZIP (`ZIPContainer`), streamed through
/// libxml2 with no external entity read.
///
/// What it keeps: paragraphs (`text:p`) and headings (`text:h`, the heading role), spans and
/// links joined, `text:s` as its count of spaces, tabs and line breaks as spaces, table cells and
/// list items one paragraph each, frames and text boxes, captions (a paragraph style named
/// Caption, Illustration, Figure, Drawing or Table, LibreOffice's caption categories), notes as
/// note paragraphs after the body, tracked changes as if accepted (the deleted text LibreOffice
/// keeps in `text:tracked-changes` is dropped), and the master pages' running headers and footers
/// as boilerplate (`pageFurniture`); bold, italic, underline, raised and lowered text (from the
/// spans' automatic styles), links and note marks as `InlineCode`s. What it drops: note citations, comments, indexes and tables
/// of contents (they repeat the headings), image titles and descriptions. Positions are the
/// paragraph's number in its part as the line and the character in the paragraph as the column.
public struct ODTReader: TextBlockReader {
    /// Bounds on the file, its parts and their XML.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// What to say when the file holds no text.
    public static let emptyMessage = "the document holds no text"

    /// The paragraphs of an `.odt` held in memory: running headers, body, notes, running footers.
    public func read(data: Data, path: String) throws(SejajarError) -> [TextBlock] {
        var zip = try ZIPContainer(data: data, path: path, limits: limits)
        guard let content = try zip.data("content.xml") else {
            throw .io(path: path, message: "not an OpenDocument text: the archive has no content.xml")
        }
        var styles = Styles()
        var furniture = Part()
        if let data = try zip.data("styles.xml") {
            furniture = try walk(data, part: "\(path)[styles.xml]", styles: &styles, furnitureOnly: true)
        }
        let body = try walk(content, part: "\(path)[content.xml]", styles: &styles, furnitureOnly: false)
        return furniture.headers + body.body + body.notes + furniture.footers
    }

    /// What the styles say: each style's parent (automatic styles derive from named ones), and
    /// the formatting of text styles (bold, italic, underline, raised or lowered).
    struct Styles {
        var parents: [String: String] = [:]
        var formatting: [String: [InlineCode.Kind]] = [:]

        /// The formatting of a text style, its own or inherited.
        func kinds(of style: String?) -> [InlineCode.Kind] {
            var name = style, steps = 0
            while let current = name, steps < 20 {
                if let kinds = formatting[current] { return kinds }
                name = parents[current]
                steps += 1
            }
            return []
        }
    }

    /// What one part holds.
    struct Part {
        var headers: [TextBlock] = []
        var body: [TextBlock] = []
        var notes: [TextBlock] = []
        var footers: [TextBlock] = []
    }

    /// Elements whose text is not part of the accepted, visible document.
    static let skipped: Set<String> = ["tracked-changes", "note-citation", "annotation", "table-of-content", "alphabetical-index",
                                       "illustration-index", "table-index", "object-index", "user-index", "bibliography",
                                       "sequence-decls", "variable-decls", "user-field-decls", "forms", "title", "desc"]
    /// LibreOffice's caption categories, as paragraph style names.
    static let captionStyles: Set<String> = ["Caption", "Illustration", "Figure", "Drawing", "Table"]

    /// Streams one part. `parents` maps each style to the style it derives from (automatic
    /// styles to named ones), filled from both parts; with `furnitureOnly` only the master pages'
    /// headers and footers are read (styles.xml). With `flat`, the part is a whole flat ODT
    /// (`.fodt`: styles, master pages and body in one XML file), whose root must say so.
    func walk(_ data: Data, part: String, styles: inout Styles, furnitureOnly: Bool, flat: Bool = false) throws(SejajarError) -> Part {
        let reader = try XMLReader(data: data, path: part, limits: limits)
        var rootSeen = !flat
        var result = Part()
        var body = ParagraphStack(), notes = ParagraphStack(), headers = ParagraphStack(), footers = ParagraphStack()
        var elements: [String] = []
        var style: String?
        // Open spans and links: their formatting and where they start.
        var spans: [(kinds: [InlineCode.Kind], value: String?, start: Int)] = []
        enum Target { case body, notes, headers, footers, none }
        func target() -> Target {
            if let k = elements.lastIndex(where: { $0.hasPrefix("header") || $0.hasPrefix("footer") }), elements.contains("master-page") {
                return elements[k].hasPrefix("header") ? .headers : .footers
            }
            if furnitureOnly { return .none }
            if elements.contains("note-body") { return .notes }
            return elements.contains("text") && elements.contains("body") ? .body : .none
        }
        func withStack(_ action: (inout ParagraphStack) -> Void) {
            switch target() {
            case .body: action(&body)
            case .notes: action(&notes)
            case .headers: action(&headers)
            case .footers: action(&footers)
            case .none: break
            }
        }
        /// Characters in the paragraph open where the reader stands (where a span starts).
        func length() -> Int {
            var length = 0
            withStack { length = $0.length }
            return length
        }
        while let node = try reader.next() {
            switch node {
            case .start(let name, let isEmpty):
                if !rootSeen {
                    rootSeen = true
                    let mimetype = reader.attribute("office:mimetype") ?? "application/vnd.oasis.opendocument.text"
                    guard name == "document", mimetype.hasPrefix("application/vnd.oasis.opendocument.text") else {
                        throw .io(path: part, message: "not a flat OpenDocument text: the root element is <\(name)>"
                                  + (name == "document" ? " of \(mimetype)" : ", not <office:document>"))
                    }
                }
                if Self.skipped.contains(name) {
                    if !isEmpty { try reader.skipElement() }
                    continue
                }
                if name == "style" {
                    style = reader.attribute("style:name")
                    if let style, let parent = reader.attribute("style:parent-style-name") { styles.parents[style] = parent }
                }
                if name == "text-properties", let style {
                    var kinds: [InlineCode.Kind] = []
                    if reader.attribute("fo:font-weight") == "bold" { kinds.append(.bold) }
                    if reader.attribute("fo:font-style") == "italic" { kinds.append(.italic) }
                    if let underline = reader.attribute("style:text-underline-style"), underline != "none" { kinds.append(.underline) }
                    if let position = reader.attribute("style:text-position") {
                        if position.hasPrefix("super") || position.first.map({ $0.isNumber && $0 != "0" }) == true { kinds.append(.superscript) }
                        if position.hasPrefix("sub") || position.hasPrefix("-") { kinds.append(.subscript) }
                    }
                    if !kinds.isEmpty { styles.formatting[style] = kinds }
                }
                if !isEmpty { elements.append(name) }
                switch name {
                case "p", "h":
                    reader.beginEntry()
                    let kind = target()
                    let role: Role = switch kind {
                    case .notes: .note
                    case .headers, .footers: .pageFurniture
                    default: name == "h" ? .heading : role(ofStyle: reader.attribute("text:style-name"), parents: styles.parents)
                    }
                    withStack { $0.begin(role: role) }
                    if isEmpty { withStack { $0.end() } }
                case "s":
                    let count = reader.attribute("text:c").flatMap(Int.init) ?? 1
                    withStack { $0.append(String(repeating: " ", count: min(max(count, 1), 1000))) }
                case "tab", "line-break":
                    withStack { $0.append(" ") }
                case "span" where !isEmpty:
                    spans.append((styles.kinds(of: reader.attribute("text:style-name")), nil, length()))
                case "a" where !isEmpty:
                    spans.append(([.link], reader.attribute("xlink:href"), length()))
                case "note":
                    withStack { $0.addCode(InlineCode(kind: .noteReference, start: $0.length, end: $0.length)) }
                default:
                    break
                }
            case .end(let name):
                if name == "p" || name == "h" { withStack { $0.end() } }
                if name == "span" || name == "a", let span = spans.popLast() {
                    withStack { stack in
                        for kind in span.kinds { stack.addCode(InlineCode(kind: kind, start: span.start, end: stack.length, value: span.value)) }
                    }
                }
                if name == "style" { style = nil }
                if !elements.isEmpty { elements.removeLast() }
            case .text(let text):
                withStack { if $0.isOpen { $0.append(text) } }
            }
        }
        result.body = body.blocks
        result.notes = notes.blocks
        result.headers = headers.blocks
        result.footers = footers.blocks
        return result
    }

    /// A paragraph's role from its style: caption or heading when the style, or one it derives
    /// from, is one of those; content otherwise.
    func role(ofStyle style: String?, parents: [String: String]) -> Role {
        var name = style, steps = 0
        while let current = name, steps < 20 {
            if Self.captionStyles.contains(current) { return .caption }
            if current == "Title" || current == "Subtitle" || current.hasPrefix("Heading") { return .heading }
            name = parents[current]
            steps += 1
        }
        return .content
    }
}
