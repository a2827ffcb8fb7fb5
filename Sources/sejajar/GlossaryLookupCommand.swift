import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar glossary lookup`: the concepts a phrase names, in any language and inflection.
struct GlossaryLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find the concepts a term belongs to, in any language and inflected form.",
        discussion: """
        Exits with 1 when nothing matches.

        Examples:
          sejajar glossary lookup "comités del Partido"
          sejajar glossary lookup mengimplementasikan --format json
        """
    )
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "A term or a phrase containing terms.")
    var term: String

    @OptionGroup(title: "Term base") var termBase: TermBaseOptions

    @Option(help: "Output: text or json.")
    var format: Format = .text

    func run() throws {
        let glossary = try termBase.requiredTermBase().glossary
        let concepts = GlossaryLookup(glossary: glossary).concepts(matching: term)
        guard !concepts.isEmpty else {
            StandardStream.error.note("sejajar: no concept matches '\(term)'\n")
            throw ExitCode(1)
        }
        try StandardStream.output.write(try ConceptListWriter(format: format == .json ? .json : .text).write(concepts).text)
    }
}
