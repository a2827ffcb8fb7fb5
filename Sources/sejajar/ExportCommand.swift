import ArgumentParser
import Foundation
import SejajarIO
import SejajarKit

/// `sejajar export`: converts a saved alignment (JSON from `sejajar align`) to an exchange format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Convert a saved alignment to TMX, TSV or Moses parallel text.",
        discussion: """
        Reads the JSON that 'sejajar align' writes (possibly corrected by hand), or a bilingual \
        XLIFF file, and writes its content pairs. 'xliff' writes every content bead as a unit \
        (omissions and additions with an empty side), its state from the confidence (translated, \
        or left for review under --review-below; locked beads final) and what the checks found as \
        notes; XLIFF 2.0 by default, 1.2 with --xliff-version 1.2. Every format leaves out omissions, additions, boilerplate, pairs under \
        --min-confidence (default 0.5: a confidence is the probability that the pair is right) and \
        the pairs of texts judged comparable or unrelated (--keep-comparable keeps them); a locked \
        bead always stays. 'tmx' also drops duplicates and reports what it left out on stderr. 'moses' writes two line-parallel files, OUTPUT.<source language> and \
        OUTPUT.<target language>, for MT training.

        Examples:
          sejajar export Alignments/samples/seed-000-004.alignment.json --format tmx --output seed.tmx
          sejajar export a.json --format moses --min-confidence 0.5 --output corpus   # corpus.es, corpus.id
          sejajar export a.json --format xliff --xliff-version 1.2 --output a.xlf
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tmx, tsv, moses, xliff

        var format: AlignmentFormat { AlignmentFormat(rawValue: rawValue)! }
    }

    @Argument(help: "A saved alignment (JSON written by 'sejajar align'), or a bilingual XLIFF file.")
    var alignment: String

    @Option(help: "Output format: tmx, tsv, moses or xliff.")
    var format: Format = .tmx

    @OptionGroup(title: "Output") var xliff: XLIFFOptions

    @Option(help: "With --format xliff, pairs under this confidence are marked for review; the rest are 'translated', locked pairs 'final'.")
    var reviewBelow: Double = 0.9

    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Which pairs") var selection: SelectionOptions

    func validate() throws {
        if format == .moses && [nil, "-"].contains(output.output) { throw ValidationError("--format moses needs --output PREFIX (two files, not standard output)") }
    }

    func run() throws {
        let saved = try SavedAlignmentReader(limits: try userLimits()).read(path: alignment).twoTexts()
        var renderer = AlignmentRenderer(format: format.format, selection: selection.selection, filter: .memory, xliffVersion: xliff.xliffVersion,
                                         reviewBelow: reviewBelow)
        let rendered = try renderer.render(saved)
        try output.write(rendered)
        let console = output.console
        switch format {
        case .tmx, .tsv: break
        case .xliff:
            console.note("xliff \(xliff.xliffVersion.rawValue): \(saved.beads.filter(\.role.isContent).count) units")
        case .moses:
            let prefix = output.output!
            console.note("moses: \(rendered.files[0].text.split(separator: "\n", omittingEmptySubsequences: false).count - 1) lines in "
                         + "\(prefix).\(saved.source.language.tag) and \(prefix).\(saved.target.language.tag)")
        }
    }
}
