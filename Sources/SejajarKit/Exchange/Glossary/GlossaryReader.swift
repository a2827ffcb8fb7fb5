import Foundation

/// Reads a term base in any format Sejajar knows, chosen by the file's extension: a term table
/// (`.tsv`, `.txt` tab-separated; `.csv` comma-separated) or TBX (v3 or 2008) for anything else.
public struct GlossaryReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The glossary in the file at `path`.
    public func read(path: String) throws(SejajarError) -> Glossary {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "tsv", "txt": return try GlossaryTableReader(separator: "\t").read(path: path)
        case "csv": return try GlossaryTableReader(separator: ",").read(path: path)
        default: return try TBXReader().read(path: path)
        }
    }
}
