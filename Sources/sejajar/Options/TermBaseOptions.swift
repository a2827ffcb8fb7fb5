import ArgumentParser
import Foundation
import SejajarKit

/// The term base: what the checks and reports use, and the concepts the aligner anchors on.
struct TermBaseOptions: ParsableArguments {
    @Option(help: "A term base (TBX or a .tsv/.csv term table): its concepts are alignment anchors, and the checks and reports use it (default for those: the shipped term base, or SEJAJAR_GLOSSARY).")
    var glossary: String?

    @Flag(help: "Use no term base: no term findings, no terms highlighted (for texts outside the term base's field).")
    var noGlossary = false

    func validate() throws {
        if noGlossary, glossary != nil { throw ValidationError("--glossary and --no-glossary contradict each other") }
    }

    /// The `--glossary` given, read (nil when none is given).
    func given() throws -> Glossary? {
        try glossary.map { try GlossaryReader(limits: try userLimits()).read(path: $0) }
    }

    /// The term base the checks and reports use: `--glossary`, else the shipped one (a missing
    /// one is an error, never a silent omission of the term findings); nil with `--no-glossary`.
    func termBase() throws -> (glossary: Glossary, path: String)? {
        guard !noGlossary else { return nil }
        let path = try TermBaseLocation.path(glossary)
        return (try GlossaryReader(limits: try userLimits()).read(path: path), path)
    }

    /// The term base a command cannot work without (`glossary lookup`, `convert`, `usage`).
    func requiredTermBase() throws -> (glossary: Glossary, path: String) {
        guard let termBase = try termBase() else { throw ValidationError("this command works on a term base: leave out --no-glossary") }
        return termBase
    }
}

/// Where the shipped term base is, wherever `sejajar` was started from: `--glossary`, else
/// `SEJAJAR_GLOSSARY`, else the installed copy (`share/sejajar/political-administrative.tbx`
/// beside the binary's `bin/`, as `make install PREFIX=…` lays it out), else in
/// `$XDG_DATA_HOME` or `$XDG_DATA_DIRS` (`…/sejajar/political-administrative.tbx`), else the
/// checkout the binary was built in (`Glossary/political-administrative.tbx` above
/// `.build/…`). The binary is found by its real path (`/proc/self/exe`), not by how it was
/// called, so a `sejajar` on `PATH` or behind a link finds its own.
enum TermBaseLocation {
    static let name = "political-administrative.tbx"

    /// The places looked in, in order.
    static func candidates(environment: [String: String] = ProcessInfo.processInfo.environment, executable: URL = executableURL()) -> [String] {
        var places: [String] = []
        let bin = executable.deletingLastPathComponent()
        places.append(bin.deletingLastPathComponent().appendingPathComponent("share/sejajar/\(name)").path)
        let home = environment["HOME"].map { $0 + "/.local/share" }
        for folder in [environment["XDG_DATA_HOME"] ?? home].compactMap({ $0 })
            + (environment["XDG_DATA_DIRS"] ?? "/usr/local/share:/usr/share").split(separator: ":").map(String.init) where !folder.isEmpty {
            places.append(URL(fileURLWithPath: folder).appendingPathComponent("sejajar/\(name)").path)
        }
        var folder = bin
        for _ in 0..<5 {
            places.append(folder.appendingPathComponent("Glossary/\(name)").path)
            folder = folder.deletingLastPathComponent()
        }
        return places
    }

    /// The binary's real path: `/proc/self/exe` on Linux, else the first argument resolved.
    static func executableURL() -> URL {
        if let real = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return URL(fileURLWithPath: real) }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    }

    /// The term base to read: `given`, else the first place that holds one.
    static func path(_ given: String?) throws -> String {
        if let given { return given }
        let environment = ProcessInfo.processInfo.environment
        if let variable = environment["SEJAJAR_GLOSSARY"], !variable.isEmpty { return variable }
        let places = candidates(environment: environment)
        guard let found = places.first(where: { FileManager.default.isReadableFile(atPath: $0) }) else {
            throw SejajarError.io(path: name, message: "the shipped term base was not found (looked in \(places.joined(separator: ", "))): "
                                  + "install it with 'make install', set SEJAJAR_GLOSSARY, or pass --glossary FILE (--no-glossary to go without)")
        }
        // Named as the user would from here: relative when it is below the current folder.
        let here = FileManager.default.currentDirectoryPath + "/"
        return found.hasPrefix(here) ? String(found.dropFirst(here.count)) : found
    }
}
