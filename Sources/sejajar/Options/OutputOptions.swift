import ArgumentParser
import Foundation
import SejajarIO
import SejajarKit

/// Where results and messages go.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output file (default, and '-': standard output). Written atomically: a failure leaves the old file as it was.")
    var output: String?

    @Flag(help: "No progress or summaries on standard error.")
    var quiet = false

    @Flag(help: "Progress on standard error even when it is not a terminal.")
    var verbose = false

    var console: Console { Console(quiet: quiet, verbose: verbose) }

    /// Writes `output` to `--output` (or standard output), all its files or none, then its notes.
    func write(_ output: FormatOutput) throws {
        try write(output, to: self.output)
    }

    /// Writes `output` to `path` (or standard output), all its files or none, then its notes.
    func write(_ output: FormatOutput, to path: String?) throws {
        if output.files.count == 1, output.files[0].suffix.isEmpty {
            try OutputFile.emit(output.text, to: path)
        } else {
            guard let path, path != "-" else { throw SejajarError.usage(message: "this format writes several files: give --output PREFIX (not standard output)") }
            var transaction = OutputTransaction()
            for file in output.files { transaction.add(file.text, to: path + file.suffix) }
            try transaction.commit()
        }
        for note in output.notes { console.note(note) }
    }
}
