/// Writes a `Glossary` as TBX through libxml2: TBX-Basic v3 (ISO 30042:2019, the shipped term
/// base's format) or TBX 2008 "martif", the dialect OmegaT and translate-toolkit read.
public struct TBXWriter: FormatWriter {
    /// The two TBX dialects.
    public enum Dialect: String, Sendable, CaseIterable {
        /// TBX-Basic v3: `conceptEntry/langSec/termSec`, namespace `urn:iso:std:iso:30042:ed-2`.
        case basicV3
        /// TBX 2008: `martif`, `termEntry/langSet/tig`.
        case martif2008
    }

    /// Which dialect to write.
    public var dialect: Dialect
    /// Languages written first in each concept, in this order (tools that read TBX 2008 take the
    /// first language as the source): e.g. `["es", "id"]`.
    public var leadingLanguages: [String]

    /// Creates a writer.
    public init(dialect: Dialect = .basicV3, leadingLanguages: [String] = []) {
        self.dialect = dialect
        self.leadingLanguages = leadingLanguages
    }

    /// The TBX document.
    public func write(_ glossary: Glossary) throws(SejajarError) -> FormatOutput {
        let v3 = dialect == .basicV3
        let xml = XMLWriter()
        xml.startDocument()
        let root = v3 ? [("type", "TBX-Basic"), ("style", "dca")] : [("type", "TBX-Basic")]
        xml.element(v3 ? "tbx" : "martif", root + [("xml:lang", "en")], namespace: v3 ? "urn:iso:std:iso:30042:ed-2" : nil) {
            xml.breakLine(level: 1)
            xml.element(v3 ? "tbxHeader" : "martifHeader") {
                xml.breakLine(level: 2)
                xml.element("fileDesc") {
                    xml.element("sourceDesc") { xml.element("p", text: glossary.title) }
                }
                xml.breakLine(level: 1)
            }
            xml.breakLine(level: 1)
            xml.element("text") {
                xml.breakLine(level: 2)
                xml.element("body") {
                    for concept in glossary.concepts {
                        xml.breakLine(level: 3)
                        write(concept, to: xml, v3: v3)
                    }
                    xml.breakLine(level: 2)
                }
                xml.breakLine(level: 1)
            }
            xml.breakLine(level: 0)
        }
        guard let text = xml.finish() else { throw .io(path: "<tbx>", message: "libxml2 could not write the glossary") }
        return FormatOutput(text, removedCharacters: xml.removedCharacters)
    }

    private func write(_ concept: Concept, to xml: XMLWriter, v3: Bool) {
        xml.element(v3 ? "conceptEntry" : "termEntry", [("id", concept.id)]) {
            xml.breakLine(level: 4)
            xml.element("descrip", [("type", "subjectField")], text: concept.subjectField)
            if let note = concept.note {
                xml.breakLine(level: 4)
                xml.element("note", text: note)
            }
            var languages: [String] = []
            for term in concept.terms where !languages.contains(term.language) { languages.append(term.language) }
            let lead = leadingLanguages.map { Language($0).base }
            languages = languages.filter { lead.contains(Language($0).base) }.sorted { lead.firstIndex(of: Language($0).base)! < lead.firstIndex(of: Language($1).base)! }
                + languages.filter { !lead.contains(Language($0).base) }
            for language in languages {
                xml.breakLine(level: 4)
                xml.element(v3 ? "langSec" : "langSet", [("xml:lang", language)]) {
                    for term in concept.terms where term.language == language {
                        xml.breakLine(level: 5)
                        xml.element(v3 ? "termSec" : "tig") {
                            xml.breakLine(level: 6)
                            xml.element("term", text: term.text)
                            if let pos = term.partOfSpeech {
                                xml.breakLine(level: 6)
                                xml.element("termNote", [("type", "partOfSpeech")], text: pos)
                            }
                            if term.exactOnly {
                                xml.breakLine(level: 6)
                                xml.element("termNote", [("type", "termType")], text: "acronym")
                            }
                            xml.breakLine(level: 6)
                            xml.element("termNote", [("type", "administrativeStatus")], text: term.status.tbxValue)
                            if let note = term.note {
                                xml.breakLine(level: 6)
                                xml.element("note", text: note)
                            }
                            xml.breakLine(level: 5)
                        }
                    }
                    xml.breakLine(level: 4)
                }
            }
            xml.breakLine(level: 3)
        }
    }
}
