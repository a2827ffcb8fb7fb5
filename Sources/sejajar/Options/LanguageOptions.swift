import ArgumentParser
import SejajarKit

extension InputFormat: ExpressibleByArgument {}
extension FileFormat: ExpressibleByArgument {}

/// The languages of the texts.
struct LanguageOptions: ParsableArguments {
    @Option(help: "Source language (BCP 47 tag: es, id, de, es-ES …).")
    var from: String = "es"

    @Option(help: "Target language (BCP 47 tag); two, comma-separated (es,id), for two translations of one original (align ORIGINAL FIRST SECOND).")
    var to: String = "id"

    func validate() throws {
        for (flag, tag) in [("--from", from)] + targets.map({ ("--to", $0) }) where !Language(tag).isWellFormed {
            throw ValidationError("\(flag) '\(tag)' is not a language tag (BCP 47: es, id, pt-BR …)")
        }
        guard targets.count <= 2 else { throw ValidationError("--to takes one language, or two for two translations of one original") }
    }

    /// The languages `--to` names: one, or two (`es,id`) for two translations of one original.
    var targets: [String] { to.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
}

/// How the input files are read.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Input layout: 'text' (running text, sentences split here) or 'lines' (one sentence per line, blank line between paragraphs).")
    var input: InputFormat = .text

    @Option(help: ArgumentHelp("Read every input as this kind of file (text, html, docx, odt, fodt, markdown, pdf, xliff) instead of telling it from the file's extension and first bytes.",
                               valueName: "format"))
    var inputFormat: FileFormat?
}
