import Foundation

/// Reads a web page (or any HTML) into a `Document`. libxml2's HTML parser takes the markup as
/// browsers do; this reader walks the tree and keeps what a translator means by the text:
///
/// - block elements (`p`, `div`, `li`, `td`, `blockquote` …) are paragraphs; inline markup is
///   joined without a space, `br` is a space inside a paragraph and two `br` in a row end it;
/// - `h1`–`h6` get the heading role, `figcaption` and table `caption` the caption role;
/// - `script`, `style`, `template`, `noscript`, `head`, `svg`, comments and elements marked
///   `hidden` are dropped;
/// - bold, italic, underline, superscript, subscript and links are kept as `InlineCode`s beside
///   the text, a superscript note mark ("1", "[2]") as a note-reference mark;
/// - the site's furniture is kept as boilerplate (`pageFurniture`): `nav`, `aside`, forms, the
///   page's own `header` and `footer` (not an article's), and blocks whose class or id says
///   advertising, sharing, navigation or comments; comment counters, source lines and
///   placeholders are found by the same rules as in plain text.
///
/// Entities are decoded; the encoding comes from a byte-order mark or a `meta` charset (UTF-8
/// when neither says). Sentences point at the HTML line and column where they start.
public struct HTMLReader: TextBlockReader {
    /// Bounds on the file's size and nesting.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// What to say when the file holds no text.
    public static let emptyMessage = "the page holds no text"

    /// Elements whose content is never text for a reader.
    static let dropped: Set<String> = ["script", "style", "template", "noscript", "head", "svg", "math", "iframe", "object",
                                       "canvas", "video", "audio", "select", "option", "textarea", "button"]
    /// Elements that start and end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure",
        "figcaption", "caption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "article", "section", "main", "header",
        "footer", "nav", "aside", "form", "fieldset", "legend", "address", "hr", "body", "html", "details", "summary",
        "center", "menu", "noframes", "hgroup", "picture",
    ]
    /// Words in a class or id that mark a page's furniture, not its text.
    static let furnitureWords: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "adslot", "banner", "sponsor", "sponsored", "promo", "share",
        "sharing", "social", "related", "newsletter", "cookie", "cookies", "breadcrumb", "breadcrumbs", "menu", "navbar",
        "sidebar", "widget", "comments", "subscribe", "tags", "pagination", "masthead",
    ]

    /// A footnote reference ("1", "[2]", "*") set as a superscript: a mark, not text to align.
    static func isNoteReference(_ text: String, inside elements: [String]) -> Bool {
        guard elements.contains("sup") else { return false }
        let mark = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return !mark.isEmpty && mark.count <= 4 && mark.allSatisfy { $0.isNumber || "[]()*†‡".contains($0) }
    }

    /// One open element while walking the tree.
    private struct Open {
        var name: String
        var drops: Bool
        var furniture: Bool
        var role: Role?
        var inArticle: Bool
        /// Formatting the element opens, where it opens, and in which paragraph.
        var code: (kind: InlineCode.Kind, start: Int, block: Int, value: String?)?
    }

    /// The formatting an inline element stands for.
    static func codeKind(_ name: String) -> InlineCode.Kind? {
        switch name {
        case "b", "strong": .bold
        case "i", "em", "cite": .italic
        case "u", "ins": .underline
        case "sup": .superscript
        case "sub": .subscript
        case "a": .link
        default: nil
        }
    }

    /// The paragraphs of an HTML page held in memory (`path` names it in errors).
    public func read(data: Data, path: String) throws(SejajarError) -> [TextBlock] {
        let reader = try XMLReader(html: data, path: path, limits: limits)
        let sourceLines = SourceLines(data)
        var blocks: [TextBlock] = []
        var current = TextBlock()
        var open: [Open] = []
        var breaks = 0
        // Characters in the current block, and how many blocks were begun (a code closes only in
        // the block it opened in).
        var length = 0, blockNumber = 0
        func flush() {
            if !current.isBlank { blocks.append(current) }
            current = TextBlock()
            breaks = 0
            length = 0
            blockNumber += 1
            reader.beginEntry()
        }
        func context() -> (drops: Bool, role: Role) {
            guard let top = open.last else { return (false, .content) }
            if top.drops { return (true, .content) }
            if top.furniture { return (false, .pageFurniture) }
            return (false, open.last { $0.role != nil }?.role ?? .content)
        }
        while let node = try reader.next() {
            switch node {
            case .start(let name, let isEmpty):
                let parent = open.last
                let hidden = reader.attribute("hidden") != nil || reader.attribute("aria-hidden") == "true"
                let marked = ((reader.attribute("class") ?? "") + " " + (reader.attribute("id") ?? ""))
                    .lowercased().split { !$0.isLetter }.contains { Self.furnitureWords.contains(String($0)) }
                let inArticle = (parent?.inArticle ?? false) || name == "article" || name == "main"
                let furniture = (parent?.furniture ?? false) || marked || ["nav", "aside", "form", "menu"].contains(name)
                    || (name == "header" || name == "footer") && !inArticle
                let role: Role? = switch name {
                case "h1", "h2", "h3", "h4", "h5", "h6": .heading
                case "figcaption", "caption": .caption
                default: nil
                }
                var element = Open(name: name, drops: (parent?.drops ?? false) || Self.dropped.contains(name) || hidden,
                                   furniture: furniture, role: role, inArticle: inArticle)
                if let kind = Self.codeKind(name), kind != .link || reader.attribute("href") != nil {
                    element.code = (kind, length, blockNumber, kind == .link ? reader.attribute("href") : nil)
                }
                if name == "br" {
                    if !context().drops {
                        breaks += 1
                        if breaks >= 2 { flush() } else { current.runs.append(.init(text: " ", line: reader.line, column: 1)); length += 1 }
                    }
                } else if Self.blockElements.contains(name) {
                    flush()
                }
                if !isEmpty { open.append(element) }
            case .end(let name):
                if Self.blockElements.contains(name) { flush() }
                if let closing = open.popLast(), let code = closing.code, code.block == blockNumber, code.start < length, !context().drops {
                    // A note mark's superscript became a mark of its own; its span is not kept.
                    let isMark = current.codes.last.map { $0.kind == .noteReference && $0.start >= code.start } ?? false
                    if !isMark { current.codes.append(InlineCode(kind: code.kind, start: code.start, end: length, value: code.value)) }
                }
            case .text(let text):
                let (drops, role) = context()
                guard !drops else { continue }
                if Self.isNoteReference(text, inside: open.map(\.name)) {
                    let mark = text.trimmingCharacters(in: .whitespacesAndNewlines).filter { $0.isNumber || $0 == "*" }
                    current.codes.append(InlineCode(kind: .noteReference, start: length, end: length, value: mark.isEmpty ? nil : mark))
                    continue
                }
                if !text.allSatisfy(\.isWhitespace) { breaks = 0 }
                if current.runs.isEmpty || current.isBlank { current.role = role }
                let (line, column) = sourceLines.start(of: text, endingOn: reader.line)
                current.runs.append(.init(text: text, line: line, column: column))
                length += text.count
            }
        }
        flush()
        return blocks
    }
}

/// The lines of a source file, to find the column where a parsed text starts (libxml2 keeps
/// lines, not columns).
struct SourceLines {
    private let data: Data
    /// Byte offset where each line starts.
    private let starts: [Int]

    init(_ data: Data) {
        self.data = data
        var starts = [0]
        for (k, byte) in data.enumerated() where byte == 10 { starts.append(k + 1) }
        self.starts = starts
    }

    /// Where `text` starts, given the line libxml2 noted for it (the line its last character is
    /// on): the line it began on, and the column of its first word in that line when the word is
    /// written there as it reads (1 when not, for instance behind an entity).
    func start(of text: String, endingOn line: Int) -> (line: Int, column: Int) {
        let first = max(1, line - text.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) })
        guard first <= starts.count else { return (max(1, line), 1) }
        let head = text.prefix { $0 != "\n" }
        let leading = head.prefix { $0.isWhitespace }.count
        // Letters and digits only: punctuation may stand in the source as an entity (&amp;).
        let word = head.dropFirst(leading).prefix { $0.isLetter || $0.isNumber }.prefix(12)
        guard !word.isEmpty else { return (first, 1) }
        let lineStart = starts[first - 1]
        let lineEnd = first < starts.count ? starts[first] : data.count
        let bytes = data[lineStart..<lineEnd]
        let needle = Array(String(word).utf8)
        guard let found = bytes.firstRange(of: needle) else { return (first, 1) }
        let column = String(decoding: data[lineStart..<found.lowerBound], as: UTF8.self).count + 1
        return (first, max(1, column - leading))
    }
}
