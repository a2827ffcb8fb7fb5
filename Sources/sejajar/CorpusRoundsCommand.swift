import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar corpus rounds`: how many map and reduce rounds a corpus takes before align.
struct CorpusRoundsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "Print how many map and reduce rounds the list takes before align (round 0 collects the words).",
        discussion: """
        Three with the default settings (words, then a lexicon learned twice); one with --no-learning.

        Example:
          sejajar corpus rounds --batch pairs.tsv --from es --to id --input lines
        """
    )

    @OptionGroup(title: "Input") var corpus: BatchOptions
    @OptionGroup var setup: JobOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard corpus.batch != nil else { throw ValidationError("give the list with --batch PAIRS.tsv") }
    }

    func run() throws {
        let job = try AlignmentJob(setup, console: output.console)
        let list = try PairListReader(limits: job.limits).read(path: corpus.batch!)
        try output.write(FormatOutput("\(try job.corpusRounds(list))\n"))
    }
}
