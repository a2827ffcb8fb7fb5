import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar text`: a file as Sejajar reads it, before any alignment.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Show a file as Sejajar reads it: its sentences, their roles and where each starts.",
        discussion: """
        Reads plain text, HTML, DOCX, ODT or PDF as 'align' and 'check' do and lists every \
        sentence with its line:column in the file and its role: content, heading, caption, note, \
        or boilerplate (pageFurniture, commentCounter, sourceLine, placeholder, byline), which \
        the aligner keeps out of content pairs and translation memories. In a DOCX or ODT the \
        line is the paragraph's number in its part; in a PDF, the line of its text counted \
        through all pages.

        Examples:
          sejajar text article.html --language es
          sejajar text report.docx --language id --json
        """
    )

    @Argument(help: "A text, HTML, DOCX, ODT or PDF file.")
    var file: String

    @Option(help: "The file's language (BCP 47 tag): sentence splitting follows it. Without it, the language the text looks like (said on standard error), when it shows one clearly.")
    var language: String?

    @OptionGroup(title: "Input") var reading: ReadingOptions

    @Flag(help: "Print the sentences as JSON.")
    var json = false

    func validate() throws {
        if let language, let problem = LanguageTag.problem(language) { throw ValidationError("--language: \(problem.message)") }
    }

    func run() throws {
        let limits = try userLimits()
        // Read once as the declared language (or Spanish rules, to see the text), then check or
        // guess the language from what was read.
        var document = try DocumentReader(language: Language(language ?? "und"), layout: reading.input, fileFormat: reading.inputFormat,
                                          limits: limits).read(path: file)
        let profile = LanguageProfile.read(document.sentences.filter { $0.role.isContent }.map(\.text).joined(separator: " "))
        if let language {
            if let seen = LanguageProfile.mismatch(profile, declared: Language(language)) {
                StandardStream.error.note("sejajar: \(file): warning: the text reads as \(LanguageProfile.name(seen)), not as its declared language '\(language)'\n")
            }
        } else {
            guard let seen = profile.language else {
                throw SejajarError.usage(message: "\(file): the text does not show its language clearly: give --language")
            }
            StandardStream.error.note("sejajar: \(file): read as \(LanguageProfile.name(seen)) (\(seen)), the language it looks like; give --language to say\n")
            document = try DocumentReader(language: Language(seen), layout: reading.input, fileFormat: reading.inputFormat, limits: limits).read(path: file)
        }
        try StandardStream.output.write(try DocumentListingWriter(format: json ? .json : .text).write(document).text)
    }
}
