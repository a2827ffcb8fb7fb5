import ArgumentParser
import Foundation
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
    }

    @Argument(help: "A saved alignment (JSON written by 'sejajar align'), or a bilingual XLIFF file.")
    var alignment: String

    @Option(help: "Output format: tmx, tsv, moses or xliff.")
    var format: Format = .tmx

    @Option(help: "XLIFF version for --format xliff: 2.0 or 1.2 (for older CAT tools such as OmegaT 3.6).")
    var xliffVersion: XLIFFWriter.Version = .v2_0

    @Option(help: "With --format xliff, pairs under this confidence are marked for review; the rest are 'translated', locked pairs 'final'.")
    var reviewBelow: Double = 0.9

    @Option(name: .shortAndLong, help: "Output file (for moses: the common prefix of the two files). Default: standard output (not for moses).")
    var output: String?

    @Option(help: "Leave out pairs whose confidence (the probability that the pair is right) is below this value; a locked pair always stays. 0 keeps all.")
    var minConfidence: Double = MemoryPolicy.calibratedFloor

    @Flag(help: "Keep the pairs of texts judged comparable or unrelated (left out by default: they are not translations).")
    var keepComparable = false

    @Flag(help: "No summary on standard error.")
    var quiet = false

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        if format == .moses && output == nil { throw ValidationError("--format moses needs --output PREFIX") }
    }

    func run() throws {
        let console = Console(quiet: quiet)
        let saved = try readAlignment(alignment)
        let policy = MemoryPolicy(minimumConfidence: minConfidence, translationsOnly: !keepComparable)
        switch format {
        case .tmx:
            let tmx = try MemoryBuilder.tmx([saved], policy: policy)
            try OutputFile.emit(tmx.xml, to: output)
            console.note(tmx.counts.summary(removedCharacters: tmx.removedCharacters, policy: policy))
        case .tsv:
            var kept = saved
            kept.beads.removeAll { policy.decision(for: $0, verdict: saved.verdict) != .kept }
            try OutputFile.emit(TSVAlignmentWriter().write(kept), to: output)
        case .xliff:
            // Every content bead, omissions and additions too: the states say what to review.
            let xliff = try XLIFFWriter(version: xliffVersion, reviewBelow: reviewBelow).write(saved, findings: AlignmentCheck().findings(saved))
            try OutputFile.emit(xliff, to: output)
            console.note("xliff \(xliffVersion.rawValue): \(saved.beads.filter(\.role.isContent).count) units")
        case .moses:
            let (source, target) = MosesWriter(policy: policy).write(saved)
            let prefix = output!
            // Both files, or neither.
            var transaction = OutputTransaction()
            transaction.add(source, to: "\(prefix).\(saved.source.language.tag)")
            transaction.add(target, to: "\(prefix).\(saved.target.language.tag)")
            try transaction.commit()
            console.note("moses: \(source.split(separator: "\n", omittingEmptySubsequences: false).count - 1) lines in \(prefix).\(saved.source.language.tag) and \(prefix).\(saved.target.language.tag)")
        }
    }
}
