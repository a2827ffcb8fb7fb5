import Foundation

/// Reads a term base in any format Sejajar knows, chosen by the file's extension: a term table
/// (`.tsv`, `.txt` tab-separated; `.csv` comma-separated) or TBX (v3 or 2008) for anything else.
public struct GlossaryReader: Sendable {
    /// Bounds that protect the machine from hostile input.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The glossary in the file at `path`.
    public func read(path: String) throws(SejajarError) -> Glossary {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "tsv", "txt": return try GlossaryTableReader(separator: "\t", limits: limits).read(path: path)
        case "csv": return try GlossaryTableReader(separator: ",", limits: limits).read(path: path)
        default: return try TBXReader(limits: limits).read(path: path)
        }
    }
}
