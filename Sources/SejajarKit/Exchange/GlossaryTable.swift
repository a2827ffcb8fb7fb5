import Foundation

/// The glossary as a table, one row per term: `concept, subject, lang, term, status, pos, flags,
/// note` — what `sejajar glossary import` reads (tab- or comma-separated) and `--to csv` writes, so
/// terminologists can edit in a spreadsheet. Also OmegaT's `glossary.utf8` (source, target, comment).
public enum GlossaryTable {
    /// Column names of the term table, in order.
    public static let columns = ["concept", "subject", "lang", "term", "status", "pos", "flags", "note"]

    /// Parses a term table; `separator` is a tab or a comma (CSV quoting rules then apply).
    public static func read(_ text: String, separator: Character, path: String) throws(SejajarError) -> Glossary {
        let rows = separator == "," ? try csvRows(text, path: path) : text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw .malformed(path: path, line: 1, column: 1, message: "empty file")
        }
        var index: [String: Int] = [:]
        for (k, name) in header.enumerated() { index[name] = k }
        for required in ["concept", "lang", "term", "status"] where index[required] == nil {
            throw .malformed(path: path, line: 1, column: 1, message: "missing column '\(required)' (expected: \(columns.joined(separator: ", ")))")
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

    /// The term table with `separator` (tab, or comma with CSV quoting).
    public static func write(_ glossary: Glossary, separator: Character) -> String {
        var lines = [columns.map { quote($0, separator) }.joined(separator: String(separator))]
        for concept in glossary.concepts {
            for term in concept.terms {
                let row = [concept.id, concept.subjectField, term.language, term.text, term.status.rawValue,
                           term.partOfSpeech ?? "", term.exactOnly ? "exact" : "", term.note ?? ""]
                lines.append(row.map { quote($0, separator) }.joined(separator: String(separator)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// OmegaT's glossary: `source<TAB>target<TAB>comment`, one line per accepted source term and
    /// target rendering; the comment names the concept, the status and the preferred rendering.
    public static func omegat(_ glossary: Glossary, from source: Language, to target: Language) -> String {
        var lines = ["# Sejajar glossary \(source.tag) → \(target.tag), generated from the TBX term base"]
        for concept in glossary.concepts {
            guard let preferred = concept.preferred(in: target) else { continue }
            for sourceTerm in concept.terms(in: source) where sourceTerm.status != .deprecated {
                for targetTerm in concept.terms(in: target) {
                    var comment = "\(concept.id) \(targetTerm.status.rawValue)"
                    if targetTerm.status == .deprecated { comment += "; use: \(preferred.text)" }
                    lines.append([sourceTerm.text, targetTerm.text, comment].map(flatten).joined(separator: "\t"))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func flatten(_ text: String) -> String {
        text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    static func quote(_ field: String, _ separator: Character) -> String {
        if separator != "," { return flatten(field) }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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
