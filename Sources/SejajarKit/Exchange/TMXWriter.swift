/// Writes a `TranslationMemory` as TMX 1.4 through libxml2: all seven required header attributes, the source `tuv` first, inline markup as elements, and no character XML 1.0
/// forbids. The same memory always gives the same bytes.
public struct TMXWriter: Sendable {
    /// Creates a writer. The file is indented two spaces per level; segments never are. There is
    /// no DOCTYPE: validators are given the DTD explicitly, and readers never need it.
    public init() {}

    /// The TMX document and the number of characters removed because XML 1.0 forbids them.
    public func write(_ memory: TranslationMemory) throws(SejajarError) -> (xml: String, removedCharacters: Int) {
        let xml = XMLWriter()
        xml.startDocument()
        xml.startElement("tmx")
        xml.attribute("version", "1.4")
        let header = memory.header
        xml.breakLine(level: 1)
        xml.startElement("header")
        xml.attribute("creationtool", header.creationTool)
        xml.attribute("creationtoolversion", header.creationToolVersion)
        xml.attribute("segtype", header.segmentType)
        xml.attribute("o-tmf", header.originalFormat)
        xml.attribute("adminlang", header.adminLanguage)
        xml.attribute("srclang", header.sourceLanguage)
        xml.attribute("datatype", header.dataType)
        if let date = header.creationDate { xml.attribute("creationdate", date) }
        xml.endElement()
        xml.breakLine(level: 1)
        xml.startElement("body")
        for unit in memory.units {
            xml.breakLine(level: 2)
            xml.startElement("tu")
            if let id = unit.id { xml.attribute("tuid", id) }
            if let date = unit.creationDate { xml.attribute("creationdate", date) }
            if let type = unit.segmentType { xml.attribute("segtype", type) }
            if let language = unit.sourceLanguage { xml.attribute("srclang", language) }
            for note in unit.notes {
                xml.breakLine(level: 3)
                xml.element("note", text: note)
            }
            for property in unit.properties {
                xml.breakLine(level: 3)
                xml.startElement("prop")
                xml.attribute("type", property.type)
                xml.text(property.value)
                xml.endElement()
            }
            for variant in unit.variants {
                xml.breakLine(level: 3)
                xml.startElement("tuv")
                xml.attribute("xml:lang", variant.language)
                xml.breakLine(level: 4)
                xml.startElement("seg")
                write(variant.segment.parts, to: xml)
                xml.endElement()
                xml.breakLine(level: 3)
                xml.endElement()
            }
            xml.breakLine(level: 2)
            xml.endElement()
        }
        xml.breakLine(level: 1)
        xml.endElement()
        xml.breakLine(level: 0)
        xml.endElement()
        guard let text = xml.finish() else {
            throw .io(path: "<tmx>", message: "libxml2 could not write the memory")
        }
        return (text, xml.removedCharacters)
    }

    private func write(_ parts: [Segment.Part], to xml: XMLWriter) {
        for part in parts {
            switch part {
            case .text(let text):
                xml.text(text)
            case .element(let name, let attributes, let children):
                xml.startElement(name)
                for attribute in attributes { xml.attribute(attribute.name, attribute.value) }
                write(children, to: xml)
                xml.endElement()
            }
        }
    }
}
