/// Formatting a file gave a stretch of a sentence — bold, italic, a link, a footnote mark — kept
/// beside the plain text the aligner and the checks see, so that a translation memory or an
/// XLIFF file can carry it as paired inline codes (TMX `bpt`/`ept`/`ph`, XLIFF 2 `pc`/`ph`,
/// XLIFF 1.2 `g`/`x`).
public struct InlineCode: Sendable, Hashable, Codable {
    /// What the formatting is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case bold, italic, underline, superscript, `subscript`, link
        /// A footnote or endnote mark: a placeholder, not a span.
        case noteReference

        /// True for a kind that stands at one place (no text inside).
        public var isPlaceholder: Bool { self == .noteReference }
    }

    /// The formatting.
    public var kind: Kind
    /// Character offsets in the sentence's text: the span `start..<end`; a placeholder has
    /// `start == end` and stands before the character at `start`.
    public var start: Int
    public var end: Int
    /// A link's address, a note's number.
    public var value: String?

    /// Creates a code.
    public init(kind: Kind, start: Int, end: Int, value: String? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.value = value
    }
}
