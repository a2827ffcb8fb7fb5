import ArgumentParser
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

    @Option(help: "The glossary (default: the shipped term base).")
    var glossary: String?

    @Option(help: "Output: text or json.")
    var format: Format = .text

    func run() throws {
        let glossary = try GlossaryReader(limits: try limits()).read(path: try defaultGlossaryPath(self.glossary))
        let concepts = GlossaryLookup(glossary: glossary).concepts(matching: term)
        guard !concepts.isEmpty else {
            StandardStream.error.note("sejajar: no concept matches '\(term)'\n")
            throw ExitCode(1)
        }
        try StandardStream.output.write(try ConceptListWriter(format: format == .json ? .json : .text).write(concepts))
    }
}
