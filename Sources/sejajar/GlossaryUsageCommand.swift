import ArgumentParser
import Foundation
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
          sejajar glossary convert --to csv > terms.csv
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

    @Option(help: "The glossary (default: the shipped term base).")
    var glossary: String?

    @Option(help: "Output: text or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Output file (default: standard output). Written atomically.")
    var output: String?

    @Option(help: ArgumentHelp("Also write the candidate terms as a CSV term table here.", valueName: "file.csv"))
    var candidates: String?

    @Option(help: "Pairs of an alignment under this confidence (the probability the bead is right) are left out; a locked bead always counts.")
    var minConfidence: Double = 0.5

    @Flag(help: "No summary on standard error.")
    var quiet = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give saved alignments or TMX files") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        let console = Console(quiet: quiet, verbose: false)
        let glossaryPath = try defaultGlossaryPath(glossary)
        let termBase = try GlossaryReader(limits: try limits()).read(path: glossaryPath)
        var counter = TermUsageCounter(glossary: termBase)
        var pairs = 0
        for file in files {
            if file.lowercased().hasSuffix(".tmx") {
                let reader = TMXReader(limits: try limits())
                var k = 0
                try reader.forEachUnitWithHeader(path: file) { unit, header in
                    k += 1
                    let sourceTag = unit.sourceLanguage ?? header?.sourceLanguage ?? ""
                    guard let source = unit.variant(sourceTag) ?? unit.variants.first else { return }
                    for variant in unit.variants where variant != source {
                        counter.add(source: source.segment.plainText, target: variant.segment.plainText, sourceLanguage: Language(source.language),
                                    targetLanguage: Language(variant.language), location: "\(file) tu \(k)")
                        pairs += 1
                    }
                }
            } else {
                for alignment in try AlignmentJSONReader(limits: try limits()).readAgainstOriginal(path: file) {
                    for bead in alignment.beads where bead.role.isContent && !bead.isNull && (bead.locked || bead.confidence >= minConfidence) {
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
        let writer = TermUsageWriter(glossary: termBase)
        var transaction = OutputTransaction()
        if let candidates { transaction.add(writer.candidates(usage), to: candidates) }
        let report = format == .json ? try writer.json(usage) : writer.text(usage)
        if let output {
            transaction.add(report, to: output)
            try transaction.commit()
        } else {
            try transaction.commit()
            try OutputFile.emit(report, to: nil)
        }
        console.note("glossary usage: \(pairs) pairs, \(usage.entries.count) concept renderings, \(usage.candidates.count) candidate terms, \(usage.sourceCandidates.count) candidate source terms (glossary: \(glossaryPath))")
    }
}
