import CMark
import Foundation

/// Reads a Markdown file (CommonMark with GitHub's tables, strikethrough, autolinks and
/// footnotes, parsed by cmark-gfm) into a `Document`'s paragraphs: headings (`#` and underlined)
/// as headings, paragraphs, list items, block quotes and table cells one paragraph each,
/// footnotes as notes after the body; emphasis, strong text and links as `InlineCode`s and a
/// footnote's mark as a note reference. What it drops: code blocks and raw HTML blocks (not
/// prose to translate), images, HTML tags inside a paragraph, a YAML or TOML front matter.
/// Positions are the file's line and column (cmark's source positions).
public struct MarkdownReader: TextBlockReader {
    /// Bounds on the file's size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// cmark-gfm's extensions registered once: `cmark_gfm_core_extensions_ensure_registered`
    /// checks and sets a plain static flag, so two threads reading Markdown for the first time
    /// could register twice into the same list. A Swift static runs it exactly once.
    private static let extensionsRegistered: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    /// What to say when the file holds no text.
    public static let emptyMessage = "the Markdown file holds no text"

    /// The paragraphs of the Markdown held in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> [TextBlock] {
        let text = Self.withoutFrontMatter(try TextDecoder.decode([UInt8](data), path: path))
        _ = Self.extensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES) else {
            throw .io(path: path, message: "the Markdown parser could not be started")
        }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let syntax = cmark_find_syntax_extension(name) { _ = cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        guard let root = cmark_parser_finish(parser) else { throw .io(path: path, message: "the Markdown parser failed") }
        defer { cmark_node_free(root) }
        var walker = Walker(limits: limits, path: path)
        try walker.block(root, role: .content)
        return walker.body + walker.notes
    }

    /// `text` with a front matter (YAML between `---` lines, or TOML between `+++` lines, at its
    /// very start) blanked, its lines kept so that positions stay the file's.
    static func withoutFrontMatter(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first == "---" || first == "+++",
              let end = lines.dropFirst().firstIndex(where: { $0 == first || first == "---" && $0 == "..." }) else { return text }
        for k in 0...end { lines[k] = "" }
        return lines.joined(separator: "\n")
    }

    /// Walks cmark's tree into paragraphs.
    private struct Walker {
        var limits: Limits
        var path: String
        var body: [TextBlock] = []
        var notes: [TextBlock] = []
        /// The paragraph being written: its block and its length so far (code offsets).
        var current = TextBlock()
        var length = 0
        var depth = 0

        init(limits: Limits, path: String) {
            self.limits = limits
            self.path = path
        }

        /// One level deeper; an error past the nesting limit (a hostile file).
        mutating func descend(_ node: OpaquePointer) throws(SejajarError) {
            depth += 1
            guard depth <= limits.xmlDepth else {
                throw .malformed(path: path, line: max(Int(cmark_node_get_start_line(node)), 1), column: max(Int(cmark_node_get_start_column(node)), 1),
                                 message: "Markdown nested deeper than \(limits.xmlDepth) levels (raise the limit with SEJAJAR_MAX_XML_DEPTH)")
            }
        }

        /// The node's type: cmark's name for it (an extension's, `table_cell`, included), and
        /// footnotes by their type number (their names vary between versions).
        static func type(_ node: OpaquePointer) -> String {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_FOOTNOTE_DEFINITION: return "footnote_definition"
            case CMARK_NODE_FOOTNOTE_REFERENCE: return "footnote_reference"
            default: return cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
            }
        }

        static func children(_ node: OpaquePointer) -> [OpaquePointer] {
            var result: [OpaquePointer] = []
            var child = cmark_node_first_child(node)
            while let current = child {
                result.append(current)
                child = cmark_node_next(current)
            }
            return result
        }

        /// A block node: paragraphs, headings and table cells are paragraphs of the document;
        /// containers are walked; code and raw HTML are left out.
        mutating func block(_ node: OpaquePointer, role: Role) throws(SejajarError) {
            try descend(node)
            defer { depth -= 1 }
            switch Self.type(node) {
            case "paragraph", "table_cell":
                try paragraph(node, role: role)
            case "heading":
                try paragraph(node, role: role == .note ? .note : .heading)
            case "footnote_definition":
                for child in Self.children(node) { try block(child, role: .note) }
            case "code_block", "html_block", "thematic_break":
                break
            default:  // document, block_quote, list, item, table, table_row, and extensions' containers
                for child in Self.children(node) { try block(child, role: role) }
            }
        }

        mutating func paragraph(_ node: OpaquePointer, role: Role) throws(SejajarError) {
            current = TextBlock(role: role)
            length = 0
            try inlines(node, line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
            if !current.isBlank {
                if role == .note { notes.append(current) } else { body.append(current) }
            }
        }

        mutating func append(_ text: String, line: Int, column: Int) {
            guard !text.isEmpty else { return }
            current.runs.append(TextBlock.Run(text: text, line: max(line, 1), column: max(column, 1)))
            length += text.count
        }

        /// The inlines of `node`, in order; `line` and `column` where the node starts, for
        /// inlines cmark gives no position of their own.
        mutating func inlines(_ node: OpaquePointer, line: Int, column: Int) throws(SejajarError) {
            try descend(node)
            defer { depth -= 1 }
            for child in Self.children(node) {
                let startLine = Int(cmark_node_get_start_line(child)), startColumn = Int(cmark_node_get_start_column(child))
                let at = startLine > 0 ? (startLine, startColumn) : (line, column)
                let literal = cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
                switch Self.type(child) {
                case "text", "code":
                    append(literal, line: at.0, column: at.1)
                case "softbreak", "linebreak":
                    append("\n", line: at.0, column: at.1)
                case "emph", "strong", "strikethrough", "link":
                    let start = length
                    try inlines(child, line: at.0, column: at.1)
                    let kind: InlineCode.Kind? = switch Self.type(child) {
                    case "emph": .italic
                    case "strong": .bold
                    case "link": .link
                    default: nil
                    }
                    if let kind, length > start {
                        let url = cmark_node_get_url(child).map { String(cString: $0) }
                        current.codes.append(InlineCode(kind: kind, start: start, end: length, value: kind == .link ? url : nil))
                    }
                case "footnote_reference":
                    current.codes.append(InlineCode(kind: .noteReference, start: length, end: length))
                case "image", "html_inline":
                    break
                default:
                    try inlines(child, line: at.0, column: at.1)
                }
            }
        }
    }
}
