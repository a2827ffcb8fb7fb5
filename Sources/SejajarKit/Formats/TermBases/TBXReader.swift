import Foundation

/// Reads a term base from TBX-Basic v3 (`conceptEntry/langSec/termSec`) or TBX 2008 (`martif`,
/// `termEntry/langSet/tig`), streaming through libxml2 without network access or entity expansion.
public struct TBXReader: FormatReader {
    /// Bounds on nesting and concept size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The glossary in the file at `path`.
    public func read(path: String) throws(SejajarError) -> Glossary {
        try read(try XMLReader(path: path, limits: limits), path: path)
    }

    /// The glossary in TBX held in memory (`path` names it in errors).
    public func read(data: Data, path: String) throws(SejajarError) -> Glossary {
        try read(try XMLReader(data: data, path: path, limits: limits), path: path)
    }

    private func read(_ xml: XMLReader, path: String) throws(SejajarError) -> Glossary {
        var title = ""
        var concepts: [Concept] = []
        var concept: Concept?
        var language: String?
        var term: Term?
        var pendingNoteType: String?
        var text = ""
        var inTitle = false
        var sawRoot = false
        var conceptLine = 0
        var lines: [String: Int] = [:]
        while let node = try xml.next() {
            switch node {
            case .start(let name, let isEmpty):
                text = ""
                switch name {
                case "tbx", "martif":
                    sawRoot = true
                case "p":
                    inTitle = title.isEmpty
                case "conceptEntry", "termEntry":
                    xml.beginEntry()
                    conceptLine = xml.nodeLine > 0 ? xml.nodeLine : xml.line
                    concept = Concept(id: xml.attribute("id") ?? "c\(concepts.count + 1)", subjectField: "", terms: [])
                case "langSec", "langSet":
                    language = xml.xmlLang ?? xml.attribute("lang")
                    guard let tag = language, Language(tag).isWellFormed else {
                        throw .malformed(path: path, line: xml.line, column: 1,
                                         message: language == nil ? "<\(name)> without xml:lang" : "<\(name)> xml:lang '\(language!)' is not a language tag")
                    }
                case "termSec", "tig", "ntig":
                    term = Term(language: language ?? "", text: "", status: .admitted)
                case "descrip", "termNote":
                    pendingNoteType = xml.attribute("type")
                default:
                    break
                }
                if isEmpty { text = "" }
                if !sawRoot { throw .malformed(path: path, line: xml.line, column: 1, message: "not a TBX file: the root element is <\(name)>") }
            case .text(let value):
                text += value
            case .end(let name):
                let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
                switch name {
                case "p" where inTitle:
                    title = value
                    inTitle = false
                case "term":
                    term?.text = value
                case "termNote":
                    switch pendingNoteType {
                    case "partOfSpeech": term?.partOfSpeech = value
                    case "administrativeStatus":
                        guard let status = Term.Status(tbx: value) else {
                            throw .malformed(path: path, line: xml.line, column: 1, message: "unknown administrative status '\(value)'")
                        }
                        term?.status = status
                    case "termType": term?.exactOnly = ["acronym", "abbreviation", "shortform"].contains(value.lowercased())
                    default: break
                    }
                case "descrip":
                    if pendingNoteType == "subjectField" { concept?.subjectField = value }
                    else if pendingNoteType == "definition" { concept?.note = value }
                case "note":
                    if term != nil { term?.note = value } else { concept?.note = value }
                case "termSec", "tig", "ntig":
                    if let finished = term, !finished.text.isEmpty { concept?.terms.append(finished) }
                    term = nil
                case "langSec", "langSet":
                    language = nil
                case "conceptEntry", "termEntry":
                    if let finished = concept {
                        guard !finished.terms.isEmpty else {
                            throw .malformed(path: path, line: conceptLine, column: 1, message: "concept \(finished.id) has no terms")
                        }
                        concepts.append(finished)
                        if lines[finished.id] == nil { lines[finished.id] = conceptLine }
                    }
                    concept = nil
                default:
                    break
                }
                text = ""
            }
        }
        guard sawRoot else { throw .malformed(path: path, line: 1, column: 1, message: "not a TBX file") }
        return Glossary(title: title.isEmpty ? "Sejajar term base" : title, concepts: concepts, lines: lines)
    }
}

import Foundation
