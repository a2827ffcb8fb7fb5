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

/// A paragraph: a contiguous run of sentences with one role.
public struct Paragraph: Sendable, Hashable, Codable {
    /// The sentences of the paragraph, as indices into `Document.sentences`.
    public var sentences: Range<Int>
    /// Content or a kind of boilerplate.
    public var role: Role
    /// 1-based line where the paragraph starts.
    public var line: Int

    /// Creates a paragraph.
    public init(sentences: Range<Int>, role: Role, line: Int) {
        self.sentences = sentences
        self.role = role
        self.line = line
    }
}

/// A text split into paragraphs and sentences: the only thing the aligner sees.
///
/// Everything downstream refers to sentences by their index in `sentences` (reading order), so a
/// `Bead` can hold index ranges rather than copies of text.
public struct Document: Sendable, Hashable, Codable {
    /// The file the document was read from (for messages and output), or a label.
    public var path: String
    /// The document's language.
    public var language: Language
    /// Paragraphs in reading order; their sentence ranges tile `sentences`.
    public var paragraphs: [Paragraph]
    /// Sentences in reading order.
    public var sentences: [Sentence]

    /// Creates a document from already segmented parts.
    public init(path: String, language: Language, paragraphs: [Paragraph], sentences: [Sentence]) {
        self.path = path
        self.language = language
        self.paragraphs = paragraphs
        self.sentences = sentences
    }

    /// Builds a document from paragraphs given as lists of sentence texts, all content; handy in tests.
    public init(path: String = "<memory>", language: Language, paragraphs texts: [[String]]) {
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for (p, paragraph) in texts.enumerated() {
            let start = sentences.count
            for text in paragraph {
                sentences.append(Sentence(text: text, paragraph: p, line: p + 1))
            }
            paragraphs.append(Paragraph(sentences: start..<sentences.count, role: .content, line: p + 1))
        }
        self.init(path: path, language: language, paragraphs: paragraphs, sentences: sentences)
    }

    /// The sentences in `range` as a document of their own (paragraphs clipped and renumbered):
    /// what re-aligning the stretch between two locked beads works on.
    public func slice(_ range: Range<Int>) -> Document {
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var renumbered: [Int: Int] = [:]
        for s in range {
            var sentence = self.sentences[s]
            let old = sentence.paragraph
            if renumbered[old] == nil {
                renumbered[old] = paragraphs.count
                let original = self.paragraphs[old]
                paragraphs.append(Paragraph(sentences: sentences.count..<sentences.count, role: original.role, line: original.line))
            }
            sentence.paragraph = renumbered[old]!
            paragraphs[sentence.paragraph].sentences = paragraphs[sentence.paragraph].sentences.lowerBound..<(sentences.count + 1)
            sentences.append(sentence)
        }
        return Document(path: path, language: language, paragraphs: paragraphs, sentences: sentences)
    }

    /// Indices of the content sentences, in order.
    public var contentSentenceIndices: [Int] {
        sentences.indices.filter { sentences[$0].role == .content }
    }
}
