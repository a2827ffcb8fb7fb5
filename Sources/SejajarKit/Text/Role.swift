/// What a paragraph is for: real content, or one of the kinds of boilerplate that news pages and
/// machine-translated copies carry around the text.
///
/// Boilerplate stays in the document (a reviewer may want to see it) but is aligned only with
/// boilerplate of the same kind and never enters a content pair or a translation memory.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Text, including photo captions.
    case content
    /// A source line: "Fuente: URL", "Sumber: URL", "Source: URL".
    case sourceLine
    /// A comment counter such as "Komentar (0)" or "Comentarios (0)".
    case commentCounter
    /// A bracketed placeholder left by a scraper, such as "[iklan_2]".
    case placeholder
    /// A trailing byline: the author's name alone on a line near the end.
    case byline

    /// True for every role but `.content`.
    public var isBoilerplate: Bool { self != .content }
}
