import ArgumentParser
import SejajarIO
import SejajarKit
import SejajarMemory

/// `sejajar memory export`: a subset of the store as TMX or XLIFF.
struct MemoryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the units of the store a filter takes as TMX, or (one language pair) as bilingual XLIFF.",
        discussion: """
        Filters, all optional and all applying together: --from and --to (a bare tag takes its \
        regions too), --since and --until (the unit's date), --origin aligned or translated, \
        --reviewed, --min-confidence (units without a confidence are kept), --file (units added \
        from it), --concept (units whose source names the concept of the term base). TMX keeps \
        inline codes and writes the provenance as properties (x-confidence, x-origin, \
        x-reviewed, x-file); XLIFF writes the text, one unit per pair, reviewed units final.

        Examples:
          sejajar memory export --output all.tmx
          sejajar memory export --from es --to id --since 2024-03-01 --reviewed --output reviewed.tmx
          sejajar memory export --from vi --to es --concept c049 --format xliff --output c049.xlf
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case tmx, xliff }

    @Option(help: "Output format: tmx or xliff.")
    var format: Format = .tmx

    @OptionGroup(title: "Translation memory") var memory: MemoryOptions
    @OptionGroup(title: "Languages") var languages: LanguageOptions
    @OptionGroup(title: "Which units") var filters: MemoryFilterOptions
    @OptionGroup(title: "Which units") var selection: SelectionOptions
    @OptionGroup(title: "Term base") var termBase: TermBaseOptions
    @OptionGroup(title: "Output") var xliff: XLIFFOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func run() throws {
        let store = try memory.store()
        let filter = try filters.filter(languages: languages, minimumConfidence: selection.minConfidence)
        let glossary = filter.concept != nil ? try termBase.requiredTermBase().glossary : nil
        var units: [MemoryUnit] = []
        try store.forEachUnit(filter, glossary: glossary) { units.append($0) }
        switch format {
        case .tmx:
            let tmx = try TMXWriter().write(MemoryExport.memory(units, creationDate: MemoryBuilder.creationDate()))
            try output.write(tmx)
        case .xliff:
            guard let alignment = MemoryExport.alignment(units, path: store.path) else {
                throw SejajarError.usage(message: units.isEmpty ? "no unit to export: XLIFF needs at least one"
                                         : "the units are of several language pairs: XLIFF holds one, give --from and --to")
            }
            try output.write(try XLIFFWriter(version: xliff.xliffVersion).write(CheckedAlignment(alignment)))
        }
        output.console.note("memory export: \(units.count) units")
    }
}
