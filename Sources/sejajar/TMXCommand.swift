import ArgumentParser
import Foundation
import SejajarKit

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
        subcommands: [Stats.self, Merge.self]
    )

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count units, languages, duplicates and empty segments of a TMX file.",
            discussion: """
            Streams the file, so memories of any size are counted in constant memory.

            Example:
              sejajar tmx stats memory.tmx
            """
        )

        @Argument(help: "A TMX file.")
        var file: String

        @Flag(help: "Print the figures as JSON.")
        var json = false

        func run() throws {
            let stats = try TMXStatistics(path: file)
            if json {
                print(stats.json)
            } else {
                print(stats.report)
            }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge TMX files into one, each distinct unit once.",
            discussion: """
            Units are the same when their segments in every language are the same; the first \
            occurrence (properties and notes included) is kept. The header comes from the first file.

            Example:
              sejajar tmx merge a.tmx b.tmx --output both.tmx
            """
        )

        @Argument(help: "TMX files to merge, in order.")
        var files: [String]

        @Option(name: .shortAndLong, help: "The merged TMX (written atomically).")
        var output: String

        @Flag(help: "No summary on standard error.")
        var quiet = false

        func validate() throws {
            guard files.count >= 2 else { throw ValidationError("give at least two TMX files") }
        }

        func run() throws {
            let (memory, duplicates) = try TranslationMemory.merging(files.map { path throws(SejajarError) in try TMXReader(path: path).read() })
            let (xml, removed) = try TMXWriter().write(memory)
            try OutputFile.write(xml, to: output)
            Console(quiet: quiet).note("tmx merge: \(memory.units.count) units written, \(duplicates) duplicates dropped"
                                       + (removed > 0 ? ", \(removed) characters XML 1.0 does not allow removed" : ""))
        }
    }
}
