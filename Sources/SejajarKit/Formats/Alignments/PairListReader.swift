import Foundation

/// Two files to align with each other.
public struct PathPair: Sendable, Hashable {
    /// The source file.
    public var source: String
    /// The target file.
    public var target: String
    /// The line of the batch list that names the pair (0 when it comes from elsewhere).
    public var line: Int

    /// Creates a pair.
    public init(source: String, target: String, line: Int = 0) {
        self.source = source
        self.target = target
        self.line = line
    }
}

/// Reads a batch list: one `source<TAB>target` pair of files per line, `#` comments and blank
/// lines ignored, relative paths relative to the list's folder.
public struct PairListReader: FormatReader {
    /// Bounds on the input's size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The pairs listed in `data`, the bytes of the file at `path`; a list without pairs is an
    /// error.
    public func read(data: Data, path: String) throws(SejajarError) -> [PathPair] {
        let text = try TextDecoder.decode([UInt8](data), path: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var pairs: [PathPair] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformed(path: path, line: number + 1, column: 1, message: "expected 'source<TAB>target'")
            }
            func resolve(_ field: Substring) -> String {
                let name = String(field)
                return name.hasPrefix("/") ? name : folder.appendingPathComponent(name).path
            }
            pairs.append(PathPair(source: resolve(fields[0]), target: resolve(fields[1]), line: number + 1))
        }
        if pairs.isEmpty { throw .malformed(path: path, line: 1, column: 1, message: "no pairs listed") }
        return pairs
    }
}
