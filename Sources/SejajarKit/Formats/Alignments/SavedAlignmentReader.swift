import Foundation

/// Reads a saved alignment whatever file it is in: the JSON `sejajar align` writes (two texts
/// or three), or a bilingual XLIFF file from a CAT tool, told by its extension or its root
/// element. The one entry point from files to saved `Alignment`s (`check`, `export`, `review`,
/// `align --resume`, `glossary usage`).
public struct SavedAlignmentReader: FormatReader {
    /// Bounds that protect the machine from hostile input.
    public var limits: Limits
    /// Whether locked beads that overlap or cross are an error (`AlignmentJSONReader`).
    public var checksLockedBeads: Bool

    /// Creates a reader.
    public init(limits: Limits = Limits(), checksLockedBeads: Bool = false) {
        self.limits = limits
        self.checksLockedBeads = checksLockedBeads
    }

    /// Whether the file at `path` is read as XLIFF rather than JSON.
    static func isXLIFF(path: String) -> Bool {
        FileFormat(extension: (path as NSString).pathExtension) == .xliff
    }

    /// Refuses a file that is no saved alignment before a parser says something unhelpful about
    /// it ("not valid JSON: expected a value"): a TMX, a text, a document.
    static func refuseOther(_ head: Data, path: String) throws(SejajarError) {
        let text = String(decoding: head.prefix(2048), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if text.hasPrefix("{") || text.hasPrefix("[") { return }
        let lowered = text.lowercased()
        if lowered.contains("<tmx") {
            throw .io(path: path, message: "a translation memory (TMX), not a saved alignment: 'sejajar check' checks it unit by unit, 'sejajar glossary usage' counts its renderings")
        }
        if lowered.contains("<xliff") {
            throw .io(path: path, message: "an XLIFF file named as something else: name it .xlf")
        }
        let before = String(decoding: head.prefix(2048), as: UTF8.self).prefix { $0.isWhitespace || $0 == "\u{FEFF}" }
        let line = 1 + before.filter { $0 == "\n" }.count, column = 1 + before.reversed().prefix { $0 != "\n" }.count
        throw .malformed(path: path, line: line, column: column,
                         message: "not a saved alignment (the JSON 'sejajar align' writes, or a bilingual .xlf): to align two texts, give the target text after it")
    }

    /// The saved alignment in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> SavedAlignment {
        if Self.isXLIFF(path: path) {
            return SavedAlignment(path: path, alignments: [try XLIFFReader(limits: limits).read(data: data, path: path).alignment()])
        }
        try Self.refuseOther(data, path: path)
        return try AlignmentJSONReader(limits: limits, checksLockedBeads: checksLockedBeads).read(data: data, path: path)
    }

    /// The saved alignment in the file at `path` (XLIFF streamed, JSON read whole).
    public func read(path: String) throws(SejajarError) -> SavedAlignment {
        if Self.isXLIFF(path: path) {
            return SavedAlignment(path: path, alignments: [try XLIFFReader(limits: limits).read(path: path).alignment()])
        }
        return try read(data: try FileInput.data(path: path, limit: limits.inputBytes), path: path)
    }
}
