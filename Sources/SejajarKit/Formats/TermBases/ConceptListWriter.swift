/// Writes concepts as `sejajar glossary lookup` shows them: for people, the id and subject
/// field, then each term with its language and status; for scripts, `{"concepts": […]}`.
public struct ConceptListWriter: FormatWriter {
    /// Which form to write.
    public var format: ReportFormat

    /// Creates a writer.
    public init(format: ReportFormat = .text) {
        self.format = format
    }

    /// The concepts, ending with a newline.
    public func write(_ concepts: [Concept]) throws(SejajarError) -> FormatOutput {
        switch format {
        case .json:
            return FormatOutput(try JSONFormat.text(["concepts": concepts]))
        case .text:
            var out = ""
            for concept in concepts {
                out += "\(concept.id) [\(concept.subjectField)]\n"
                for term in concept.terms {
                    out += "  \(term.language)  \(term.text)  (\(term.status.rawValue))" + (term.note.map { " — \($0)" } ?? "") + "\n"
                }
            }
            return FormatOutput(out)
        }
    }
}
