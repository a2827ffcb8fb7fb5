import ArgumentParser

/// `sejajar memory`: a translation memory store to add to and ask.
struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory",
        abstract: "A translation memory you can ask: add TMX, alignments and XLIFF; search, look up fuzzy matches, export subsets.",
        discussion: """
        The store is an SQLite file (default Alignments/memory.sqlite, or --memory PATH): each \
        distinct segment once, indexed by its folded words and by trigrams, units with where they \
        came from. Several readers and one writer may use it at once; an interrupted 'add' leaves \
        it as it was.

        Examples:
          sejajar memory add memory.tmx Alignments/samples/seed-000-004.alignment.json
          sejajar memory search "dân vận" --from vi
          sejajar memory search "comit" --substring
          sejajar memory search c049
          sejajar memory lookup "El Comité Popular aprobó el plan." --from es --to id
          sejajar memory export --from es --to id --since 2024-03-01 --reviewed --output subset.tmx
          sejajar memory stats
          sejajar memory remove --file old.tmx
        """,
        subcommands: [MemoryAddCommand.self, MemorySearchCommand.self, MemoryLookupCommand.self, MemoryExportCommand.self,
                      MemoryStatsCommand.self, MemoryRemoveCommand.self]
    )
}
