/// One sentence of a document, with where it came from.
public struct Sentence: Sendable, Hashable, Codable {
    /// The sentence text, whitespace-collapsed, NFC.
    public var text: String
    /// Index of the paragraph that holds it.
    public var paragraph: Int
    /// The role of that paragraph (sentences inherit it).
    public var role: Role
    /// 1-based line of the input where the sentence starts.
    public var line: Int
    /// 1-based column (in characters) of that line where the sentence starts; 0 when unknown
    /// (a saved alignment written without positions).
    public var column: Int
    /// Where the text stops following the input character for character: a new input line, or
    /// whitespace collapsed to one space. Empty when the sentence is one run of the input.
    public var breaks: [Break]
    /// Formatting kept from the file (bold, italic, links, note marks), by character offsets in
    /// `text`; empty for plain text.
    public var codes: [InlineCode] = []

    /// A place in a sentence's text (character offset) and where that character is in the input.
    public struct Break: Sendable, Hashable, Codable {
        public var offset: Int
        public var line: Int
        public var column: Int
        /// Creates a break.
        public init(offset: Int, line: Int, column: Int) {
            self.offset = offset
            self.line = line
            self.column = column
        }
    }

    /// Creates a sentence; used by the reader and by tests.
    public init(text: String, paragraph: Int, role: Role = .content, line: Int = 1, column: Int = 1, breaks: [Break] = []) {
        self.text = text
        self.paragraph = paragraph
        self.role = role
        self.line = line
        self.column = column
        self.breaks = breaks
    }

    /// The input line and column of the character at `offset` in `text`.
    public func position(at offset: Int) -> (line: Int, column: Int) {
        guard column > 0 else { return (line, 1) }
        var anchor = Break(offset: 0, line: line, column: column)
        for candidate in breaks where candidate.offset <= offset { anchor = candidate }
        return (anchor.line, anchor.column + max(0, offset - anchor.offset))
    }
}
