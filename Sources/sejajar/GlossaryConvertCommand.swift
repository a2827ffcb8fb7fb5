import ArgumentParser
import SejajarKit

/// `sejajar glossary convert`: the term base in another format.
struct GlossaryConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Write the term base as TBX v3, TBX 2008 (martif), OmegaT's TSV or a CSV term table.",
        discussion: """
        'tbx2008' and 'tsv' are what OmegaT and translate-toolkit read; 'csv' is one row per term \
        (what 'glossary import' reads back). 'tsv' needs the language pair.

        Example:
          sejajar glossary convert --to tsv --from es --to-language id --output omegat/glossary.utf8
        """
    )
    enum Target: String, ExpressibleByArgument, CaseIterable { case tbx, tbx2008, tsv, csv }

    @Option(help: "Output format: tbx, tbx2008, tsv or csv.")
    var to: Target

    @Option(help: "The glossary to read (default: the shipped term base).")
    var glossary: String?

    @Option(help: "Source language for --to tsv (and the first language of each tbx2008 entry).")
    var from: String = "es"

    @Option(help: "Target language for --to tsv.")
    var toLanguage: String = "id"

    @Option(name: .shortAndLong, help: "Output file (default: standard output). Written atomically.")
    var output: String?

    func run() throws {
        let glossary = try GlossaryReader(limits: try limits()).read(path: try defaultGlossaryPath(self.glossary))
        let text: String
        switch to {
        case .tbx: text = try TBXWriter(dialect: .basicV3).write(glossary)
        case .tbx2008: text = try TBXWriter(dialect: .martif2008, leadingLanguages: [from, toLanguage]).write(glossary)
        case .tsv: text = OmegaTGlossaryWriter(source: Language(from), target: Language(toLanguage)).write(glossary)
        case .csv: text = GlossaryTableWriter(separator: ",").write(glossary)
        }
        try OutputFile.emit(text, to: output)
    }
}
