import Foundation

/// Reads a Word document (Office Open XML, `.docx`) into a `Document`: the ZIP through
/// ZIPFoundation (`ZIPContainer`, bounded against ZIP bombs), each XML part through libxml2,
/// streamed, with no external entity ever read.
///
/// What it keeps: every paragraph (`w:p`) with its runs joined, tabs and line breaks as spaces,
/// table cells one paragraph each, text boxes, fields' shown results, tracked changes as if
/// accepted (insertions kept, deletions dropped), headings and captions from the paragraph style
/// (`styles.xml`, or an outline level), footnotes and endnotes as notes after the body, and the
/// running headers and footers as boilerplate (`pageFurniture`); bold, italic, underline,
/// superscript, subscript, hyperlinks and note references as `InlineCode`s. What it drops: field codes,
/// hidden text, comments, the fallback copy of drawing content. Positions are the paragraph's
/// number in its part as the line and the character in the paragraph as the column.
public struct DOCXReader: TextBlockReader {
    /// Bounds on the file, its parts and their XML.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// What to say when the file holds no text.
    public static let emptyMessage = "the document holds no text"

    /// The paragraphs of a `.docx` held in memory: running headers, body, notes, running footers.
    public func read(data: Data, path: String) throws(SejajarError) -> [TextBlock] {
        var zip = try ZIPContainer(data: data, path: path, limits: limits)
        guard let body = try zip.data("word/document.xml") else {
            throw .io(path: path, message: "not a Word document: the archive has no word/document.xml")
        }
        let styles = try zip.data("word/styles.xml").map { data throws(SejajarError) in try styleRoles(data, part: "\(path)[word/styles.xml]") } ?? [:]
        let parts = zip.paths.sorted()
        func relationships(_ part: String) throws(SejajarError) -> [String: String] {
            let rels = "word/_rels/" + (part as NSString).lastPathComponent + ".rels"
            return try zip.data(rels).map { data throws(SejajarError) in try targets(data, part: "\(path)[\(rels)]") } ?? [:]
        }
        func read(_ part: String, role: Role) throws(SejajarError) -> [TextBlock] {
            guard let data = try zip.data(part) else { return [] }
            return try paragraphs(data, part: "\(path)[\(part)]", role: role, styles: styles, links: try relationships(part))
        }
        var blocks: [TextBlock] = []
        for part in parts where Self.isPart(part, "header") { blocks += try read(part, role: .pageFurniture) }
        blocks += try paragraphs(body, part: "\(path)[word/document.xml]", role: .content, styles: styles,
                                 links: try relationships("word/document.xml"))
        blocks += try read("word/footnotes.xml", role: .note)
        blocks += try read("word/endnotes.xml", role: .note)
        for part in parts where Self.isPart(part, "footer") { blocks += try read(part, role: .pageFurniture) }
        return blocks
    }

    /// `word/header1.xml`, `word/footer2.xml` …
    static func isPart(_ path: String, _ kind: String) -> Bool {
        guard path.hasPrefix("word/\(kind)"), path.hasSuffix(".xml") else { return false }
        return path.dropFirst(5 + kind.count).dropLast(4).allSatisfy(\.isNumber)
    }

    /// Elements whose text is not part of the accepted, visible document.
    static let skipped: Set<String> = ["del", "moveFrom", "delText", "instrText", "Fallback", "footnoteRef", "endnoteRef",
                                       "commentReference", "annotationRef", "sym", "rPrChange", "pPrChange"]

    /// The paragraphs of one XML part. Paragraphs with a heading or caption style take that role
    /// unless the part gives its own (notes, furniture).
    func paragraphs(_ data: Data, part: String, role base: Role, styles: [String: Role], links: [String: String] = [:]) throws(SejajarError) -> [TextBlock] {
        let reader = try XMLReader(data: data, path: part, limits: limits)
        var stack = ParagraphStack()
        var elements: [String] = []
        var hiddenRun = false
        // The current run's formatting and where it starts; the open hyperlinks' starts.
        var runKinds: [InlineCode.Kind] = [], runStart = 0
        var openLinks: [(start: Int, value: String?)] = []
        while let node = try reader.next() {
            switch node {
            case .start(let name, let isEmpty):
                if Self.skipped.contains(name) || (name == "footnote" || name == "endnote") && Self.isSeparator(reader.attribute("w:type")) {
                    if !isEmpty { try reader.skipElement() }
                    continue
                }
                if !isEmpty { elements.append(name) }
                let inRunProperties = elements.contains("rPr") && !elements.contains("pPr")
                switch name {
                case "p":
                    reader.beginEntry()
                    stack.begin(role: base)
                    if isEmpty { stack.end() }
                case "pStyle" where base == .content:
                    if let id = reader.attribute("w:val"), let role = styles[id] { stack.setRole(role) }
                case "outlineLvl" where base == .content && elements.contains("pPr"):
                    if let level = reader.attribute("w:val").flatMap(Int.init), level < 9 { stack.setRole(.heading) }
                case "r":
                    hiddenRun = false
                    runKinds = []
                    runStart = stack.length
                case "b" where inRunProperties, "i" where inRunProperties:
                    if !["0", "false", "off"].contains(reader.attribute("w:val") ?? "true") { runKinds.append(name == "b" ? .bold : .italic) }
                case "u" where inRunProperties:
                    if (reader.attribute("w:val") ?? "single") != "none" { runKinds.append(.underline) }
                case "vertAlign" where inRunProperties:
                    if reader.attribute("w:val") == "superscript" { runKinds.append(.superscript) }
                    if reader.attribute("w:val") == "subscript" { runKinds.append(.subscript) }
                case "hyperlink":
                    let target = reader.attribute("r:id").flatMap { links[$0] } ?? reader.attribute("w:anchor").map { "#" + $0 }
                    openLinks.append((stack.length, target))
                case "footnoteReference", "endnoteReference":
                    stack.addCode(InlineCode(kind: .noteReference, start: stack.length, end: stack.length, value: reader.attribute("w:id")))
                case "vanish" where inRunProperties, "webHidden" where inRunProperties:
                    hiddenRun = !["0", "false", "off"].contains(reader.attribute("w:val") ?? "true")
                case "tab" where elements.contains("r") || elements.last == "r", "br", "cr":
                    if !hiddenRun { stack.append(" ") }
                case "noBreakHyphen":
                    if !hiddenRun { stack.append("\u{2011}") }
                default:
                    break
                }
            case .end(let name):
                if !elements.isEmpty { elements.removeLast() }
                if name == "p" { stack.end() }
                if name == "r" {
                    hiddenRun = false
                    for kind in runKinds { stack.addCode(InlineCode(kind: kind, start: runStart, end: stack.length)) }
                    runKinds = []
                }
                if name == "hyperlink", let link = openLinks.popLast() {
                    stack.addCode(InlineCode(kind: .link, start: link.start, end: stack.length, value: link.value))
                }
            case .text(let text):
                if !hiddenRun, elements.last == "t" { stack.append(text) }
            }
        }
        return stack.blocks
    }

    /// A part's relationships: each id and the address or part it points at (hyperlinks).
    func targets(_ data: Data, part: String) throws(SejajarError) -> [String: String] {
        let reader = try XMLReader(data: data, path: part, limits: limits)
        var result: [String: String] = [:]
        while let node = try reader.next() {
            if case .start("Relationship", _) = node, let id = reader.attribute("Id"), let target = reader.attribute("Target") { result[id] = target }
        }
        return result
    }

    /// The separator "notes" Word keeps in footnotes.xml (the line above the notes).
    static func isSeparator(_ type: String?) -> Bool {
        type == "separator" || type == "continuationSeparator" || type == "continuationNotice"
    }

    /// Paragraph styles that make a heading or a caption, by style id: a built-in name ("heading
    /// 1", "Title", "caption", whatever the document's language, since Word keeps built-in names
    /// in English), an outline level, or a style based on one of these.
    func styleRoles(_ data: Data, part: String) throws(SejajarError) -> [String: Role] {
        let reader = try XMLReader(data: data, path: part, limits: limits)
        var own: [String: Role] = [:], basedOn: [String: String] = [:]
        var current: String?
        while let node = try reader.next() {
            guard case .start(let name, _) = node else {
                if case .end("style") = node { current = nil }
                continue
            }
            switch name {
            case "style":
                current = reader.attribute("w:type") == "paragraph" ? reader.attribute("w:styleId") : nil
            case "name":
                guard let id = current, let value = reader.attribute("w:val")?.lowercased() else { continue }
                if value.hasPrefix("heading") || value == "title" || value == "subtitle" { own[id] = .heading }
                if value == "caption" { own[id] = .caption }
            case "outlineLvl":
                if let id = current, let level = reader.attribute("w:val").flatMap(Int.init), level < 9 { own[id] = .heading }
            case "basedOn":
                if let id = current, let parent = reader.attribute("w:val") { basedOn[id] = parent }
            default:
                break
            }
        }
        var roles = own
        for id in basedOn.keys where roles[id] == nil {
            var parent = basedOn[id], steps = 0
            while let next = parent, steps < 20 {
                if let role = own[next] { roles[id] = role; break }
                parent = basedOn[next]
                steps += 1
            }
        }
        return roles
    }
}
