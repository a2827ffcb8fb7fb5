import ArgumentParser

/// `sejajar glossary`: the term base's own tools.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Convert, import, look up and lint the term base, and see how its terms are really rendered.",
        discussion: """
        The term base is Glossary/political-administrative.tbx (TBX-Basic v3), the single source of truth.

        Examples:
          sejajar glossary lookup "comités del Partido"
          sejajar glossary convert --format tbx2008 --output glossary.tbx
          sejajar glossary convert --format tsv --from es --to id --output glossary/glossary.utf8
          sejajar glossary lint
          sejajar glossary usage Alignments/samples/seed-000-004.alignment.json --candidates candidates.csv
        """,
        subcommands: [GlossaryConvertCommand.self, GlossaryImportCommand.self, GlossaryLookupCommand.self, GlossaryLintCommand.self,
                      GlossaryUsageCommand.self]
    )
}
