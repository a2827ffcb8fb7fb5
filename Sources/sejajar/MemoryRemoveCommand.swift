import ArgumentParser
import SejajarIO
import SejajarKit
import SejajarMemory

/// `sejajar memory remove`: units out of the store.
struct MemoryRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove the units a filter takes (as 'export' selects them), and the segments no unit uses any more.",
        discussion: """
        One transaction: all the units go, or none. A filter is required (--all removes every unit).

        Examples:
          sejajar memory remove --file old-project.tmx
          sejajar memory remove --from es --to id --origin aligned --until 2023-01-01
        """
    )

    @OptionGroup(title: "Translation memory") var memory: MemoryOptions
    @OptionGroup(title: "Languages") var languages: LanguageOptions
    @OptionGroup(title: "Which units") var filters: MemoryFilterOptions
    @OptionGroup(title: "Which units") var selection: SelectionOptions
    @OptionGroup(title: "Term base") var termBase: TermBaseOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    @Flag(help: "Remove every unit (when no filter is given).")
    var all = false

    func validate() throws {
        if output.output != nil { throw ValidationError("--output does not apply: 'remove' changes the store (--memory)") }
    }

    func run() throws {
        let filter = try filters.filter(languages: languages, minimumConfidence: selection.minConfidence)
        guard !filter.isEmpty || all else {
            throw SejajarError.usage(message: "give a filter (--file, --from, --to, --since, --until, --origin, --reviewed, --min-confidence, --concept), or --all to empty the store")
        }
        let store = try memory.store()
        let glossary = filter.concept != nil ? try termBase.requiredTermBase().glossary : nil
        let removed = try store.remove(filter, glossary: glossary)
        output.console.note("memory remove: \(removed.units) units and \(removed.segments) segments removed from \(store.path)")
    }
}
