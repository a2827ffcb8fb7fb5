import Foundation

/// Reads input files whole, with one-line errors naming the file.
enum FileInput {
    /// The bytes of the file at `path`.
    static func data(path: String) throws(SejajarError) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw .io(path: path, message: !exists ? "no such file" : isDirectory.boolValue ? "is a directory" : "cannot be read")
        }
        return data
    }
}
