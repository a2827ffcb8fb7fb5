import Foundation

/// Where the outputs of a batch go: one file per pair in the output folder, named after the
/// pair's source file.
public enum BatchOutputs {
    /// Where each pair's output goes in `folder` for output files named `<source file name>.<ext>`;
    /// two pairs whose sources share a name (`a/same.es`, `b/same.es`) would write one file, which
    /// is an error naming both lines of the list.
    public static func outputPaths(_ pairs: [PathPair], folder: String, extension ext: String, list path: String) throws(SejajarError) -> [String] {
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
}
