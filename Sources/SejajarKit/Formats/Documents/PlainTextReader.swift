import Foundation

/// Reads a plain-text file: its bytes decoded (UTF-8, UTF-16 or UTF-32 by BOM; invalid bytes an
/// error at their offset), line breaks folded to LF and the text composed to NFC
/// (`TextDecoder`). `DocumentReader` then segments it as running text or one sentence per line.
public struct PlainTextReader: FormatReader {
    /// Bounds on the file's size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The text in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> String {
        try TextDecoder.decode([UInt8](data), path: path)
    }
}
