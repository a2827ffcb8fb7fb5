import ArgumentParser
import SejajarIO
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

    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard files.count >= 2 else { throw ValidationError("give at least two TMX files") }
        guard output.output != nil else { throw ValidationError("give the merged file with --output") }
    }

    func run() throws {
        let reader = TMXReader(limits: try userLimits())
        let (memory, duplicates) = TranslationMemory.merging(try files.map { path throws(SejajarError) in try reader.read(path: path) })
        let tmx = try TMXWriter().write(memory)
        try output.write(tmx)
        output.console.note("tmx merge: \(memory.units.count) units written, \(duplicates) duplicates dropped"
                            + (tmx.removedCharacters > 0 ? ", \(tmx.removedCharacters) characters XML 1.0 does not allow removed" : ""))
    }
}
