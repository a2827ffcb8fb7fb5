import ArgumentParser
import Foundation
import SejajarIO
import SejajarKit

/// `sejajar evaluate`: Vecalign's strict and lax precision, recall and F1.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score test alignments against gold alignments (Vecalign's score.py).",
        discussion: """
        Gold and test files are ladders ([i, j]:[k] per line, a trailing :confidence allowed), \
        paired in the order given. Counts are summed over all files before dividing. When the test \
        beads carry confidences, a reliability table follows: beads per confidence bin with the \
        share of them that equal a gold bead, the expected calibration error (ECE), how many beads \
        with confidence ≥ 0.9 are exact and how many exact beads reach it, and how many of the \
        gold's 1-0/0-1 beads came out exactly. A small hand-checked sample of your own material \
        tells how far to trust the confidences on it.

        Example:
          sejajar align Alignments/samples/ntrex-doc010.es Alignments/samples/ntrex-doc010.id --from es --to id --input lines --format ladder --output doc010.ladder
          sejajar evaluate --gold Alignments/samples/ntrex-doc010.gold --test doc010.ladder
        """
    )

    @Option(parsing: .upToNextOption, help: "Gold ladder files.")
    var gold: [String]

    @Option(parsing: .upToNextOption, help: "Test ladder files, in the same order as --gold.")
    var test: [String]

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func validate() throws {
        guard !gold.isEmpty else { throw ValidationError("give at least one --gold file") }
        guard gold.count == test.count else {
            throw ValidationError("--gold has \(gold.count) files but --test has \(test.count)")
        }
    }

    func run() throws {
        let reader = LadderReader(limits: try userLimits())
        var files: [(gold: [BeadIndices], test: [BeadIndices])] = []
        for (g, t) in zip(gold, test) {
            files.append((try reader.read(path: g), try reader.read(path: t)))
        }
        let score = AlignmentScore(files: files)
        try StandardStream.output.write(try EvaluationWriter(format: json ? .json : .text).write(Evaluation(score: score, reliability: Reliability(files: files))).text)
    }
}
