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
