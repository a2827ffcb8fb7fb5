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

    @Option(help: "The file's language (BCP 47 tag): sentence splitting follows it.")
    var language: String = "es"

    @OptionGroup(title: "Input") var reading: ReadingOptions

    @Flag(help: "Print the sentences as JSON.")
    var json = false

    func run() throws {
        let document = try DocumentReader(language: Language(language), layout: reading.input, fileFormat: reading.inputFormat, limits: try userLimits()).read(path: file)
        try StandardStream.output.write(try DocumentListingWriter(format: json ? .json : .text).write(document).text)
    }
}
