import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar tmx merge`: several memories into one, each distinct unit once, streamed.
struct TMXMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge TMX files into one, each distinct unit once.",
        discussion: """
        Units are the same when their segments in every language are the same; the first \\
        occurrence (properties and notes included) is kept. The header comes from the first file. \\
        The files are streamed: memory holds the distinct segments, not the memories, so the \\
        per-pair memories of a whole corpus merge in one call (--files-from).

        Examples:
          sejajar tmx merge a.tmx b.tmx --output both.tmx
          sejajar tmx merge --files-from tmx-files.txt --output corpus.tmx
        """
    )

    @Argument(help: "TMX files to merge, in order.")
    var files: [String] = []

    @Option(help: ArgumentHelp("A file naming more TMX files to merge after those given, one per line (blank lines and '#' lines skipped).",
                               valueName: "list"))
    var filesFrom: String?

    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard files.count >= 2 || filesFrom != nil else { throw ValidationError("give at least two TMX files") }
        guard output.output != nil else { throw ValidationError("give the merged file with --output") }
    }

    func run() throws {
        let limits = try userLimits()
        var paths = files
        if let filesFrom {
            let text = try TextDecoder.read(path: filesFrom, limits: limits)
            paths += text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        guard !paths.isEmpty else { throw SejajarError.usage(message: "\(filesFrom ?? "--files-from") names no TMX file") }
        let reader = TMXReader(limits: limits)
        let writer = TMXWriter()
        let file = try StreamedOutputFile(path: output.output!)
        var merger = MemoryMerger()
        var header: TranslationMemory.Header?
        var pending: [TranslationUnit] = [], removed = 0
        func flush() throws(SejajarError) {
            guard let header, !pending.isEmpty else { return }
            let body = try writer.body(pending, header: header)
            try file.write(body.text)
            removed += body.removedCharacters
            pending = []
        }
        func start(_ first: TranslationMemory.Header) throws(SejajarError) {
            header = first
            try file.write(try writer.pieces(first).head)
        }
        try reader.forEach(paths: paths) { entry throws(SejajarError) in
            if header == nil, let first = entry.header { try start(first) }
            guard merger.add(entry.unit) else { return }
            pending.append(entry.unit)
            if pending.count >= 1000 { try flush() }
        } fileEnd: { fileHeader throws(SejajarError) in
            if header == nil { try start(fileHeader) }
        }
        try flush()
        try file.write(try writer.pieces(header!).tail)
        try file.commit()
        output.console.note("tmx merge: \(merger.kept) units written, \(merger.duplicates) duplicates dropped"
                            + (removed > 0 ? ", \(removed) characters XML 1.0 does not allow removed" : ""))
    }
}
