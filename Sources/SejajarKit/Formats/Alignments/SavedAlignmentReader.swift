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

    /// The saved alignment in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> SavedAlignment {
        if Self.isXLIFF(path: path) {
            return SavedAlignment(path: path, alignments: [try XLIFFReader(limits: limits).read(data: data, path: path).alignment()])
        }
        return try AlignmentJSONReader(limits: limits, checksLockedBeads: checksLockedBeads).read(data: data, path: path)
    }

    /// The saved alignment in the file at `path` (XLIFF streamed, JSON read whole).
    public func read(path: String) throws(SejajarError) -> SavedAlignment {
        if Self.isXLIFF(path: path) {
            return SavedAlignment(path: path, alignments: [try XLIFFReader(limits: limits).read(path: path).alignment()])
        }
        return try AlignmentJSONReader(limits: limits, checksLockedBeads: checksLockedBeads).read(path: path)
    }
}
