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
public struct PairListReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Where each pair's output goes in `folder` for output files named `<source file name>.<ext>`;
    /// two pairs whose sources share a name (`a/same.es`, `b/same.es`) would write one file, which
    /// is an error naming both lines of the list.
    public func outputPaths(_ pairs: [PathPair], folder: String, extension ext: String, list path: String) throws(SejajarError) -> [String] {
        var seen: [String: Int] = [:]
        var result: [String] = []
        for (k, pair) in pairs.enumerated() {
            let name = URL(fileURLWithPath: pair.source).lastPathComponent + "." + ext
            if let first = seen[name] {
                throw .malformed(path: path, line: max(1, pair.line), column: 1,
                                 message: "this pair and the one on line \(pairs[first].line) would both write \(name): give their source files different names")
            }
            seen[name] = k
            result.append(URL(fileURLWithPath: folder).appendingPathComponent(name).path)
        }
        return result
    }

    /// The pairs listed in the file at `path`; a list without pairs is an error.
    public func read(path: String) throws(SejajarError) -> [PathPair] {
        let text = try TextDecoder.read(path: path)
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
