import Foundation

/// Reads the glossary as a table, one row per term: `concept, subject, lang, term, status, pos,
/// flags, note` (what `GlossaryTableWriter` writes), tab- or comma-separated, so terminologists
/// can edit in a spreadsheet and `sejajar glossary import` the result.
public struct GlossaryTableReader: Sendable {
    /// A tab, or a comma (CSV quoting rules then apply).
    public var separator: Character
    /// Bounds on the input's size.
    public var limits: Limits

    /// Creates a reader.
    public init(separator: Character, limits: Limits = Limits()) {
        self.separator = separator
        self.limits = limits
    }

    /// Reads the term table at `path`.
    public func read(path: String) throws(SejajarError) -> Glossary {
        try read(text: try TextDecoder.read(path: path, limits: limits), path: path)
    }

    /// Parses a term table from its text (`path` names it in errors).
    public func read(text: String, path: String) throws(SejajarError) -> Glossary {
        let rows = separator == "," ? try Self.csvRows(text, path: path) : text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw .malformed(path: path, line: 1, column: 1, message: "empty file")
        }
        var index: [String: Int] = [:]
        for (k, name) in header.enumerated() { index[name] = k }
        for required in ["concept", "lang", "term", "status"] where index[required] == nil {
            throw .malformed(path: path, line: 1, column: 1, message: "missing column '\(required)' (expected: \(GlossaryTableWriter.columns.joined(separator: ", ")))")
        }
        var concepts: [Concept] = []
        var position: [String: Int] = [:]
        for (number, row) in rows.enumerated().dropFirst() {
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func field(_ name: String) -> String {
                guard let k = index[name], k < row.count else { return "" }
                return row[k].trimmingCharacters(in: .whitespaces)
            }
            let id = field("concept"), text = field("term"), language = field("lang")
            guard !id.isEmpty, !text.isEmpty, !language.isEmpty else {
                throw .malformed(path: path, line: number + 1, column: 1, message: "a row needs concept, lang and term")
            }
            guard let status = Term.Status(tbx: field("status")) else {
                throw .malformed(path: path, line: number + 1, column: 1, message: "unknown status '\(field("status"))' (preferred, admitted or deprecated)")
            }
            let term = Term(language: language, text: text, status: status, partOfSpeech: field("pos").isEmpty ? nil : field("pos"),
                            exactOnly: field("flags").split(separator: " ").contains("exact"), note: field("note").isEmpty ? nil : field("note"))
            if let k = position[id] {
                concepts[k].terms.append(term)
            } else {
                position[id] = concepts.count
                concepts.append(Concept(id: id, subjectField: field("subject"), terms: [term]))
            }
        }
        return Glossary(concepts: concepts)
    }

    /// RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks.
    static func csvRows(_ text: String, path: String) throws(SejajarError) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var line = 1, quoteLine = 1
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        func nextCharacter() -> Character? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let character = nextCharacter() {
            if quoted {
                if character == "\"" {
                    if let following = nextCharacter() {
                        if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                    } else { quoted = false }
                } else {
                    if character == "\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true; quoteLine = line
            case ",": row.append(field); field = ""
            case "\n", "\r\n": row.append(field); rows.append(row); row = []; field = ""; line += 1
            default: field.append(character)
            }
        }
        if quoted { throw .malformed(path: path, line: quoteLine, column: 1, message: "unterminated quoted field") }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
