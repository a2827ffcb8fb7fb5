/// A side of a bead with its formatting, nested for the formats that want elements: TMX renders
/// each span as a `bpt`/`ept` pair and each mark as `ph`, XLIFF 2 as `pc` and `ph`, XLIFF 1.2 as
/// `g` and `x`. Spans that cross are split where they cross, so every element closes inside its
/// parent; the text, read without the codes, is the sentence text exactly.
enum InlineMarkup {
    /// A piece of marked-up text.
    indirect enum Node: Hashable {
        case text(String)
        case span(InlineCode, [Node])
        case mark(InlineCode)
    }

    /// The text and codes of `sentences` joined by single spaces, as a bead's side is.
    static func joined(_ sentences: [Sentence]) -> (text: String, codes: [InlineCode]) {
        var text = "", codes: [InlineCode] = [], offset = 0
        for (k, sentence) in sentences.enumerated() {
            if k > 0 { text += " "; offset += 1 }
            text += sentence.text
            codes += sentence.codes.map { InlineCode(kind: $0.kind, start: $0.start + offset, end: $0.end + offset, value: $0.value) }
            offset += sentence.text.count
        }
        return (text, codes)
    }

    /// `text` with `codes` as a tree.
    static func nodes(_ text: String, _ codes: [InlineCode]) -> [Node] {
        let characters = Array(text)
        let n = characters.count
        let spans = codes.filter { !$0.kind.isPlaceholder && $0.start < $0.end && $0.start >= 0 && $0.end <= n }
        let marks = codes.filter { $0.kind.isPlaceholder && $0.start >= 0 && $0.start <= n }
        func plain(_ from: Int, _ to: Int, closing: Bool) -> [Node] {
            var result: [Node] = []
            var run = ""
            for p in from..<max(from, to) {
                for mark in marks where mark.start == p {
                    if !run.isEmpty { result.append(.text(run)); run = "" }
                    result.append(.mark(mark))
                }
                run.append(characters[p])
            }
            if !run.isEmpty { result.append(.text(run)) }
            if closing { for mark in marks where mark.start == to { result.append(.mark(mark)) } }
            return result
        }
        func build(_ lo: Int, _ hi: Int, _ spans: [InlineCode], closing: Bool) -> [Node] {
            var remaining = spans.sorted { ($0.start, -$0.end, $0.kind.rawValue) < ($1.start, -$1.end, $1.kind.rawValue) }
            var result: [Node] = []
            var position = lo
            while let first = remaining.first {
                result += plain(position, first.start, closing: false)
                var inner: [InlineCode] = [], outer: [InlineCode] = []
                for span in remaining.dropFirst() {
                    if span.start >= first.end {
                        outer.append(span)
                    } else if span.end <= first.end {
                        inner.append(span)
                    } else {
                        inner.append(InlineCode(kind: span.kind, start: span.start, end: first.end, value: span.value))
                        outer.append(InlineCode(kind: span.kind, start: first.end, end: span.end, value: span.value))
                    }
                }
                result.append(.span(first, build(first.start, first.end, inner, closing: false)))
                position = first.end
                remaining = outer.sorted { ($0.start, -$0.end, $0.kind.rawValue) < ($1.start, -$1.end, $1.kind.rawValue) }
            }
            result += plain(position, hi, closing: closing)
            return result
        }
        return build(0, n, spans, closing: true)
    }

    /// The native code a span stands for, as an HTML editor would write it, and the TMX type.
    static func native(_ code: InlineCode) -> (open: String, close: String, type: String) {
        switch code.kind {
        case .bold: ("<b>", "</b>", "bold")
        case .italic: ("<i>", "</i>", "italic")
        case .underline: ("<u>", "</u>", "ulined")
        case .superscript: ("<sup>", "</sup>", "superscript")
        case .subscript: ("<sub>", "</sub>", "subscript")
        case .link: ("<a href=\"\(code.value ?? "")\">", "</a>", "link")
        case .noteReference: ("<sup class=\"note\">\(code.value ?? "")</sup>", "", "fnote")
        }
    }
}

extension Segment {
    /// A TMX segment for sentences joined by spaces: their text, each span of formatting as a
    /// `bpt`/`ept` pair (numbered `i` from 1 in the segment, with TMX's `type` and the native
    /// code as content) and each mark as `ph`. Plain sentences give a plain segment.
    init(sentences: [Sentence]) {
        let (text, codes) = InlineMarkup.joined(sentences)
        guard !codes.isEmpty else { self.init(text); return }
        var next = 0
        func parts(_ nodes: [InlineMarkup.Node]) -> [Part] {
            nodes.flatMap { node -> [Part] in
                switch node {
                case .text(let text):
                    return [.text(text)]
                case .mark(let code):
                    let native = InlineMarkup.native(code)
                    return [.element(name: "ph", attributes: [Attribute(name: "type", value: native.type)], children: [.text(native.open)])]
                case .span(let code, let children):
                    next += 1
                    let i = String(next), native = InlineMarkup.native(code)
                    return [.element(name: "bpt", attributes: [Attribute(name: "i", value: i), Attribute(name: "type", value: native.type)],
                                     children: [.text(native.open)])]
                        + parts(children)
                        + [.element(name: "ept", attributes: [Attribute(name: "i", value: i)], children: [.text(native.close)])]
                }
            }
        }
        self.init(parts: parts(InlineMarkup.nodes(text, codes)))
    }
}
