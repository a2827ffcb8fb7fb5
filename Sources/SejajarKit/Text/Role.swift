/// What a paragraph is for: real content (body text, a heading, a caption, a note), or one of the
/// kinds of boilerplate that news pages, word-processor files and machine-translated copies carry
/// around the text.
///
/// Content of every kind is aligned and enters pairs and translation memories; headings, captions
/// and notes keep their kind so that reports can show it. Boilerplate stays in the document (a
/// reviewer may want to see it) but is aligned only with boilerplate of the same kind and never
/// enters a content pair or a translation memory.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Body text.
    case content
    /// A title or heading (HTML `h1`–`h6`, a word processor's heading styles).
    case heading
    /// A figure or table caption (HTML `figcaption`, `caption`; a caption style).
    case caption
    /// A footnote or endnote, read after the body.
    case note
    /// A source line: "Fuente: URL", "Sumber: URL", "Source: URL".
    case sourceLine
    /// A comment counter such as "Komentar (0)" or "Comentarios (0)".
    case commentCounter
    /// A bracketed placeholder left by a scraper, such as "[iklan_2]".
    case placeholder
    /// A trailing byline: the author's name alone on a line near the end.
    case byline
    /// What a page carries around the text: a site's header, navigation, sidebars and footer, a
    /// word processor's running headers and footers, page numbers.
    case pageFurniture

    /// True for boilerplate: every role but content, heading, caption and note.
    public var isBoilerplate: Bool { !isContent }

    /// True for the kinds of content: body text, headings, captions and notes.
    public var isContent: Bool {
        switch self {
        case .content, .heading, .caption, .note: true
        default: false
        }
    }
}
