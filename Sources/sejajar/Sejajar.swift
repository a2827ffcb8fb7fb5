import ArgumentParser
import Foundation
import SejajarIO
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
        subcommands: [AlignCommand.self, CheckCommand.self, ExportCommand.self, TMXCommand.self, MemoryCommand.self, GlossaryCommand.self,
                      EvaluateCommand.self, LexiconCommand.self, CorpusCommand.self, TextCommand.self, ReviewCommand.self]
    )
}

/// Runs the command; library errors become one compiler-style line and exit code 2.
@main
enum Main {
    static func main() {
        SignalCleanup.install()
        // A file-size limit (ulimit -f) makes writes fail with EFBIG, reported like a full disk,
        // instead of killing the process half-way.
        signal(SIGXFSZ, SIG_IGN)
        do {
            try UnknownOptions.check(Array(CommandLine.arguments.dropFirst()))
            var command = try Sejajar.parseAsRoot()
            try command.run()
        } catch let error as SejajarError {
            StandardStream.error.note("sejajar: " + error.diagnosticLine + "\n")
            exit(2)
        } catch let error as UnknownOptions.Unknown {
            StandardStream.error.note("sejajar: error: \(error.message) (see 'sejajar \(error.command) --help')\n")
            exit(2)
        } catch let error as ExitCode {
            exit(error.rawValue)
        } catch {
            let code = Sejajar.exitCode(for: error)
            if code == .success { Sejajar.exit(withError: error) }
            // One line: the message, and where the help is ("See 'sejajar align --help'").
            var message = Sejajar.message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            let full = Sejajar.fullMessage(for: error)
            if let start = full.range(of: "See '"), let end = full[start.upperBound...].firstIndex(of: "'") {
                message += " (see '\(full[start.upperBound..<end])')"
            }
            StandardStream.error.note("sejajar: error: " + message.replacingOccurrences(of: "\n", with: " ") + "\n")
            exit(2)
        }
    }
}
