/// Writes the glossary as a table, one row per term: `concept, subject, lang, term, status, pos,
/// flags, note`, tab- or comma-separated (`GlossaryTableReader` reads it back).
public struct GlossaryTableWriter: FormatWriter {
    /// Column names of the term table, in order.
    public static let columns = ["concept", "subject", "lang", "term", "status", "pos", "flags", "note"]

    /// A tab, or a comma (fields then quoted as CSV needs).
    public var separator: Character

    /// Creates a writer.
    public init(separator: Character) {
        self.separator = separator
    }

    /// The term table.
    public func write(_ glossary: Glossary) -> FormatOutput {
        var lines = [Self.columns.map { Self.quote($0, separator) }.joined(separator: String(separator))]
        for concept in glossary.concepts {
            for term in concept.terms {
                let row = [concept.id, concept.subjectField, term.language, term.text, term.status.rawValue,
                           term.partOfSpeech ?? "", term.exactOnly ? "exact" : "", term.note ?? ""]
                lines.append(row.map { Self.quote($0, separator) }.joined(separator: String(separator)))
            }
        }
        return FormatOutput(lines.joined(separator: "\n") + "\n")
    }

    static func flatten(_ text: String) -> String {
        text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    static func quote(_ field: String, _ separator: Character) -> String {
        if separator != "," { return flatten(field) }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
