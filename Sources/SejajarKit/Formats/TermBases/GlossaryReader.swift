import Foundation

/// Reads a term base in any format Sejajar knows, chosen by the file's extension: a term table
/// (`.tsv`, `.txt` tab-separated; `.csv` comma-separated) or TBX (v3 or 2008) for anything else.
public struct GlossaryReader: FormatReader {
    /// Bounds that protect the machine from hostile input.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The glossary in the file at `path` (TBX streamed).
    public func read(path: String) throws(SejajarError) -> Glossary {
        switch Self.separator(path) {
        case let separator?: try GlossaryTableReader(separator: separator, limits: limits).read(path: path)
        case nil: try TBXReader(limits: limits).read(path: path)
        }
    }

    /// The glossary in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> Glossary {
        switch Self.separator(path) {
        case let separator?: try GlossaryTableReader(separator: separator, limits: limits).read(data: data, path: path)
        case nil: try TBXReader(limits: limits).read(data: data, path: path)
        }
    }

    /// The separator of a term table named `path`, or nil for TBX.
    static func separator(_ path: String) -> Character? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "tsv", "txt": "\t"
        case "csv": ","
        default: nil
        }
    }
}
