import ArgumentParser
import SejajarKit

extension InputFormat: ExpressibleByArgument {}
extension FileFormat: ExpressibleByArgument {}

/// The languages of the texts. Commands that align or look up take es → id when none is given;
/// the memory's filters take every language unless one is given (so both are optional here).
struct LanguageOptions: ParsableArguments {
    @Option(help: "Source language (BCP 47 tag: es, id, de, es-ES …); es when not given (for 'memory' other than lookup: any).")
    var from: String?

    @Option(help: "Target language (BCP 47 tag); two, comma-separated (es,id), for two translations of one original (align ORIGINAL FIRST SECOND); id when not given (for 'memory': any).")
    var to: String?

    /// The source language: `--from`, else es.
    var source: String { from ?? "es" }

    /// `--to` as given, else id.
    var target: String { to ?? "id" }

    func validate() throws {
        for (flag, tag) in [("--from", source)] + targets.map({ ("--to", $0) }) where !Language(tag).isWellFormed {
            throw ValidationError("\(flag) '\(tag)' is not a language tag (BCP 47: es, id, pt-BR …)")
        }
        guard targets.count <= 2 else { throw ValidationError("--to takes one language, or two for two translations of one original") }
    }

    /// The languages `--to` names: one, or two (`es,id`) for two translations of one original.
    var targets: [String] { target.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
}

/// How the input files are read.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Input layout: 'text' (running text, sentences split here) or 'lines' (one sentence per line, blank line between paragraphs).")
    var input: InputFormat = .text

    @Option(help: ArgumentHelp("Read every input as this kind of file (text, html, docx, odt, pdf, xliff) instead of telling it from the file's extension and first bytes.",
                               valueName: "format"))
    var inputFormat: FileFormat?
}
