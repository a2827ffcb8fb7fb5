import ArgumentParser

/// `sejajar lexicon`: word lexicons learned from aligned text.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Learn and save bilingual word lexicons.",
        discussion: """
        Example:
          sejajar lexicon train --batch pairs.tsv --from es --to id --input lines --output es-id.lexicon
        """,
        subcommands: [LexiconTrainCommand.self]
    )
}
