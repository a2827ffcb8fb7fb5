import CLibXML2
import Foundation

// The one file that speaks libxml2's C API. Everything else writes and reads XML through the two
// small classes below, so escaping, encoding and parser safety are libxml2's job and live here.

/// Streams XML out through libxml2's xmlTextWriter into memory. Escaping is libxml2's; characters
/// XML 1.0 forbids are removed (and counted) before they reach it, since the writer would emit
/// them raw and make the file unreadable.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// Characters removed because XML 1.0 does not allow them.
    private(set) var removedCharacters = 0
    private var failed = false

    init() {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ status: Int32) {
        if status < 0 { failed = true }
    }

    func startDocument() {
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    /// `<name attributes…>`, then `content`, then `</name>`: the only way writers open an
    /// element, so start and end always pair. Nil attribute values are left out; `namespace`
    /// declares a default namespace on the element.
    func element(_ name: String, _ attributes: [(String, String?)] = [], namespace: String? = nil, content: () -> Void) {
        if let namespace {
            check(xmlTextWriterStartElementNS(writer, nil, name, namespace))
        } else {
            check(xmlTextWriterStartElement(writer, name))
        }
        for (key, value) in attributes {
            if let value { check(xmlTextWriterWriteAttribute(writer, key, clean(value))) }
        }
        content()
        check(xmlTextWriterEndElement(writer))
    }

    /// `<name attributes…>text</name>`.
    func element(_ name: String, _ attributes: [(String, String?)] = [], text value: String) {
        element(name, attributes) { text(value) }
    }

    func text(_ value: String) {
        check(xmlTextWriterWriteString(writer, clean(value)))
    }

    /// A line break and `level` two-space indents, as text between elements. libxml2's own
    /// indentation cannot be used around mixed content (`<seg>`), so structured formats lay their
    /// lines out with this instead.
    func breakLine(level: Int) {
        check(xmlTextWriterWriteString(writer, "\n" + String(repeating: "  ", count: level)))
    }

    /// Ends the document and returns it; nil if libxml2 reported a failure on the way.
    func finish() -> String? {
        check(xmlTextWriterEndDocument(writer))
        xmlTextWriterFlush(writer)
        guard !failed, let content = xmlBufferContent(buffer) else { return nil }
        return String(cString: content)
    }

    /// The string without characters XML 1.0 forbids (C0 controls but TAB, LF and CR; U+FFFE,
    /// U+FFFF; unpaired surrogates cannot occur in a Swift string).
    private func clean(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { !Self.isAllowed($0) }) else { return value }
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if Self.isAllowed(scalar) { scalars.append(scalar) } else { removedCharacters += 1 }
        }
        return String(scalars)
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

/// Pulls XML in through libxml2's xmlTextReader, one node at a time, so a file of any size reads
/// in constant memory. Never touches the network (`XML_PARSE_NONET`) and never expands external
/// entities; the first parse error becomes a `SejajarError` with line and column.
final class XMLReader {
    /// Node kinds the callers need.
    enum Node: Equatable {
        case start(name: String, isEmpty: Bool)
        case end(name: String)
        case text(String)
    }

    private let reader: xmlTextReaderPtr
    private let path: String
    private let errors: ErrorBox

    /// Collects the first error libxml2 reports instead of letting it print to stderr.
    final class ErrorBox {
        var message: String?
        var line = 0
        var column = 0
    }

    init(path: String) throws(SejajarError) {
        self.path = path
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .io(path: path, message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        guard let reader = xmlReaderForFile(path, nil, options) else {
            throw .io(path: path, message: "cannot be opened as XML")
        }
        self.reader = reader
        errors = ErrorBox()
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(context).takeUnretainedValue()
            guard box.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            box.message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "malformed XML"
            box.line = Int(error.pointee.line)
            box.column = Int(error.pointee.int2)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// The next element start, end or text node; nil at the end of the document.
    func next() throws(SejajarError) -> Node? {
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 {
                if let message = errors.message { throw malformed(message) }
                return nil
            }
            if status < 0 || errors.message != nil { throw malformed(errors.message ?? "malformed XML") }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                return .start(name: name, isEmpty: xmlTextReaderIsEmptyElement(reader) == 1)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(name: name)
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                return .text(value)
            default:
                continue
            }
        }
    }

    private func malformed(_ message: String) -> SejajarError {
        .malformed(path: path, line: max(1, errors.line), column: max(1, errors.column), message: message)
    }

    /// Local name of the current node (no prefix).
    var name: String {
        guard let local = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: local)
    }

    /// Text of the current node.
    var value: String {
        guard let text = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: text)
    }

    /// Line of the current node, for diagnostics.
    var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// An attribute of the current element by its name as written (`type`, `lang`).
    func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { sejajar_xml_free(value) }
        return String(cString: value)
    }

    /// `xml:lang` of the current element.
    var xmlLang: String? {
        guard let value = xmlTextReaderGetAttributeNs(reader, "lang", "http://www.w3.org/XML/1998/namespace") else { return nil }
        defer { sejajar_xml_free(value) }
        return String(cString: value)
    }

    /// All attributes of the current element as written (qualified names), in document order.
    var attributes: [(String, String)] {
        var result: [(String, String)] = []
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return result }
        repeat {
            let name = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? ""
            result.append((name, value))
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// The element's whole content as XML (inline markup kept), advancing past it.
    func innerXML() -> String {
        guard let inner = xmlTextReaderReadInnerXml(reader) else { return "" }
        defer { sejajar_xml_free(inner) }
        return String(cString: inner)
    }
}
