import ArgumentParser
import SejajarIO
import SejajarKit
import SejajarMemory

extension MemorySide: ExpressibleByArgument {}

/// `sejajar memory search`: concordance in either or both languages, or a concept's renderings.
struct MemorySearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Concordance: the stored segments that hold some words or a piece of text, and what they render; or every unit naming a concept of the term base.",
        discussion: """
        Words are matched folded as each segment's language allows: case and accents ignored in \
        Spanish or Indonesian, tones kept in Vietnamese ("quan" does not find "quận"). Segments \
        with the words in the query's order come first. --substring matches the text anywhere, \
        inside words too (at least three characters). Matched words are marked ⟦ ⟧. --from \
        restricts the segments searched to a language, --to the renderings shown; --in source \
        or target to one side of the units.

        A concept id of the term base (c049), or --concept, lists every unit whose source names \
        the concept, grouped by how the target renders it (what 'glossary usage' tells for files).

        Examples:
          sejajar memory search "comité popular"
          sejajar memory search "dân vận" --from vi --to es
          sejajar memory search "provinci" --substring --format json
          sejajar memory search c049 --from vi
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Words or text to find, or a concept id of the term base (c049).")
    var text: String?

    @OptionGroup(title: "Translation memory") var memory: MemoryOptions
    @OptionGroup(title: "Languages") var languages: LanguageOptions

    @Option(name: .customLong("in"), help: ArgumentHelp("Which side of the units to search: source, target or both.", valueName: "side"))
    var side: MemorySide = .both

    @Flag(help: "Match the text anywhere, inside words too (trigram index), instead of whole words.")
    var substring = false

    @Option(help: "At most this many segments.")
    var limit: Int = 20

    @Option(help: "Output: text or json.")
    var format: Format = .text

    @OptionGroup(title: "Which units") var filters: MemoryFilterOptions
    @OptionGroup(title: "Term base") var termBase: TermBaseOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard text != nil || filters.concept != nil else { throw ValidationError("give the words to find, or --concept ID") }
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000") }
        guard languages.to.map({ !$0.contains(",") }) ?? true else { throw ValidationError("--to takes one language here") }
    }

    func run() throws {
        let store = try memory.store()
        let report: ReportFormat = format == .json ? .json : .text
        if let concept = try conceptAsked() {
            let glossary = try termBase.requiredTermBase().glossary
            let usage = try store.conceptUsage(concept, glossary: glossary, sourceLanguage: languages.from, targetLanguage: languages.to)
            try output.write(try MemoryConceptWriter(format: report, glossary: glossary).write(usage))
            output.console.note("memory search: \(usage.groups.reduce(0) { $0 + $1.units.count }) units name \(concept), \(usage.groups.count) renderings")
            return
        }
        let hits = try store.search(text ?? "", languages: languages.from.map { [$0] } ?? [], otherLanguages: languages.to.map { [$0] } ?? [],
                                    side: side, mode: substring ? .substring : .words, limit: limit)
        try output.write(try MemoryHitWriter(format: report).write(hits))
        output.console.note("memory search: \(hits.count) segments" + (hits.count == limit ? " (--limit \(limit) reached)" : ""))
    }

    /// The concept asked for: --concept, or TEXT when it is the id of a concept of the term base.
    func conceptAsked() throws -> String? {
        if let concept = filters.concept { return concept }
        guard let text, !substring, text.wholeMatch(of: /[A-Za-z]{0,4}[0-9]{1,6}/) != nil,
              // Without a term base (--no-glossary, or none found) TEXT is words to find.
              let glossary = (try? termBase.termBase())??.glossary, glossary.concept(text) != nil else { return nil }
        return text
    }
}
