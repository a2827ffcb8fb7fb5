import ArgumentParser
import SejajarIO
import SejajarKit
import SejajarMemory

/// `sejajar memory add`: files into the store, each in one transaction.
struct MemoryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add TMX files, saved alignments (two or three texts) and bilingual XLIFF files to the store.",
        discussion: """
        Each file is one transaction: a file that fails half-way (malformed, a full disk, Ctrl-C) \
        adds nothing, and the files before it stay added. A unit whose normalised source, target, \
        languages and context (the segment before it) are stored already is a duplicate and is \
        counted, not added. A TMX unit pairs its source tuv (srclang) with each other tuv. From a \
        saved alignment the content pairs --min-confidence keeps go in (default 0.5), each bead's \
        previous source as its context, locked beads as reviewed.

        Provenance kept: the file and line, the date (TMX creationdate, else now), the aligner's \
        confidence, reviewed, and the origin: aligned (saved alignments, TMX from Sejajar) or \
        translated (XLIFF, other TMX); --origin and --reviewed set them for every unit of the files.

        Examples:
          sejajar memory add old-projects.tmx
          sejajar memory add out/*.alignment.json --min-confidence 0.7
          sejajar memory add Alignments/samples/ntrex-doc010.pivot.json   # three texts: vi against es and id
          sejajar memory add client.tmx --origin translated --reviewed --memory client.sqlite
        """
    )

    @Argument(help: "TMX files (1.1–1.4), saved alignments (.json) or bilingual XLIFF files.")
    var files: [String]

    @OptionGroup(title: "Translation memory") var memory: MemoryOptions
    @OptionGroup(title: "Which pairs") var selection: SelectionOptions
    @OptionGroup(title: "Which units") var provenance: MemoryFilterOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give the files to add") }
        if output.output != nil { throw ValidationError("--output does not apply: 'add' writes to the store (--memory)") }
        if provenance.since != nil || provenance.until != nil || provenance.file != nil || provenance.concept != nil {
            throw ValidationError("--since, --until, --file and --concept select units of the store: give them to export, remove or stats")
        }
    }

    func run() throws {
        let console = output.console
        let store = try memory.store(create: true)
        let reader = MemoryRecordReader(limits: try userLimits(), selection: selection.selection, origin: provenance.origin, reviewed: provenance.reviewed)
        let added = MemoryDate.seconds(tmx: MemoryBuilder.creationDate()) ?? 0
        var total = 0
        for file in files {
            var left: MemoryBuilder.Counts?
            let counts = try store.add(file: file, added: added) { sink throws(SejajarError) in
                let summary = try reader.forEach(path: file, sink)
                left = summary.counts
                return summary.format
            }
            total += counts.added
            var line = "memory add: " + counts.summary
            // What the bead selection of a saved alignment left out, as 'export' reports it.
            if let beads = left?.summary(format: "", policy: selection.selection), let range = beads.range(of: "; left out ") { line += "; beads left out: " + String(beads[range.upperBound...]) }
            console.note(line)
        }
        if files.count > 1 { console.note("memory add: \(total) units added to \(store.path)") }
    }
}
