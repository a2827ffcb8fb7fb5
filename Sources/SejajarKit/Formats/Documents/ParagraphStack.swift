/// The paragraphs a word-processor reader (DOCX, ODT) has open while it streams a part: a
/// paragraph can hold another (a text box, a note), which closes first and comes first. Each
/// paragraph is numbered in its part; a run's position is that number as the line and the
/// character offset in the paragraph as the column.
struct ParagraphStack {
    private struct Open {
        var block: TextBlock
        var number: Int
        var column = 1
    }
    private var open: [Open] = []
    private var count = 0
    /// Paragraphs closed so far, in the order they closed.
    private(set) var blocks: [TextBlock] = []

    /// True while a paragraph is open.
    var isOpen: Bool { !open.isEmpty }

    /// Opens a paragraph with `role`.
    mutating func begin(role: Role) {
        count += 1
        open.append(Open(block: TextBlock(role: role), number: count))
    }

    /// Gives the innermost open paragraph `role` (a style read after the paragraph opened).
    mutating func setRole(_ role: Role) {
        if !open.isEmpty { open[open.count - 1].block.role = role }
    }

    /// Appends text to the innermost open paragraph; nothing when none is open.
    mutating func append(_ text: String) {
        guard !open.isEmpty, !text.isEmpty else { return }
        let k = open.count - 1
        open[k].block.runs.append(TextBlock.Run(text: text, line: open[k].number, column: open[k].column))
        open[k].column += text.count
    }

    /// Characters in the innermost open paragraph so far (where a code opened now starts).
    var length: Int { open.last.map { $0.column - 1 } ?? 0 }

    /// Adds formatting to the innermost open paragraph; a span that continues one of the same
    /// kind (two runs in bold) extends it.
    mutating func addCode(_ code: InlineCode) {
        guard !open.isEmpty, code.kind.isPlaceholder || code.start < code.end else { return }
        let k = open.count - 1
        if !code.kind.isPlaceholder, let last = open[k].block.codes.lastIndex(where: { $0.kind == code.kind && $0.value == code.value && $0.end == code.start }) {
            open[k].block.codes[last].end = code.end
        } else {
            open[k].block.codes.append(code)
        }
    }

    /// Closes the innermost paragraph.
    mutating func end() {
        guard let last = open.popLast() else { return }
        if !last.block.isBlank { blocks.append(last.block) }
    }
}
