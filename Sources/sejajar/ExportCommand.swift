import ArgumentParser
import Foundation
import SejajarKit

/// `sejajar export`: converts a saved alignment (JSON from `sejajar align`) to an exchange format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Convert a saved alignment to TMX, TSV or Moses parallel text.",
        discussion: """
        Reads the JSON that 'sejajar align' writes (possibly corrected by hand) and writes its \
        content pairs. Every format leaves out omissions, additions, boilerplate, pairs under \
        --min-confidence (default 0.5: a confidence is the probability that the pair is right) and \
        the pairs of texts judged comparable or unrelated (--keep-comparable keeps them); a locked \
        bead always stays. 'tmx' also drops duplicates and reports what it left out on stderr. 'moses' writes two line-parallel files, OUTPUT.<source language> and \
        OUTPUT.<target language>, for MT training.

        Examples:
          sejajar export Alignments/samples/seed-000-004.alignment.json --format tmx --output seed.tmx
          sejajar export a.json --format moses --min-confidence 0.5 --output corpus   # corpus.es, corpus.id
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tmx, tsv, moses
    }

    @Argument(help: "A saved alignment (JSON written by 'sejajar align').")
    var alignment: String

    @Option(help: "Output format: tmx, tsv or moses.")
    var format: Format = .tmx

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
        let saved = try AlignmentJSONReader(limits: try limits()).read(path: alignment)
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
