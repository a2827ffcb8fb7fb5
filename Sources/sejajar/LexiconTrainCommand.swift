import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar lexicon train`: align texts and save the IBM Model 1 lexicon learned from them.
struct LexiconTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Align texts and learn an IBM Model 1 lexicon from them, for later --lexicon runs.",
        discussion: """
        Example:
          sejajar lexicon train --batch pairs.tsv --from es --to id --input lines --output es-id.lexicon
        """
    )

    @Argument(help: "Source text file (or use --batch).")
    var source: String?

    @Argument(help: "Target text file.")
    var target: String?

    @OptionGroup(title: "Input") var corpus: BatchOptions

    @OptionGroup var setup: JobOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard (corpus.batch == nil) == (source != nil && target != nil) else {
            throw ValidationError("give SOURCE and TARGET files, or --batch PAIRS.tsv")
        }
        guard output.output != nil else { throw ValidationError("give the lexicon's file with --output") }
    }

    func run() throws {
        let console = output.console
        let job = try AlignmentJob(setup, console: console)
        let list = try corpus.batch.map { try PairListReader(limits: job.limits).read(path: $0) } ?? [PathPair(source: source!, target: target!)]
        let lexicon = try job.learnLexicon(list)
        console.endProgress()
        try output.write(LexiconWriter().write(lexicon))
        console.note("\(output.output!): \(lexicon.entries.count) word pairs from \(list.count) document pairs")
    }
}
