import ArgumentParser
import Foundation
import SejajarIO
import SejajarKit

/// `sejajar glossary usage`: how the term base's concepts are really rendered in aligned text.
struct GlossaryUsageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usage",
        abstract: "List, for every concept the texts name, the renderings actually used, with counts, status and an example.",
        discussion: """
        Reads saved alignments (JSON from 'sejajar align', two texts or three), or translation \
        memories (TMX: the header's source language against every other tuv). Only pairs more \
        likely right than wrong count (--min-confidence). For every concept a source text names, \
        each target language's renderings: preferred, admitted, deprecated, or unknown (no term of \
        the concept in the target), with counts and the first pair that used each.

        A phrase that recurs where a concept had no known rendering, and is rare elsewhere, is \
        proposed as a candidate term; --candidates writes them as a term table with the status \
        left empty. Set each status (or delete the row), append the rows to the term base's table \
        and import it:
          sejajar glossary convert --format csv > terms.csv
          tail -n +2 candidates.csv >> terms.csv      # after deciding each status
          sejajar glossary import terms.csv --output Glossary/political-administrative.tbx

        Examples:
          sejajar glossary usage Alignments/samples/seed-000-004.alignment.json
          sejajar glossary usage memory.tmx doc.pivot.json --candidates candidates.csv
          sejajar glossary usage out/*.json --format json --output usage.json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Saved alignments (.json) or translation memories (.tmx).")
    var files: [String]

    @OptionGroup(title: "Term base") var termBase: TermBaseOptions

    @Option(help: "Output: text or json.")
    var format: Format = .text

    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Which pairs") var selection: SelectionOptions

    @Option(help: ArgumentHelp("Also write the candidate terms as a CSV term table here.", valueName: "file.csv"))
    var candidates: String?

    func run() throws {
        let console = output.console
        let (glossary, glossaryPath) = try termBase.requiredTermBase()
        // Pairs of texts that are not translations count too: what was rendered is what is asked.
        let counted = BeadSelection(minimumConfidence: selection.selection.minimumConfidence, translationsOnly: false)
        var counter = TermUsageCounter(glossary: glossary)
        var pairs = 0
        for file in files {
            if file.lowercased().hasSuffix(".tmx") {
                var k = 0
                try TMXReader(limits: try userLimits()).forEach(path: file) { entry in
                    k += 1
                    let unit = entry.unit
                    let sourceTag = unit.sourceLanguage ?? entry.header?.sourceLanguage ?? ""
                    guard let source = unit.variant(sourceTag) ?? unit.variants.first else { return }
                    for variant in unit.variants where variant != source {
                        counter.add(source: source.segment.plainText, target: variant.segment.plainText, sourceLanguage: Language(source.language),
                                    targetLanguage: Language(variant.language), location: "\(file) tu \(k)")
                        pairs += 1
                    }
                }
            } else {
                for alignment in try SavedAlignmentReader(limits: try userLimits()).read(path: file).againstOriginal {
                    for bead in alignment.beads where counted.decision(for: bead, verdict: alignment.verdict) == .kept {
                        let line = alignment.source.sentences[bead.source.lowerBound].line
                        counter.add(source: alignment.sourceText(of: bead), target: alignment.targetText(of: bead),
                                    sourceLanguage: alignment.source.language, targetLanguage: alignment.target.language,
                                    location: "\(alignment.source.path):\(line)")
                        pairs += 1
                    }
                }
            }
        }
        let usage = counter.usage()
        // The report and the candidates, both or neither.
        var transaction = OutputTransaction()
        if let candidates { transaction.add(try TermUsageWriter(glossary: glossary, form: .candidates).write(usage).text, to: candidates) }
        let report = try TermUsageWriter(glossary: glossary, form: format == .json ? .json : .text).write(usage)
        if let path = output.output {
            transaction.add(report.text, to: path)
            try transaction.commit()
        } else {
            try transaction.commit()
            try output.write(report)
        }
        console.note("glossary usage: \(pairs) pairs, \(usage.entries.count) concept renderings, \(usage.candidates.count) candidate terms, \(usage.sourceCandidates.count) candidate source terms (glossary: \(glossaryPath))")
    }
}
