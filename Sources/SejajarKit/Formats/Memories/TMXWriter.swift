/// Writes a `TranslationMemory` as TMX 1.4 through libxml2: all seven required header attributes, the source `tuv` first, inline markup as elements, and no character XML 1.0
/// forbids. The same memory always gives the same bytes.
public struct TMXWriter: FormatWriter {
    /// Creates a writer. The file is indented two spaces per level; segments never are. There is
    /// no DOCTYPE: validators are given the DTD explicitly, and readers never need it.
    public init() {}

    /// The TMX document, and how many characters it removed because XML 1.0 forbids them.
    public func write(_ memory: TranslationMemory) throws(SejajarError) -> FormatOutput {
        let xml = XMLWriter()
        xml.startDocument()
        let header = memory.header
        xml.element("tmx", [("version", "1.4")]) {
            xml.breakLine(level: 1)
            xml.element("header", [
                ("creationtool", header.creationTool), ("creationtoolversion", header.creationToolVersion),
                ("segtype", header.segmentType), ("o-tmf", header.originalFormat), ("adminlang", header.adminLanguage),
                ("srclang", header.sourceLanguage), ("datatype", header.dataType), ("creationdate", header.creationDate),
            ]) {}
            xml.breakLine(level: 1)
            xml.element("body") {
                for unit in memory.units {
                    xml.breakLine(level: 2)
                    write(unit, to: xml)
                }
                xml.breakLine(level: 1)
            }
            xml.breakLine(level: 0)
        }
        guard let text = xml.finish() else {
            throw .io(path: "<tmx>", message: "libxml2 could not write the memory")
        }
        return FormatOutput(text, removedCharacters: xml.removedCharacters)
    }

    /// The file in three pieces, for a memory written as it streams by (`tmx merge`): `head`
    /// (everything up to the body's start tag), the units (`body(_:)`, any number of calls, in
    /// order), and `tail`. `head + body(a) + body(b) + tail` is `write` of the memory of `a + b`.
    public func pieces(_ header: TranslationMemory.Header) throws(SejajarError) -> (head: String, tail: String) {
        let empty = try write(TranslationMemory(header: header)).text
        guard let body = empty.range(of: "<body>") else { throw .io(path: "<tmx>", message: "libxml2 wrote no body") }
        return (String(empty[..<body.upperBound]), String(empty[body.upperBound...]))
    }

    /// The units as they stand in the body of the file of `pieces(_:)` for `header`, and how
    /// many characters XML 1.0 does not allow were removed.
    public func body(_ units: [TranslationUnit], header: TranslationMemory.Header) throws(SejajarError) -> (text: String, removedCharacters: Int) {
        let (head, tail) = try pieces(header)
        let whole = try write(TranslationMemory(header: header, units: units))
        let text = whole.text
        guard text.hasPrefix(head), text.hasSuffix(tail), text.utf8.count >= head.utf8.count + tail.utf8.count else {
            throw .io(path: "<tmx>", message: "libxml2 wrote the header differently with units")
        }
        let bytes = Array(text.utf8)
        return (String(decoding: bytes[head.utf8.count..<(bytes.count - tail.utf8.count)], as: UTF8.self), whole.removedCharacters)
    }

    private func write(_ unit: TranslationUnit, to xml: XMLWriter) {
        xml.element("tu", [("tuid", unit.id), ("creationdate", unit.creationDate), ("segtype", unit.segmentType),
                           ("srclang", unit.sourceLanguage)]) {
            for note in unit.notes {
                xml.breakLine(level: 3)
                xml.element("note", text: note)
            }
            for property in unit.properties {
                xml.breakLine(level: 3)
                xml.element("prop", [("type", property.type)], text: property.value)
            }
            for variant in unit.variants {
                xml.breakLine(level: 3)
                xml.element("tuv", [("xml:lang", variant.language)]) {
                    xml.breakLine(level: 4)
                    xml.element("seg") { write(variant.segment.parts, to: xml) }
                    xml.breakLine(level: 3)
                }
            }
            xml.breakLine(level: 2)
        }
    }

    private func write(_ parts: [Segment.Part], to xml: XMLWriter) {
        for part in parts {
            switch part {
            case .text(let text):
                xml.text(text)
            case .element(let name, let attributes, let children):
                xml.element(name, attributes.map { ($0.name, $0.value) }) { write(children, to: xml) }
            }
        }
    }
}
