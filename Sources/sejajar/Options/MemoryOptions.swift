import ArgumentParser
import SejajarKit
import SejajarMemory

/// The translation memory store.
struct MemoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The translation memory store, an SQLite file (for 'memory': default Alignments/memory.sqlite; for 'review': none unless given).",
                               valueName: "path"))
    var memory: String?

    /// `--memory`, else the default store.
    var path: String { memory ?? MemoryStore.defaultPath }

    /// The store, opened; `create` makes it when missing (only `add` does).
    func store(create: Bool = false) throws -> MemoryStore {
        try MemoryStore(path: path, create: create)
    }
}

extension MemoryProvenance.Origin: ExpressibleByArgument {}

/// Which units of the store: by date, provenance, file and concept (languages come from
/// `LanguageOptions`, the confidence floor from `SelectionOptions`).
struct MemoryFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Units made on or after this day (YYYY-MM-DD, or YYYY-MM-DDThh:mm:ssZ).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Units made before this day.", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("With 'add': the origin of every unit added (aligned or translated) instead of the one the file suggests; elsewhere: only units of this origin.",
                               valueName: "origin"))
    var origin: MemoryProvenance.Origin?

    @Flag(help: "With 'add': mark every unit added reviewed; elsewhere: only reviewed (locked) units.")
    var reviewed = false

    @Option(help: ArgumentHelp("Only units added from this file (the path given to 'add', or its file name).", valueName: "path"))
    var file: String?

    @Option(help: ArgumentHelp("Only units whose source names this concept of the term base (its id: c049).", valueName: "id"))
    var concept: String?

    func validate() throws {
        if let since, MemoryDate.seconds(day: since) == nil { throw ValidationError("--since '\(since)' is not a date (YYYY-MM-DD)") }
        if let until, MemoryDate.seconds(day: until) == nil { throw ValidationError("--until '\(until)' is not a date (YYYY-MM-DD)") }
    }

    /// The filter these options and `languages`, `minimumConfidence` describe.
    func filter(languages: LanguageOptions, minimumConfidence: Double?) throws -> MemoryFilter {
        guard languages.to.map({ !$0.contains(",") }) ?? true else { throw ValidationError("--to takes one language here") }
        return MemoryFilter(sourceLanguage: languages.from, targetLanguage: languages.to, since: since.flatMap(MemoryDate.seconds(day:)),
                            until: until.flatMap(MemoryDate.seconds(day:)), origin: origin, reviewedOnly: reviewed,
                            minimumConfidence: minimumConfidence, file: file, concept: concept)
    }
}
