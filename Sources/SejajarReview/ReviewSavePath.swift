import Foundation
import SejajarKit

/// Where a review session saves when no `--output` names the file, and the refusal to replace a
/// saved alignment of other texts: two sessions on different pairs must never write one file.
public enum ReviewSavePath {
    /// The file Save writes by default:
    ///
    /// - a saved alignment (`.json`): itself;
    /// - a bilingual XLIFF `article.xlf`: `article.xlf.alignment.json` beside it;
    /// - two texts: `SOURCE+TARGET.alignment.json` beside the source, each file's whole name
    ///   (its extension names its format): `article.es.html` and `article.id.docx` save to
    ///   `article.es.html+article.id.docx.alignment.json`, so no other pair, nor the same texts
    ///   in other formats, shares the name.
    public static func defaultPath(input: String, target: String?) throws(SejajarError) -> String {
        let url = URL(fileURLWithPath: input)
        let name: String
        if let target {
            name = url.lastPathComponent + "+" + URL(fileURLWithPath: target).lastPathComponent + ".alignment.json"
        } else if url.pathExtension.lowercased() == "json" {
            return input
        } else {
            name = url.lastPathComponent + ".alignment.json"
        }
        guard name.utf8.count <= Int(NAME_MAX) else {
            throw .usage(message: "the file Save would write by default, \(name), has a name too long for the file system: give --output a file's path")
        }
        let folder = (input as NSString).deletingLastPathComponent
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
    }

    /// Refuses to let Save replace the file at `path` unless it is the alignment under review
    /// itself (`input`), or a saved alignment of the same two texts (`source` and `target`, the
    /// paths the alignment names): a saved alignment of other files, or a file that is not a
    /// saved alignment of two texts, is somebody's work. The message names the files it was made
    /// from and offers `--output`.
    public static func checkExisting(_ path: String, input: String, source: String, target: String, limits: Limits = Limits()) throws(SejajarError) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, !sameFile(path, input) else { return }
        let saved: Alignment
        do {
            saved = try SavedAlignmentReader(limits: limits).read(path: path).twoTexts()
        } catch {
            throw .io(path: path, message: "Save would replace this file, which is not a saved alignment of two texts (\(error.diagnosticLine)): give --output another file, or move it away")
        }
        guard !(sameInput(saved.source.path, source) && sameInput(saved.target.path, target)) else { return }
        throw .io(path: path, message: "holds the alignment of \(saved.source.path) and \(saved.target.path), not of \(source) and \(target): "
                  + "Save would replace another pair's work (give --output another file, or move it away)")
    }

    /// Whether `recorded` (a path a saved alignment names, relative to wherever it was made)
    /// and `given` name the same input: the same path, the same file, or, when the recorded path
    /// names no file from here, the same file name.
    static func sameInput(_ recorded: String, _ given: String) -> Bool {
        if recorded == given || sameFile(recorded, given) { return true }
        var info = stat()
        if stat(recorded, &info) == 0 { return false }
        return URL(fileURLWithPath: recorded).lastPathComponent == URL(fileURLWithPath: given).lastPathComponent
    }

    /// Whether `a` and `b` both exist and are one file (same device and inode).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }
}
