import ArgumentParser
import Foundation
import SejajarKit

/// The term base: what the checks and reports use, and the concepts the aligner anchors on.
struct TermBaseOptions: ParsableArguments {
    @Option(help: "A term base (TBX or a .tsv/.csv term table): its concepts are alignment anchors, and the checks and reports use it (default for those: the shipped term base).")
    var glossary: String?

    /// The `--glossary` given, read (nil when none is given).
    func given() throws -> Glossary? {
        try glossary.map { try GlossaryReader(limits: try userLimits()).read(path: $0) }
    }

    /// The term base the checks use: `--glossary`, else the shipped one; and where it was read from.
    func termBase() throws -> (glossary: Glossary, path: String) {
        let path = try TermBaseLocation.path(glossary)
        return (try GlossaryReader(limits: try userLimits()).read(path: path), path)
    }

    /// `--glossary`, else the shipped term base when it is found (nil when it is not).
    func termBaseIfFound() throws -> Glossary? {
        guard let path = glossary ?? (try? TermBaseLocation.path(nil)) else { return nil }
        return try GlossaryReader(limits: try userLimits()).read(path: path)
    }
}

/// Where the shipped term base is: `--glossary`, else `SEJAJAR_GLOSSARY`, else
/// `Glossary/political-administrative.tbx` in the current folder or next to the checkout the
/// binary was built in.
enum TermBaseLocation {
    static func path(_ given: String?) throws -> String {
        if let given { return given }
        if let environment = ProcessInfo.processInfo.environment["SEJAJAR_GLOSSARY"] { return environment }
        let relative = "Glossary/political-administrative.tbx"
        var candidates = [relative]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent(relative).path)
            folder = folder.deletingLastPathComponent()
        }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw SejajarError.io(path: relative, message: "the shipped glossary was not found; pass --glossary FILE")
        }
        return found
    }
}
