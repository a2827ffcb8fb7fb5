import Foundation

/// Reads TMX 1.1 to 1.4 with libxml2's streaming reader: `xml:lang` or the old `lang`, header or
/// per-unit `srclang` (also `*all*`), any case in language tags, a BOM or UTF-16, with or without
/// DOCTYPE. Units are handed over one at a time, so a file of any size reads in constant memory.
/// The network is never touched and entities are never expanded.
public struct TMXReader: StreamingFormatReader {
    /// Bounds on nesting and unit size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// One unit of the file, as it is streamed.
    public struct Entry: Sendable {
        /// The unit.
        public var unit: TranslationUnit
        /// The header read before it (nil in a file without one, which is then an error at its
        /// end): what a reader needs when a unit has no `srclang` of its own.
        public var header: TranslationMemory.Header?
        /// The line its `<tu>` starts on: where a check of the memory points its findings.
        public var line: Int
    }

    /// The whole memory at `path`, streamed (for files that fit in memory; use `forEach` otherwise).
    public func read(path: String) throws(SejajarError) -> TranslationMemory {
        var units: [TranslationUnit] = []
        let header = try forEach(path: path) { units.append($0.unit) }
        return TranslationMemory(header: header, units: units)
    }

    /// The memory in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> TranslationMemory {
        var units: [TranslationUnit] = []
        let header = try Parse(path: path).forEachUnit(try XMLReader(data: data, path: path, limits: limits)) { unit, _, _ in units.append(unit) }
        return TranslationMemory(header: header, units: units)
    }

    /// Streams the units of the file at `path` to `body` in file order and returns the header:
    /// a file of any size reads in constant memory.
    @discardableResult
    public func forEach(path: String, _ body: (Entry) throws(SejajarError) -> Void) throws(SejajarError) -> TranslationMemory.Header {
        try Parse(path: path).forEachUnit(try XMLReader(path: path, limits: limits)) { unit, header, line throws(SejajarError) in
            try body(Entry(unit: unit, header: header, line: line))
        }
    }
}

extension TMXReader {
    /// Files this small (the per-pair memories of a corpus) are read several at a time.
    static let smallFile = 4 << 20

    /// Streams the units of the files at `paths` to `unit`, file after file in order, and each
    /// file's header to `fileEnd` after its units, as `forEach` would one file after another; the
    /// first file that cannot be read stops it with its error. Runs of small files are read
    /// whole, one file per processor at a time (parsing is the cost of merging a corpus's
    /// per-pair memories); a larger file is streamed, so memory holds at most a run of small
    /// files.
    public func forEach(paths: [String], _ unit: (Entry) throws(SejajarError) -> Void,
                        fileEnd: (TranslationMemory.Header) throws(SejajarError) -> Void) throws(SejajarError) {
        try forEach(paths: paths, smallFile: Self.smallFile, unit, fileEnd: fileEnd)
    }

    /// `forEach(paths:_:fileEnd:)` with files of at most `smallFile` bytes read whole.
    func forEach(paths: [String], smallFile: Int, _ unit: (Entry) throws(SejajarError) -> Void,
                 fileEnd: (TranslationMemory.Header) throws(SejajarError) -> Void) throws(SejajarError) {
        let run = 16 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        var k = 0
        while k < paths.count {
            var small: [String] = []
            while k + small.count < paths.count, small.count < run, Self.isSmall(paths[k + small.count], smallFile) { small.append(paths[k + small.count]) }
            if small.isEmpty {
                try fileEnd(try forEach(path: paths[k], unit))
                k += 1
                continue
            }
            for file in wholeFiles(small) {
                let (entries, header) = try file.get()
                for entry in entries { try unit(entry) }
                try fileEnd(header)
            }
            k += small.count
        }
    }

    /// Whether the file at `path` is small enough to be read whole (a file that cannot be looked
    /// at is: its reading says why).
    static func isSmall(_ path: String, _ smallFile: Int) -> Bool {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return true }
        return size <= smallFile
    }

    /// The files at `paths` read whole, one per processor at a time: each file's entries and
    /// header, or the error that stopped its reading, in the order of `paths`.
    func wholeFiles(_ paths: [String]) -> [Result<(entries: [Entry], header: TranslationMemory.Header), SejajarError>] {
        FileInput.concurrently(paths.count) { k throws(SejajarError) in
            var entries: [Entry] = []
            let header = try forEach(path: paths[k]) { entries.append($0) }
            return (entries, header)
        }
    }
}

extension TMXStatistics {
    /// Figures about the TMX file at `path`, gathered in one streaming pass.
    public init(path: String, reader: TMXReader) throws(SejajarError) {
        self.init()
        let header = try reader.forEach(path: path) { add($0.unit) }
        sourceLanguage = header.sourceLanguage
    }
}

/// One reading of one file.
private struct Parse {
    let path: String

    func forEachUnit(_ xml: XMLReader, _ body: (TranslationUnit, TranslationMemory.Header?, Int) throws(SejajarError) -> Void) throws(SejajarError) -> TranslationMemory.Header {
        var header: TranslationMemory.Header?
        var sawRoot = false
        while let node = try xml.next() {
            guard case .start(let name, let isEmpty) = node else { continue }
            switch name {
            case "tmx":
                sawRoot = true
            case "header":
                header = headerOf(xml)
                if !isEmpty { try skip(xml, to: "header") }
            case "tu":
                guard sawRoot else { throw malformed(xml, "<tu> outside <tmx>") }
                xml.beginEntry()
                let line = xml.nodeLine
                let unit = try readUnit(xml, isEmpty: isEmpty)
                try body(unit, header, line)
            default:
                if !sawRoot { throw malformed(xml, "not a TMX file: the root element is <\(name)>, not <tmx>") }
            }
        }
        guard sawRoot else { throw .malformed(path: path, line: 1, column: 1, message: "not a TMX file: no <tmx> element") }
        guard let header else { throw .malformed(path: path, line: 1, column: 1, message: "TMX file without <header>") }
        return header
    }

    private func malformed(_ xml: XMLReader, _ message: String) -> SejajarError {
        .malformed(path: path, line: max(1, xml.line), column: 1, message: message)
    }

    private func headerOf(_ xml: XMLReader) -> TranslationMemory.Header {
        TranslationMemory.Header(
            sourceLanguage: xml.attribute("srclang") ?? "*all*", segmentType: xml.attribute("segtype") ?? "sentence",
            creationTool: xml.attribute("creationtool") ?? "", creationToolVersion: xml.attribute("creationtoolversion") ?? "",
            creationDate: xml.attribute("creationdate"), adminLanguage: xml.attribute("adminlang") ?? "en",
            dataType: xml.attribute("datatype") ?? "plaintext", originalFormat: xml.attribute("o-tmf") ?? "")
    }

    /// Skips to the end of the element `name` that is open now.
    private func skip(_ xml: XMLReader, to name: String) throws(SejajarError) {
        guard try !xml.skipElement() else { return }
        throw .malformed(path: path, line: max(1, xml.line), column: 1, message: "unexpected end of file inside <\(name)>")
    }

    private func readUnit(_ xml: XMLReader, isEmpty: Bool) throws(SejajarError) -> TranslationUnit {
        var unit = TranslationUnit(id: xml.attribute("tuid"), sourceLanguage: xml.attribute("srclang"),
                                   segmentType: xml.attribute("segtype"), creationDate: xml.attribute("creationdate"), variants: [])
        if isEmpty { return unit }
        while let node = try xml.next() {
            switch node {
            case .start(let name, let isEmpty):
                switch name {
                case "prop":
                    let type = xml.attribute("type") ?? ""
                    unit.properties.append(.init(type: type, value: isEmpty ? "" : try textContent(xml, of: "prop")))
                case "note":
                    unit.notes.append(isEmpty ? "" : try textContent(xml, of: "note"))
                case "tuv":
                    let language = xml.xmlLang ?? xml.attribute("lang") ?? ""
                    guard !language.isEmpty else { throw malformed(xml, "<tuv> without xml:lang (or lang)") }
                    unit.variants.append(.init(language: language, segment: isEmpty ? Segment("") : try readVariant(xml)))
                default:
                    if !isEmpty { try skip(xml, to: name) }
                }
            case .end(let name):
                if name == "tu" { return unit }
            case .text:
                break
            }
        }
        throw malformed(xml, "unexpected end of file inside <tu>")
    }

    /// Reads a `<tuv>` up to its end and returns its `<seg>`.
    private func readVariant(_ xml: XMLReader) throws(SejajarError) -> Segment {
        var segment = Segment("")
        while let node = try xml.next() {
            switch node {
            case .start(let name, let isEmpty):
                if name == "seg" {
                    segment = isEmpty ? Segment("") : Segment(parts: try parts(xml, until: "seg"))
                } else if !isEmpty {
                    try skip(xml, to: name)
                }
            case .end(let name):
                if name == "tuv" { return segment }
            case .text:
                break
            }
        }
        throw malformed(xml, "unexpected end of file inside <tuv>")
    }

    /// The content of an open element as parts, up to its end. Iterative (nesting is bounded by
    /// `Limits.xmlDepth`, not by the stack), and linear in the number of text pieces: adjacent
    /// pieces (split by entity references) are gathered before they become one part.
    private func parts(_ xml: XMLReader, until name: String) throws(SejajarError) -> [Segment.Part] {
        struct Open {
            var name: String
            var attributes: [Segment.Attribute]
            var parts: [Segment.Part] = []
            var text = ""
            mutating func flush() {
                if !text.isEmpty { parts.append(.text(text)); text = "" }
            }
        }
        var stack = [Open(name: name, attributes: [])]
        while let node = try xml.next() {
            switch node {
            case .text(let text):
                stack[stack.count - 1].text += text
            case .start(let child, let isEmpty):
                stack[stack.count - 1].flush()
                let attributes = xml.attributes.map { Segment.Attribute(name: $0.0, value: $0.1) }
                if isEmpty {
                    stack[stack.count - 1].parts.append(.element(name: child, attributes: attributes, children: []))
                } else {
                    guard stack.count <= Segment.maximumNesting else {
                        throw malformed(xml, "inline elements nested deeper than \(Segment.maximumNesting) levels in one segment")
                    }
                    stack.append(Open(name: child, attributes: attributes))
                }
            case .end:
                var finished = stack.removeLast()
                finished.flush()
                guard !stack.isEmpty else { return finished.parts }
                stack[stack.count - 1].parts.append(.element(name: finished.name, attributes: finished.attributes, children: finished.parts))
            }
        }
        throw malformed(xml, "unexpected end of file inside <\(name)>")
    }

    private func textContent(_ xml: XMLReader, of name: String) throws(SejajarError) -> String {
        Segment(parts: try parts(xml, until: name)).plainText
    }
}
