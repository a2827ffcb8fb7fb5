import ArgumentParser
import SejajarKit

/// `sejajar tmx merge`: several memories into one, each distinct unit once.
struct TMXMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
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
        let reader = TMXReader(limits: try limits())
        let (memory, duplicates) = TranslationMemory.merging(try files.map { path throws(SejajarError) in try reader.read(path: path) })
        let (xml, removed) = try TMXWriter().write(memory)
        try OutputFile.write(xml, to: output)
        Console(quiet: quiet).note("tmx merge: \(memory.units.count) units written, \(duplicates) duplicates dropped"
                                   + (removed > 0 ? ", \(removed) characters XML 1.0 does not allow removed" : ""))
    }
}
