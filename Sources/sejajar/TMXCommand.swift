import ArgumentParser

/// `sejajar tmx`: look into and combine translation memories.
struct TMXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tmx",
        abstract: "Inspect and merge TMX translation memories (TMX 1.1–1.4).",
        discussion: """
        Examples:
          sejajar tmx stats memory.tmx
          sejajar tmx merge a.tmx b.tmx --output both.tmx
        """,
        subcommands: [TMXStatsCommand.self, TMXMergeCommand.self]
    )
}
