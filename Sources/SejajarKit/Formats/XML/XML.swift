import CLibXML2
import Foundation

// The one file that speaks libxml2's C API. Everything else writes and reads XML through the two
// small classes below, so escaping, encoding and parser safety are libxml2's job and live here.

/// Streams XML out through libxml2's xmlTextWriter into memory. Escaping is libxml2's; characters
/// XML 1.0 forbids are removed (and counted) before they reach it, since the writer would emit
/// them raw and make the file unreadable.
/// libxml2's one-time set-up (its global state, thread keys, dictionaries and character
/// tables): `xmlInitParser` must run once before any thread uses the library, and two threads
/// making their first call at the same moment race in it (the test suite, which reads XML on
/// many threads at once, crashed on a null function pointer now and then). A Swift static is
/// initialised exactly once, whichever thread comes first.
enum LibXML {
    private static let initialised: Void = { xmlInitParser() }()

    /// Runs `xmlInitParser` the first time, nothing after.
    static func setUp() { _ = initialised }
}

final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// Characters removed because XML 1.0 does not allow them.
    private(set) var removedCharacters = 0
    private var failed = false

    init() {
        LibXML.setUp()
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
/// in constant memory. Never touches the network (`XML_PARSE_NONET`), never expands external
/// entities, and holds input to `Limits`: nesting deeper than `xmlDepth` and more than
/// `xmlNodesPerEntry` nodes in one entry (see `beginEntry`) are errors. The first parse error
/// becomes one `SejajarError` line with line and column; libxml2 never prints anything itself.
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
    private let limits: Limits
    /// Keeps the file open while libxml2 reads it.
    private let file: FileInput.Descriptor?
    /// Keeps the bytes alive while libxml2 reads them.
    private let data: Data?
    /// The tree an HTML file was parsed into, walked instead of read (freed after the reader).
    private let tree: xmlDocPtr?
    private var depth = 0
    private var nodes = 0
    /// Nodes returned so far, and the input's size when known (to tell a cut-off file).
    private var returned = 0
    private let inputSize: Int?
    /// libxml2's count of generic (unstructured) errors on this thread when the reader began.
    private let genericErrorsBefore = sejajar_xml_generic_error_count()
    /// Elements open now, with the line each opened on, for "the file ends inside <tu>".
    private var open: [(name: String, line: Int)] = []

    /// Collects the first error libxml2 reports instead of letting it print to stderr.
    final class ErrorBox {
        var message: String?
        var line = 0
        var column = 0
    }

    /// libxml2's options: no network; past its own depth limit of 256 only when ours is raised.
    private static func options(_ limits: Limits) -> Int32 {
        Int32(XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue | (limits.xmlDepth > 256 ? XML_PARSE_HUGE.rawValue : 0))
    }

    /// A reader of the file at `path`.
    init(path: String, limits: Limits = Limits()) throws(SejajarError) {
        Self.silenceLibXML()
        let file = try FileInput.open(path: path)
        var info = stat()
        inputSize = fstat(file.fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : nil
        guard let reader = xmlReaderForFd(file.fd, nil, nil, Self.options(limits)) else {
            throw .io(path: path, message: "cannot be opened as XML")
        }
        self.reader = reader
        self.path = path
        self.limits = limits
        self.file = file
        self.data = nil
        self.tree = nil
        errors = ErrorBox()
        installErrorHandler()
    }

    /// A reader of XML held in memory (`path` names it in errors).
    init(data: Data, path: String, limits: Limits = Limits()) throws(SejajarError) {
        Self.silenceLibXML()
        let copy = data.isEmpty ? Data([0]) : data
        inputSize = data.count
        let made: xmlTextReaderPtr? = copy.withUnsafeBytes { buffer in
            xmlReaderForMemory(buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(clamping: data.count), nil, nil, Self.options(limits))
        }
        guard let reader = made, data.count <= Int(Int32.max) else { throw .io(path: path, message: "cannot be opened as XML") }
        self.reader = reader
        self.path = path
        self.limits = limits
        self.file = nil
        self.data = copy
        self.tree = nil
        errors = ErrorBox()
        installErrorHandler()
    }

    /// A walker over HTML held in memory, parsed by libxml2's HTML parser, which takes real-world
    /// markup as browsers do (unclosed elements, stray tags, bare ampersands) and finds the
    /// encoding from a byte-order mark or a `meta` charset. Never touches the network. The same
    /// depth and node limits hold as for XML (`path` names the file in errors).
    init(html data: Data, path: String, limits: Limits = Limits()) throws(SejajarError) {
        Self.silenceLibXML()
        guard data.count <= Int(Int32.max) else { throw .io(path: path, message: "too large to be read as HTML") }
        let copy = data.isEmpty ? Data([0]) : data
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        guard let context = htmlNewParserCtxt() else { throw .io(path: path, message: "cannot be read as HTML") }
        defer { htmlFreeParserCtxt(context) }
        let huge = limits.xmlDepth > 256 ? Int32(XML_PARSE_HUGE.rawValue) : 0
        let parsed: htmlDocPtr? = copy.withUnsafeBytes { buffer in
            htmlCtxtReadMemory(context, buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count), nil, nil, options | huge)
        }
        // The parser stops at its own depth limit and keeps what it had: say so rather than
        // read a page cut short.
        let last = context.pointee.lastError
        if let message = last.message.map({ String(cString: $0) }), message.contains("Excessive depth") {
            if let parsed { xmlFreeDoc(parsed) }
            throw .malformed(path: path, line: max(1, Int(last.line)), column: 1,
                             message: "elements nested deeper than \(min(limits.xmlDepth, 256)) levels (raise the limit with SEJAJAR_MAX_XML_DEPTH)")
        }
        guard let parsed else { throw .io(path: path, message: "the file holds no HTML") }
        guard let walker = xmlReaderWalker(parsed) else {
            xmlFreeDoc(parsed)
            throw .io(path: path, message: "cannot be read as HTML")
        }
        reader = walker
        tree = parsed
        self.path = path
        self.limits = limits
        self.file = nil
        self.data = copy
        inputSize = data.count
        errors = ErrorBox()
    }

    /// Sends libxml2's global diagnostics (those not tied to a reader) nowhere: Sejajar reports
    /// errors itself, in one line.
    private static func silenceLibXML() {
        LibXML.setUp()
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        sejajar_xml_silence_generic()
    }

    private func installErrorHandler() {
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(context).takeUnretainedValue()
            let code = error.pointee.code
            // An undeclared entity ("&co;") is only a warning to libxml2, which then drops it:
            // text would silently lose a word.
            let undeclared = code == XML_ERR_UNDECLARED_ENTITY.rawValue || code == XML_WAR_UNDECLARED_ENTITY.rawValue
            guard box.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue || undeclared else { return }
            let text = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            box.message = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: "; ")
            box.line = Int(error.pointee.line)
            box.column = Int(error.pointee.int2)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        if let tree { xmlFreeDoc(tree) }
    }

    /// Starts counting nodes for a new entry (a translation unit, a concept).
    func beginEntry() {
        nodes = 0
    }

    /// The next element start, end or text node; nil at the end of the document.
    func next() throws(SejajarError) -> Node? {
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 {
                if let message = errors.message { throw malformed(message) }
                if let unclosed = open.last {
                    throw .malformed(path: path, line: max(1, line), column: 1,
                                     message: "the file ends early, inside <\(unclosed.name)> opened on line \(unclosed.line)")
                }
                return nil
            }
            if status < 0 || errors.message != nil {
                throw failure()
            }
            returned += 1
            nodes += 1
            if nodes > limits.xmlNodesPerEntry {
                throw .malformed(path: path, line: max(1, line), column: 1,
                                 message: "more than \(limits.xmlNodesPerEntry) XML nodes in one entry (raise the limit with SEJAJAR_MAX_XML_NODES)")
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                let name = self.name
                if !empty {
                    depth += 1
                    open.append((name, line))
                    if depth > limits.xmlDepth {
                        throw .malformed(path: path, line: max(1, line), column: 1,
                                         message: "elements nested deeper than \(limits.xmlDepth) levels (raise the limit with SEJAJAR_MAX_XML_DEPTH)")
                    }
                }
                return .start(name: name, isEmpty: empty)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                depth -= 1
                open.removeLast()
                return .end(name: name)
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                return .text(value)
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                throw .malformed(path: path, line: max(1, line), column: 1,
                                 message: "entity '&\(name);' is not read: Sejajar reads no external or undeclared entity")
            default:
                continue
            }
        }
    }

    /// The error libxml2 reported, in Sejajar's words where libxml2's would mislead: a file cut
    /// off in the middle (libxml2 complains about whatever it was reading), an empty file, and
    /// its own depth limit (whose message names a libxml2 option).
    private func failure() -> SejajarError {
        let message = errors.message ?? "malformed XML"
        let consumed = Int(xmlTextReaderByteConsumed(reader))
        if returned == 0, inputSize == 0 || inputSize == nil && consumed == 0 {
            return .malformed(path: path, line: 1, column: 1, message: "the file is empty, not XML")
        }
        if returned == 0, message.contains("Document is empty") || message.contains("Start tag expected") {
            return .malformed(path: path, line: max(1, errors.line), column: max(1, errors.column),
                              message: "not XML: the file does not start with an element")
        }
        if message.contains("Excessive depth") {
            return .malformed(path: path, line: max(1, errors.line), column: max(1, errors.column),
                              message: "elements nested deeper than \(min(limits.xmlDepth, 256)) levels (raise the limit with SEJAJAR_MAX_XML_DEPTH)")
        }
        if errors.message == nil, sejajar_xml_generic_error_count() > genericErrorsBefore {
            return .malformed(path: path, line: max(1, line), column: 1,
                              message: "the text cannot be decoded in the encoding the file declares")
        }
        if let size = inputSize, consumed >= size, !(open.isEmpty && returned > 0) {
            let inside = open.last.map { ", inside <\($0.name)> opened on line \($0.line)" } ?? ""
            return .malformed(path: path, line: max(1, errors.line, line), column: max(1, errors.column), message: "the file ends early\(inside)")
        }
        return malformed(message)
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

    /// Line of the current node, for diagnostics (in an HTML tree, the line libxml2 noted for it).
    var line: Int {
        tree != nil ? nodeLine : Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// Reads through the end of the element whose start was just returned (a non-empty one),
    /// its content unseen: what a reader does with a part it leaves out. False when the input
    /// ended first.
    @discardableResult
    func skipElement() throws(SejajarError) -> Bool {
        var depth = 1
        while let node = try next() {
            switch node {
            case .start(_, let isEmpty): if !isEmpty { depth += 1 }
            case .end: depth -= 1; if depth == 0 { return true }
            case .text: break
            }
        }
        return false
    }

    /// The line the current node starts on, as libxml2 noted it while building the node (the
    /// parser's own line may already be further on).
    var nodeLine: Int {
        xmlTextReaderCurrentNode(reader).map { Int(xmlGetLineNo($0)) } ?? 0
    }

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
