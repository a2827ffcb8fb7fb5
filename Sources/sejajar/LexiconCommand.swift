import ArgumentParser
import Foundation
import SejajarKit

/// `sejajar lexicon`: word lexicons learned from aligned text.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Learn and save bilingual word lexicons.",
        subcommands: [Train.self]
    )

    /// `sejajar lexicon train`.
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
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

        @Option(help: "A list of 'source<TAB>target' pairs (paths relative to the list).")
        var batch: String?

        @OptionGroup var options: TextOptions

        @Option(name: .shortAndLong, help: "Where to write the lexicon (tab-separated).")
        var output: String

        func validate() throws {
            guard (batch == nil) == (source != nil && target != nil) else {
                throw ValidationError("give SOURCE and TARGET files, or --batch PAIRS.tsv")
            }
        }

        func run() throws {
            let console = options.console
            let list = try batch.map { try options.readPairList($0) } ?? [(source!, target!)]
            let documents = try options.readPairs(list)
            let lexicon = try options.aligner(progress: console.progress()).learnLexicon(documents)
            console.endProgress()
            try OutputFile.write(lexicon.tsv, to: output)
            console.note("\(output): \(lexicon.entries.count) word pairs from \(list.count) document pairs")
        }
    }
}
