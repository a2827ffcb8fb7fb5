import Foundation

/// Reads XLIFF 1.2 and 2.x files (what CAT tools exchange) through libxml2, streamed, no
/// external entity read. A file with targets is an alignment already (`alignment`): each 2.x
/// segment, or each 1.2 trans-unit, is one pair, so `check` and `export` work on it as on a saved
/// alignment. A file without targets is a document to align with a translation (`document`).
///
/// Text is read as a CAT tool shows it: the content of `pc`, `g` and `mrk` kept (bold, italic,
/// underline and link spans, and note marks, kept as `InlineCode`s beside it), other inline codes
/// (`sc`, `ec`, `bx`, `ex`; 1.2's `bpt`, `ept`, `it`, `ph` with their native code) dropped, `cp` as its character; notes, `originalData`, `ignorable` parts and units marked
/// `translate="no"` left out. Positions are the XML line of each segment.
public struct XLIFFReader: FormatReader {
    /// Bounds on the file.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// One pair of a file: a 2.x segment or a 1.2 trans-unit.
    public struct Pair: Sendable, Hashable {
        /// The unit's id.
        public var unit: String
        /// Source text and the line it starts on.
        public var source: String
        public var sourceLine: Int
        /// Target text (nil when the file has none) and its line.
        public var target: String?
        public var targetLine: Int
        /// Formatting of each side (`pc` and `g` spans, note marks), by offsets in its text.
        public var sourceCodes: [InlineCode] = []
        public var targetCodes: [InlineCode] = []
    }

    /// The formatting an XLIFF inline element stands for, from its `subType` (2.x) or `ctype` (1.2).
    static func kind(_ name: String, type: String?, subType: String?, ctype: String?) -> InlineCode.Kind? {
        switch name {
        case "pc":
            switch subType {
            case "xlf:b": return .bold
            case "xlf:i": return .italic
            case "xlf:u": return .underline
            default: return type == "link" ? .link : nil
            }
        case "g":
            switch ctype {
            case "bold": return .bold
            case "italic": return .italic
            case "underlined": return .underline
            case "link": return .link
            case "x-superscript": return .superscript
            case "x-subscript": return .subscript
            default: return nil
            }
        case "x", "ph":
            return ctype == "x-note-reference" || type == "other" ? .noteReference : nil
        default:
            return nil
        }
    }

    /// What a file holds.
    public struct File: Sendable, Hashable {
        /// The file it was read from.
        public var path: String
        public var version: String
        public var sourceLanguage: Language
        public var targetLanguage: Language?
        /// Pairs grouped by unit, in file order.
        public var units: [[Pair]]
        /// True when some pair has a target.
        public var isBilingual: Bool { units.contains { $0.contains { $0.target != nil } } }
    }

    /// Elements whose content is not text a translator reads.
    static let skipped: Set<String> = ["notes", "note", "originalData", "ignorable", "bpt", "ept", "it", "ph", "sub", "context-group",
                                       "alt-trans", "prop-group", "count-group", "header", "seg-source"]

    /// The file at `path`, streamed.
    public func read(path: String) throws(SejajarError) -> File {
        try read(try XMLReader(path: path, limits: limits), path: path)
    }

    /// The file whose bytes are `data` (`path` names it in errors).
    public func read(data: Data, path: String) throws(SejajarError) -> File {
        try read(try XMLReader(data: data, path: path, limits: limits), path: path)
    }

    private func read(_ reader: XMLReader, path: String) throws(SejajarError) -> File {
        var version = "", sourceLanguage: String?, targetLanguage: String?
        var units: [[Pair]] = []
        var current: [Pair] = []
        var unitID = ""
        var text: String?, line = 0
        var length = 0
        var codes: [InlineCode] = []
        var openCodes: [(kind: InlineCode.Kind?, start: Int)] = []
        var pendingSource: (String, Int, [InlineCode])?
        var translatable = true
        func close(_ name: String) {
            switch name {
            case "source":
                pendingSource = (text ?? "", line, codes)
                text = nil
            case "target":
                if let source = pendingSource {
                    current.append(Pair(unit: unitID, source: source.0, sourceLine: source.1, target: text ?? "", targetLine: line,
                                        sourceCodes: source.2, targetCodes: codes))
                    pendingSource = nil
                }
                text = nil
            case "segment", "trans-unit":
                if let source = pendingSource {
                    current.append(Pair(unit: unitID, source: source.0, sourceLine: source.1, target: nil, targetLine: source.1,
                                        sourceCodes: source.2))
                    pendingSource = nil
                }
                if name == "trans-unit" { fallthrough }
            case "unit":
                if translatable, !current.isEmpty { units.append(current) }
                current = []
            default:
                break
            }
        }
        while let node = try reader.next() {
            switch node {
            case .start(let name, let isEmpty):
                switch name {
                case "xliff":
                    version = reader.attribute("version") ?? ""
                    sourceLanguage = reader.attribute("srcLang")
                    targetLanguage = reader.attribute("trgLang")
                case "file":
                    sourceLanguage = sourceLanguage ?? reader.attribute("source-language")
                    targetLanguage = targetLanguage ?? reader.attribute("target-language")
                case "unit", "trans-unit":
                    unitID = reader.attribute("id") ?? String(units.count + 1)
                    translatable = reader.attribute("translate") != "no"
                    current = []
                    reader.beginEntry()
                case "source", "target":
                    // A target inside alt-trans is skipped with it; here only the unit's own.
                    text = ""
                    line = reader.line
                    length = 0
                    codes = []
                    openCodes = []
                case "pc" where text != nil, "g" where text != nil, "x" where text != nil, "ph" where text != nil:
                    let kind = Self.kind(name, type: reader.attribute("type"), subType: reader.attribute("subType"), ctype: reader.attribute("ctype"))
                    if name == "pc" || name == "g" {
                        if !isEmpty { openCodes.append((kind, length)) }
                    } else if kind == .noteReference {
                        codes.append(InlineCode(kind: .noteReference, start: length, end: length, value: reader.attribute("disp")))
                    }
                case "cp":
                    if let hex = reader.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        text?.unicodeScalars.append(scalar)
                        length += 1
                    }
                default:
                    break
                }
                if isEmpty {
                    close(name)
                } else if Self.skipped.contains(name) {
                    try reader.skipElement()
                }
            case .end(let name):
                if (name == "pc" || name == "g"), text != nil, let open = openCodes.popLast(), let kind = open.kind, open.start < length {
                    codes.append(InlineCode(kind: kind, start: open.start, end: length))
                }
                close(name)
            case .text(let value):
                if text != nil { text! += value; length += value.count }
            }
        }
        guard version.hasPrefix("1.") || version.hasPrefix("2.") else {
            throw .malformed(path: path, line: 1, column: 1, message: "not XLIFF 1.2 or 2.x: the root must be <xliff version=\"1.2\"> or \"2.0\"")
        }
        guard let sourceLanguage, !sourceLanguage.isEmpty else {
            throw .malformed(path: path, line: 1, column: 1, message: "the XLIFF file names no source language (srcLang or source-language)")
        }
        return File(path: path, version: version, sourceLanguage: Language(sourceLanguage), targetLanguage: targetLanguage.map { Language($0) },
                    units: units)
    }

}

extension XLIFFReader.File {
    /// The file's source side as paragraphs of a document to align (one per unit), split into
    /// sentences as plain text is.
    public var sourceBlocks: [TextBlock] {
        units.map { unit in
            TextBlock(runs: unit.enumerated().map { k, pair in .init(text: (k > 0 ? " " : "") + pair.source, line: pair.sourceLine, column: 1) })
        }
    }

    /// A bilingual file as an alignment: one bead per pair (the file asserts it, confidence 1),
    /// a pair with an empty side an omission or an addition; the verdict from coverage.
    public func alignment() throws(SejajarError) -> Alignment {
        let file = self
        guard file.isBilingual else {
            throw .io(path: path, message: "the XLIFF file has no targets: align it with its translation ('sejajar align \(path) TRANSLATION')")
        }
        guard let targetLanguage = file.targetLanguage else {
            throw .malformed(path: path, line: 1, column: 1, message: "the XLIFF file names no target language (trgLang or target-language)")
        }
        var sources: [Sentence] = [], targets: [Sentence] = []
        var sourceParagraphs: [Paragraph] = [], targetParagraphs: [Paragraph] = []
        var beads: [Bead] = []
        for unit in file.units {
            let s0 = sources.count, t0 = targets.count
            for pair in unit {
                let source = pair.source.collapsingWhitespace(), target = (pair.target ?? "").collapsingWhitespace()
                let s = sources.count, t = targets.count
                if !source.isEmpty {
                    var sentence = Sentence(text: source, paragraph: sourceParagraphs.count, line: pair.sourceLine, column: 1)
                    // Codes stay where collapsing white space moved no offset.
                    if source == pair.source { sentence.codes = pair.sourceCodes }
                    sources.append(sentence)
                }
                if !target.isEmpty {
                    var sentence = Sentence(text: target, paragraph: targetParagraphs.count, line: pair.targetLine, column: 1)
                    if target == pair.target { sentence.codes = pair.targetCodes }
                    targets.append(sentence)
                }
                if sources.count > s || targets.count > t {
                    beads.append(Bead(source: s..<sources.count, target: t..<targets.count, confidence: 1))
                }
            }
            if sources.count > s0 { sourceParagraphs.append(Paragraph(sentences: s0..<sources.count, role: .content, line: sources[s0].line)) }
            if targets.count > t0 { targetParagraphs.append(Paragraph(sentences: t0..<targets.count, role: .content, line: targets[t0].line)) }
        }
        let source = Document(path: path, language: file.sourceLanguage, paragraphs: sourceParagraphs, sentences: sources)
        let target = Document(path: path, language: targetLanguage, paragraphs: targetParagraphs, sentences: targets)
        let coverage = Coverage(beads: beads, contentSource: sources.count, contentTarget: targets.count, threshold: 0.5)
        return Alignment(source: source, target: target, beads: beads, verdict: coverage.verdict ?? .comparable, score: coverage.score)
    }
}
