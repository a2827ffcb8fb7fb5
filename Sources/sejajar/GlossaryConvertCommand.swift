import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar glossary convert`: the term base in another format.
struct GlossaryConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Write the term base as TBX v3, TBX 2008 (martif), OmegaT's TSV or a CSV term table.",
        discussion: """
        'tbx2008' and 'tsv' are what OmegaT and translate-toolkit read; 'csv' is one row per term \
        (what 'glossary import' reads back). 'tsv' and 'tbx2008' use the language pair (--from, --to).

        Example:
          sejajar glossary convert --format tsv --from es --to id --output omegat/glossary.utf8
        """
    )
    enum Format: String, ExpressibleByArgument, CaseIterable { case tbx, tbx2008, tsv, csv }

    @Option(help: "Output format: tbx, tbx2008, tsv or csv.")
    var format: Format

    @OptionGroup(title: "Term base") var termBase: TermBaseOptions
    @OptionGroup(title: "Languages") var languages: LanguageOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard languages.targets.count <= 1 else { throw ValidationError("--to takes one language here: the target of the OmegaT glossary") }
        if format == .tsv { try languages.required() }
    }

    func run() throws {
        let glossary = try termBase.requiredTermBase().glossary
        switch format {
        case .tbx: try output.write(try TBXWriter(dialect: .basicV3).write(glossary))
        case .tbx2008: try output.write(try TBXWriter(dialect: .martif2008, leadingLanguages: [languages.from, languages.to].compactMap { $0 }).write(glossary))
        case .tsv: try output.write(OmegaTGlossaryWriter(source: Language(languages.from!), target: Language(languages.to!)).write(glossary))
        case .csv: try output.write(GlossaryTableWriter(separator: ",").write(glossary))
        }
    }
}
