import ArgumentParser
import SejajarKit

extension InputFormat: ExpressibleByArgument {}
extension FileFormat: ExpressibleByArgument {}

/// The languages of the texts. Never guessed behind the user's back: where the input does not
/// say them (plain texts, web pages, Word files), they must be given; where it does (a saved
/// alignment, a TMX or XLIFF header), a language given must agree with it.
struct LanguageOptions: ParsableArguments {
    @Option(help: "Source language (BCP 47 tag: es, id, vi, de, pt-BR …). Required for texts; a saved alignment, TMX or XLIFF says its own.")
    var from: String?

    @Option(help: "Target language (BCP 47 tag); two, comma-separated (es,id), for two translations of one original (align ORIGINAL FIRST SECOND).")
    var to: String?

    func validate() throws {
        var given = targets.map { ("--to", $0) }
        if let from { given.insert(("--from", from), at: 0) }
        for (flag, tag) in given {
            if let problem = LanguageTag.problem(tag) { throw ValidationError("\(flag): \(problem.message)") }
        }
        guard targets.count <= 2 else { throw ValidationError("--to takes one language, or two for two translations of one original") }
    }

    /// The languages `--to` names: one, or two (`es,id`) for two translations of one original.
    var targets: [String] { to.map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } } ?? [] }

    /// Throws unless both languages are given: what reading texts needs.
    func required() throws {
        guard from != nil, to != nil else {
            throw ValidationError("give the texts' languages: --from and --to (BCP 47 tags: es, id, vi, de …); Sejajar does not guess them")
        }
    }

    /// Throws when a language given contradicts what `alignment` (read from `path`) says.
    func confirm(_ alignment: Alignment, path: String) throws {
        if let from, Language(from).base != alignment.source.language.base {
            throw SejajarError.usage(message: "\(path) is \(alignment.source.language.tag) → \(alignment.target.language.tag); --from \(from) says otherwise (leave it out)")
        }
        if targets.count == 1, Language(targets[0]).base != alignment.target.language.base {
            throw SejajarError.usage(message: "\(path) is \(alignment.source.language.tag) → \(alignment.target.language.tag); --to \(targets[0]) says otherwise (leave it out)")
        }
    }
}

/// How the input files are read.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Input layout: 'text' (running text, sentences split here) or 'lines' (one sentence per line, blank line between paragraphs).")
    var input: InputFormat = .text

    @Option(help: ArgumentHelp("Read every input as this kind of file (text, html, docx, odt, fodt, markdown, pdf, xliff) instead of telling it from the file's extension and first bytes.",
                               valueName: "format"))
    var inputFormat: FileFormat?
}
