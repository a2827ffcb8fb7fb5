import Foundation

/// Reads the glossary as a table, one row per term: `concept, subject, lang, term, status, pos,
/// flags, note` (what `GlossaryTableWriter` writes), tab- or comma-separated, so terminologists
/// can edit in a spreadsheet and `sejajar glossary import` the result.
public struct GlossaryTableReader: FormatReader {
    /// A tab, or a comma (CSV quoting rules then apply).
    public var separator: Character
    /// Bounds on the input's size.
    public var limits: Limits

    /// Creates a reader.
    public init(separator: Character, limits: Limits = Limits()) {
        self.separator = separator
        self.limits = limits
    }

    /// The term table in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> Glossary {
        let text = try TextDecoder.decode([UInt8](data), path: path)
        let rows = separator == "," ? try Self.csvRows(text, path: path)
            : text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { number, line in
                (line: number + 1, fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
            }
        guard let header = rows.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw .malformed(path: path, line: 1, column: 1, message: "empty file")
        }
        var index: [String: Int] = [:]
        for (k, name) in header.enumerated() { index[name] = k }
        for required in ["concept", "lang", "term", "status"] where index[required] == nil {
            throw .malformed(path: path, line: 1, column: 1, message: "missing column '\(required)' (expected: \(GlossaryTableWriter.columns.joined(separator: ", ")))")
        }
        var concepts: [Concept] = []
        var lines: [String: Int] = [:]
        var position: [String: Int] = [:]
        for (number, row) in rows.dropFirst() {
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func field(_ name: String) -> String {
                guard let k = index[name], k < row.count else { return "" }
                return row[k].trimmingCharacters(in: .whitespaces)
            }
            let id = field("concept"), text = field("term"), language = field("lang")
            guard Language(language).isWellFormed || language.isEmpty else {
                throw .malformed(path: path, line: number, column: 1, message: "'\(language)' is not a language tag")
            }
            guard !id.isEmpty, !text.isEmpty, !language.isEmpty else {
                throw .malformed(path: path, line: number, column: 1, message: "a row needs concept, lang and term")
            }
            // A candidate from `glossary usage` comes with its status left for a person to decide.
            guard !field("status").isEmpty else {
                throw .malformed(path: path, line: number, column: 1,
                                 message: "the status of '\(text)' (\(id), \(language)) is left to decide: preferred, admitted or deprecated")
            }
            guard let status = Term.Status(tbx: field("status")) else {
                throw .malformed(path: path, line: number, column: 1, message: "unknown status '\(field("status"))' (preferred, admitted or deprecated)")
            }
            let term = Term(language: language, text: text, status: status, partOfSpeech: field("pos").isEmpty ? nil : field("pos"),
                            exactOnly: field("flags").split(separator: " ").contains("exact"), note: field("note").isEmpty ? nil : field("note"))
            if let k = position[id] {
                concepts[k].terms.append(term)
            } else {
                position[id] = concepts.count
                concepts.append(Concept(id: id, subjectField: field("subject"), terms: [term]))
                lines[id] = number
            }
        }
        return Glossary(concepts: concepts, lines: lines)
    }

    /// RFC 4180 rows with the line each starts on: quoted fields may hold commas, quotes
    /// (doubled) and line breaks. Works on the UTF-8 bytes (the syntax is ASCII), so a table of
    /// a hundred megabytes costs about its own size in memory.
    static func csvRows(_ text: String, path: String) throws(SejajarError) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var line = 1, rowLine = 1, quoteLine = 1
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        var bytes = Array(text.utf8)
        bytes.append(newline)
        var k = 0
        func take() -> String { let value = String(decoding: field, as: UTF8.self); field.removeAll(keepingCapacity: true); return value }
        while k < bytes.count {
            let byte = bytes[k]
            k += 1
            if quoted {
                if byte == quote {
                    if k < bytes.count, bytes[k] == quote { field.append(quote); k += 1 } else { quoted = false }
                } else {
                    if byte == newline { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case quote where field.isEmpty:
                quoted = true
                quoteLine = line
            case comma:
                row.append(take())
            case newline:
                if field.last == carriage { field.removeLast() }
                row.append(take())
                rows.append((rowLine, row))
                row = []
                line += 1
                rowLine = line
            default:
                field.append(byte)
            }
        }
        if quoted { throw .malformed(path: path, line: quoteLine, column: 1, message: "unterminated quoted field") }
        // The newline added above makes a last empty row of one empty field for a file ending in a newline.
        if let last = rows.last, last.fields == [""] { rows.removeLast() }
        return rows
    }
}
