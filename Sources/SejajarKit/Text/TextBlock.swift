/// One paragraph as a structured reader (HTML, DOCX, ODT, PDF, XLIFF) found it, before sentence
/// splitting: its text in runs that each remember where they start in the file, and the role the
/// file's structure gives it. `DocumentSegmenter.document(from:path:language:)` turns a list of
/// blocks into a `Document` exactly as it does plain text, so nothing downstream knows the format.
public struct TextBlock: Sendable, Hashable {
    /// A piece of the paragraph's text and where its first character stands in the file. The
    /// characters after it follow on the same line, one column each, and a line feed in `text`
    /// moves to column 1 of the next line. Runs are joined as they are, with no space between.
    public struct Run: Sendable, Hashable {
        /// The text, as read (white space is collapsed later).
        public var text: String
        /// 1-based line of the first character (for a word-processor file, the paragraph number).
        public var line: Int
        /// 1-based column of the first character.
        public var column: Int

        /// Creates a run.
        public init(text: String, line: Int, column: Int) {
            self.text = text
            self.line = line
            self.column = column
        }
    }

    /// The runs in reading order.
    public var runs: [Run]
    /// Formatting over the block's text, by character offsets in `text` (the runs joined);
    /// the segmenter clips each to the sentences it covers.
    public var codes: [InlineCode] = []
    /// The role the file's structure says (a heading, a caption, a note, page furniture), or
    /// `.content` to let the boilerplate rules decide as they do for plain text.
    public var role: Role

    /// Creates a block.
    public init(runs: [Run] = [], role: Role = .content) {
        self.runs = runs
        self.role = role
    }

    /// The block's text, runs joined.
    public var text: String { runs.map(\.text).joined() }

    /// The number of characters in the block so far: where a reader opening a code stands.
    public var count: Int { runs.reduce(0) { $0 + $1.text.count } }

    /// True when the block holds nothing but white space.
    public var isBlank: Bool { runs.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
}
