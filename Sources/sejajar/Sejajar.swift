import ArgumentParser
import Foundation
import SejajarKit

/// The `sejajar` command: a thin layer that parses flags and calls SejajarKit.
struct Sejajar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sejajar",
        abstract: "Align two renderings of a text, check them and export translation memory.",
        discussion: """
        Examples:
          sejajar align es.txt id.txt --from es --to id
          sejajar align --batch pairs.tsv --from de --to fr --input lines --format ladder --output-dir out/
          sejajar evaluate --gold gold/*.defr --test out/*.ladder
        """,
        version: SejajarVersion.string,
        subcommands: [Align.self, Check.self, Export.self, TMXCommand.self, GlossaryCommand.self, Evaluate.self, LexiconCommand.self]
    )
}

/// Runs the command; library errors become one compiler-style line and exit code 2.
@main
enum Main {
    static func main() {
        do {
            var command = try Sejajar.parseAsRoot()
            try command.run()
        } catch let error as SejajarError {
            FileHandle.standardError.write(Data(("sejajar: " + error.diagnosticLine + "\n").utf8))
            exit(2)
        } catch let error as ExitCode {
            exit(error.rawValue)
        } catch {
            let code = Sejajar.exitCode(for: error)
            if code == .success { Sejajar.exit(withError: error) }
            let message = Sejajar.fullMessage(for: error)
            FileHandle.standardError.write(Data(("sejajar: error: " + message.trimmingCharacters(in: .whitespacesAndNewlines) + "\n").utf8))
            exit(2)
        }
    }
}

/// Writes text to a file atomically, or to standard output when no file is named.
func emit(_ text: String, to path: String?) throws {
    if let path {
        try OutputFile.write(text, to: path)
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Messages on standard error, unless quiet.
struct Console: Sendable {
    var quiet = false
    var verbose = false

    /// Whether standard error is a terminal (progress is shown only then).
    static var isTerminal: Bool { isatty(2) != 0 }

    func note(_ message: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// A progress callback: overwrites one terminal line; silent when not a terminal or quiet.
    func progress() -> (@Sendable (String) -> Void)? {
        guard !quiet, verbose || Self.isTerminal else { return nil }
        let terminal = Self.isTerminal
        let start = Date()
        return { message in
            // Verbose lines carry the elapsed time, so a long run shows where the time goes.
            let stamped = String(format: "[%6.1fs] ", Date().timeIntervalSince(start)) + message
            let line = terminal ? "\r\u{1B}[K" + stamped : stamped + "\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    func endProgress() {
        if !quiet && Self.isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
