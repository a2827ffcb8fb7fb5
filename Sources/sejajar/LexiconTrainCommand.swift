import ArgumentParser
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
        let list = try batch.map { try PairListReader().read(path: $0) } ?? [PathPair(source: source!, target: target!)]
        let documents = try options.readPairs(list)
        let aligner = try options.aligner(progress: console.progress(), glossary: try options.readGlossary(), weights: try options.weights())
        let lexicon = aligner.learnLexicon(documents, vectors: try options.vectors(for: documents, console: console))
        console.endProgress()
        try OutputFile.write(LexiconWriter().write(lexicon), to: output)
        console.note("\(output): \(lexicon.entries.count) word pairs from \(list.count) document pairs")
    }
}
