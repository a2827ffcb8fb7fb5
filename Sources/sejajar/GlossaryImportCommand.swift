import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar glossary import`: a term table made in a spreadsheet, as TBX.
struct GlossaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a term table (.tsv or .csv, one row per term) and write it as TBX v3.",
        discussion: """
        Columns: concept, subject, lang, term, status (preferred|admitted|deprecated), pos, \
        flags ('exact' for acronyms), note.

        Example:
          sejajar glossary import terms.csv --output Glossary/political-administrative.tbx
        """
    )

    @Argument(help: "The term table.")
    var file: String

    @OptionGroup(title: "Output") var output: OutputOptions

    @Option(help: "Title written in the TBX header.")
    var title: String = "Vietnamese political and administrative terms: vi, es, id, en"

    func run() throws {
        var glossary = try GlossaryReader(limits: try userLimits()).read(path: file)
        glossary.title = title
        try output.write(try TBXWriter().write(glossary))
        StandardStream.error.note("glossary import: \(glossary.concepts.count) concepts, \(glossary.concepts.reduce(0) { $0 + $1.terms.count }) terms\n")
    }
}
