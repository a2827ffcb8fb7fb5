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
        subset(Array(range))
    }

    /// The document made of the sentences at `indices` (ascending), in that order, with their
    /// paragraphs renumbered: what the review editor aligns when a moved pair stands inside the
    /// stretch it re-aligns. Sentence `k` of the result is sentence `indices[k]` of this one.
    public func subset(_ indices: [Int]) -> Document {
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var renumbered: [Int: Int] = [:]
        for s in indices {
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
        sentences.indices.filter { sentences[$0].role.isContent }
    }
}
