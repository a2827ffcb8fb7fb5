/// Writes a `Document` as Sejajar sees it: each sentence with where it starts in the file and its
/// role (content, heading, caption, note, or a kind of boilerplate), paragraphs apart. It is how a
/// user checks what a reader kept and dropped from a web page, a Word file or a PDF before
/// aligning it (`sejajar text`).
public struct DocumentListingWriter: FormatWriter {
    /// Which form to write.
    public var format: ReportFormat

    /// Creates a writer.
    public init(format: ReportFormat = .text) {
        self.format = format
    }

    /// One sentence as the JSON form lists it.
    struct Entry: Encodable {
        var paragraph: Int
        var line: Int
        var column: Int
        var role: Role
        var text: String
    }

    /// The listing, ending with a newline. Text: `line:column  role  sentence`, a blank line
    /// between paragraphs.
    public func write(_ document: Document) throws(SejajarError) -> FormatOutput {
        switch format {
        case .json:
            return FormatOutput(try JSONFormat.text(document.sentences.map {
                Entry(paragraph: $0.paragraph, line: $0.line, column: $0.column, role: $0.role, text: $0.text)
            }))
        case .text:
            var lines: [String] = []
            let width = document.sentences.map { "\($0.line):\($0.column)".count }.max() ?? 0
            let roleWidth = document.sentences.map(\.role.rawValue.count).max() ?? 0
            for (k, sentence) in document.sentences.enumerated() {
                if k > 0, document.sentences[k - 1].paragraph != sentence.paragraph { lines.append("") }
                let place = "\(sentence.line):\(sentence.column)"
                lines.append(place.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                             + sentence.role.rawValue.padding(toLength: roleWidth, withPad: " ", startingAt: 0) + "  " + sentence.text)
            }
            return FormatOutput(lines.joined(separator: "\n") + "\n")
        }
    }
}
