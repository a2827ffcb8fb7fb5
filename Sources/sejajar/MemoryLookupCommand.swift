import ArgumentParser
import SejajarIO
import SejajarKit
import SejajarMemory

/// `sejajar memory lookup`: fuzzy matches for a sentence.
struct MemoryLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Fuzzy matches for a sentence: the stored units whose source is nearest, with their scores as percentages.",
        discussion: """
        Candidates come from the word index; each is scored by a token-level Levenshtein \
        distance over folded words, numbers, inline codes and punctuation told apart, in the \
        bands translators know: 101 context (the previous segment matches too: --previous), 100 \
        exact, 95–99 only numbers, tags, punctuation, spacing or case differ, 85–94, 75–84 and \
        50–74 fuzzy. Any other word caps a match at 94, so a match that differs only in a number \
        always ranks above one with another word. An aligned unit no one reviewed is 1 point less \
        (never across that line). What differs from the query is marked ⟦ ⟧.

        Examples:
          sejajar memory lookup "El Comité Popular aprobó el plan de 2024." --from es --to id
          sejajar memory lookup "Komite Rakyat provinsi" --from id --min 50 --top 10 --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The sentence to find matches for.")
    var sentence: String

    @OptionGroup(title: "Translation memory") var memory: MemoryOptions
    @OptionGroup(title: "Languages") var languages: LanguageOptions

    @Option(help: ArgumentHelp("The segment before the sentence: an exact match stored after it is a context match (101).", valueName: "text"))
    var previous: String?

    @Option(help: "The lowest score shown (memoQ's and Trados's usual minimum is 70).")
    var min: Int = 70

    @Option(help: "At most this many matches.")
    var top: Int = 5

    @Option(help: "Output: text or json.")
    var format: Format = .text

    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard (0...101).contains(min) else { throw ValidationError("--min must be between 0 and 101") }
        guard (1...1000).contains(top) else { throw ValidationError("--top must be between 1 and 1000") }
        guard languages.to.map({ !$0.contains(",") }) ?? true else { throw ValidationError("--to takes one language here") }
        guard languages.from != nil else {
            throw ValidationError("give the sentence's language: --from (BCP 47 tags: es, id, vi, de …); Sejajar does not guess it")
        }
    }

    func run() throws {
        let store = try memory.store()
        let source = languages.from ?? ""
        let matches = try store.lookup(sentence, from: Language(source), to: languages.to.map { Language($0) }, previous: previous,
                                       minimum: min, top: top)
        try output.write(try MemoryMatchWriter(format: format == .json ? .json : .text, query: sentence, language: source).write(matches))
    }
}
