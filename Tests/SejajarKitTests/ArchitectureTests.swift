import Foundation
import Testing

/// The map in `docs/architecture.md` is the tree's: every folder of the library is on it, no
/// file names a type of a folder its own folder may not use, no module imports what its row does
/// not allow, and each C library (and template engine, and ZIP library) is used in its one file.
struct ArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = root.appendingPathComponent("Sources/SejajarKit")

    /// The rows of the table whose header's first cell is `first`: first cell → the back-quoted
    /// names of the last cell.
    static func table(_ first: String) throws -> [String: [String]] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        var rows: [String: [String]] = [:]
        var inside = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard line.hasPrefix("|"), let head = cells.first else { inside = false; continue }
            if head == first { inside = true; continue }
            guard inside, !head.hasPrefix("---"), let key = Self.quoted(head).first else { continue }
            rows[key] = Self.quoted(cells.last ?? "")
        }
        return rows
    }

    static func quoted(_ cell: String) -> [String] {
        cell.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    /// Every Swift file under `folder`, with its text.
    static func files(under folder: URL) -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        var result: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            result.append((url.path.replacingOccurrences(of: folder.path + "/", with: ""), (try? String(contentsOf: url, encoding: .utf8)) ?? ""))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// The library folder a file is in (`Text/`), or nil for the files at the top.
    static func folder(of path: String) -> String? {
        path.contains("/") ? String(path.prefix { $0 != "/" }) + "/" : nil
    }

    /// Text with comments and string literals blanked, so that only code names types.
    static func code(_ text: String) -> String {
        var result = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var kept = line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line)
            while let start = kept.firstIndex(of: "\""), let end = kept[kept.index(after: start)...].firstIndex(of: "\"") {
                kept.replaceSubrange(start...end, with: " ")
            }
            result += kept + "\n"
        }
        return result
    }

    @Test func everyLibraryFolderIsOnTheMapAndUsesOnlyWhatItMay() throws {
        let rules = try Self.table("Folder")
        let files = Self.files(under: Self.library)
        let folders = Set(files.compactMap { Self.folder(of: $0.path) })
        #expect(folders == Set(rules.keys), "docs/architecture.md lists \(rules.keys.sorted()), the tree has \(folders.sorted())")
        // Which folder declares each top-level type.
        var owner: [String: String] = [:]
        let declaration = try Regex(#"(?m)^(?:public |internal |private |fileprivate )?(?:final )?(?:struct|enum|class|protocol|actor|typealias) (\w+)"#)
        for file in files {
            guard let folder = Self.folder(of: file.path) else { continue }
            for match in file.text.matches(of: declaration) {
                if let name = match.output[1].substring, owner[String(name)] == nil { owner[String(name)] = folder }
            }
        }
        #expect(owner.count > 100, "the declarations were not found: the test would pass vacuously")
        var crossings: [String] = []
        for file in files {
            guard let folder = Self.folder(of: file.path) else { continue }
            let allowed = Set(rules[folder] ?? []).union([folder])
            var seen = Set<String>()
            for word in Self.code(file.text).split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }) {
                let name = String(word)
                guard seen.insert(name).inserted, let home = owner[name], !allowed.contains(home) else { continue }
                crossings.append("\(file.path) uses \(name) of \(home)")
            }
        }
        #expect(crossings.isEmpty, "folders used against docs/architecture.md:\n\(crossings.joined(separator: "\n"))")
    }

    @Test func everyModuleImportsOnlyWhatItMay() throws {
        let rules = try Self.table("Module")
        let modules = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Sources").path)
            .filter { !$0.hasPrefix("C") && !$0.hasPrefix(".") }
        #expect(Set(modules) == Set(rules.keys), "docs/architecture.md lists modules \(rules.keys.sorted()), Sources has \(modules.sorted())")
        var wrong: [String] = []
        for module in modules {
            for file in Self.files(under: Self.root.appendingPathComponent("Sources/\(module)")) {
                for line in file.text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                    let imported = String(line.split(separator: " ").last!)
                    if !(rules[module] ?? []).contains(imported) { wrong.append("\(module)/\(file.path) imports \(imported)") }
                }
            }
        }
        #expect(wrong.isEmpty, "imports against docs/architecture.md:\n\(wrong.joined(separator: "\n"))")
    }

    @Test func eachWrappedLibraryIsImportedInItsOneFile() throws {
        let only = try Self.table("Import")
        #expect(only.count == 7)
        for file in Self.files(under: Self.library) {
            for (library, places) in only where file.text.contains("\nimport \(library)\n") || file.text.hasPrefix("import \(library)\n") {
                #expect(places.contains(file.path), "\(file.path) imports \(library), which only \(places) may")
            }
        }
    }
}
