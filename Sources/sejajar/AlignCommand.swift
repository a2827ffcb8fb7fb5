import ArgumentParser
import Foundation
import SejajarIO
import SejajarKit

/// `sejajar align`: paragraph and sentence alignment of two texts, or of a list of pairs.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the paragraphs and sentences of two texts.",
        discussion: """
        Writes every bead (matched run of source and target sentences) with a confidence in [0, 1], \
        and a verdict on the pair: parallel, partial, comparable or unrelated.

        Three texts: an original and two translations of it ('--to es,id' names the translations' \
        languages). Each translation is aligned to the original, and the two translations to each \
        other through it: links through the original that are more likely right than wrong are kept, \
        the rest is aligned on the translations' own evidence. 'json' holds the three alignments and \
        the units of all three; 'tmx' writes one unit with a tuv per language; 'html' shows the three \
        texts in three columns; 'ladder' and 'tsv' write the translations' alignment.

        Formats: 'json' (the saved-alignment format later commands read), 'ladder' (Vecalign's \
        [i, j]:[k]:confidence, 0-based sentence indices), 'tsv' (source<TAB>target<TAB>confidence), \
        'tmx' (TMX 1.4 translation memory of the content pairs; SOURCE_DATE_EPOCH fixes its dates), \
        'html' (a self-contained side-by-side report with an alignment map, for reviewers), \
        'xliff' (a bilingual XLIFF 2.0 file, or 1.2 with --xliff-version 1.2: one unit per content \
        bead, its state from the confidence, findings as notes, for CAT tools). Inputs may be \
        plain text, HTML, DOCX, ODT, PDF or a source-only XLIFF, mixed ('sejajar text FILE' shows \
        how one is read).

        Examples:
          sejajar align Alignments/samples/seed-000.es.txt Alignments/samples/seed-004.id.txt --from es --to id
          sejajar align a.de b.fr --from de --to fr --input lines --format ladder --output a.ladder
          sejajar align a.es a.id --from es --to id --format tmx --min-confidence 0.5 --output a.tmx
          sejajar align article.es.docx article.id.html --from es --to id --format xliff --output article.xlf
          sejajar align a.es a.id --from es --to id --format html --output a.html
          sejajar align --batch pairs.tsv --from es --to id --input lines --format ladder --output-dir out/
          sejajar align --resume fixed.json --output fixed.json   # keep "locked": true beads, re-align the rest
          sejajar align doc.vi doc.es doc.id --from vi --to es,id --input lines --output doc.pivot.json
        """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ladder, tsv, json, tmx, html, xliff

        var format: AlignmentFormat { AlignmentFormat(rawValue: rawValue)! }
    }

    @Argument(help: "Source text file.")
    var source: String?

    @Argument(help: "Target text file.")
    var target: String?

    @Argument(help: ArgumentHelp("A second translation of SOURCE (with '--to A,B'): the three texts are aligned through SOURCE.", valueName: "second"))
    var second: String?

    @OptionGroup var setup: JobOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "Which pairs") var selection: SelectionOptions

    @Option(help: "Output format: json, ladder, tsv, tmx, html or xliff.")
    var format: Format = .json

    @OptionGroup(title: "Output") var xliff: XLIFFOptions

    @Option(help: ArgumentHelp("A saved alignment (JSON) whose beads marked \"locked\": true are kept as they are; the rest is aligned again.",
                               valueName: "alignment.json"))
    var resume: String?

    @OptionGroup(title: "Input") var corpus: BatchOptions
    @OptionGroup(title: "Corpus") var sharding: ShardOptions

    @Option(help: "Folder for --batch output: one <source file name>.<format> per pair.")
    var outputDir: String?

    @Option(help: ArgumentHelp("With --batch: also write each pair's verdict, counts and findings as a corpus report (JSON), for 'sejajar corpus merge'.",
                               valueName: "file"))
    var corpusReport: String?

    func validate() throws {
        let batch = corpus.batch
        if resume != nil {
            guard source == nil, target == nil, batch == nil else { throw ValidationError("--resume reads the texts from the saved alignment: give no SOURCE, TARGET or --batch") }
        } else if batch != nil {
            guard source == nil, target == nil else { throw ValidationError("give either SOURCE TARGET or --batch, not both") }
            guard outputDir != nil else { throw ValidationError("--batch needs --output-dir") }
        } else if corpusReport != nil {
            throw ValidationError("--corpus-report goes with --batch")
        } else {
            guard source != nil, target != nil else { throw ValidationError("give SOURCE and TARGET files, or --batch PAIRS.tsv") }
            guard outputDir == nil else { throw ValidationError("--output-dir goes with --batch") }
        }
        if resume == nil { try setup.languages.required() }
        if batch == nil, sharding.shard != nil || sharding.corpusModel != nil {
            throw ValidationError("--shard and --corpus-model go with --batch")
        }
        if sharding.shardDocuments != nil, sharding.corpusModel == nil {
            throw ValidationError("--shard-documents goes with --corpus-model (the align step of a corpus in shards)")
        }
        if second != nil {
            guard setup.languages.targets.count == 2 else { throw ValidationError("three texts need two languages in --to, the translations' (--to es,id)") }
        } else if setup.languages.targets.count == 2 {
            throw ValidationError("--to \(setup.languages.to ?? "") names two translations: give ORIGINAL FIRST SECOND")
        }
    }

    func run() throws {
        let console = output.console
        let job = try AlignmentJob(setup, console: console)
        defer { console.endProgress() }
        // The report highlights the term base given, else the shipped one.
        let reportGlossary = format == .html && job.anchors == nil ? try setup.termBase.termBase()?.glossary : job.anchors
        var renderer = AlignmentRenderer(format: format.format, selection: selection.selection, filter: selection.minConfidence != nil ? .confident : .all,
                                         glossary: reportGlossary, confidentThreshold: job.parameters.confidentThreshold, xliffVersion: xliff.xliffVersion)
        if let source, let target, let second {
            let pivot = try job.alignThree(source, target, second)
            console.endProgress()
            try output.write(try renderer.render(pivot))
            for alignment in [pivot.first, pivot.second, pivot.derived] { console.note(alignment.summary) }
        } else if let batch = corpus.batch, let outputDir {
            let list = try PairListReader(limits: job.limits).read(path: batch)
            let paths = try BatchOutputs.outputPaths(list, folder: outputDir, extension: format.rawValue, list: batch)
            try Self.prepareFolder(outputDir)
            // The whole list, or one shard of it: with the corpus model, the same alignments as
            // the whole list's (`sejajar corpus`); without, the shard learns on its own.
            var members: [Int] = [], alignments: [Alignment] = []
            if let modelPath = sharding.corpusModel {
                let fingerprint = try job.corpusFingerprint(list)
                let model = try job.corpusModel(modelPath, fingerprint: fingerprint, pairs: list.count)
                let shard = try sharding.selected()
                let kept = try sharding.shardDocuments.map { path throws(SejajarError) in
                    try job.shardDocuments(path: path, fingerprint: fingerprint, pairs: list.count, shard: shard)
                }
                (members, alignments) = try job.corpusAlign(list, shard: shard, model: model, fingerprint: fingerprint, kept: kept)
            } else {
                members = try job.members(of: try sharding.selected(), list: list, model: nil)
                alignments = try job.alignBatch(members.map { list[$0] })
            }
            console.endProgress()
            // Every file of the batch, or none.
            var transaction = OutputTransaction()
            for (path, alignment) in zip(members.map { paths[$0] }, alignments) {
                let rendered = try renderer.render(alignment)
                transaction.add(rendered.text, to: path)
                for note in rendered.notes { console.note(note) }
            }
            if let corpusReport {
                let entries = zip(members, alignments).map { p, alignment in
                    CorpusReport.Entry(index: p, alignment: alignment, findings: AlignmentJob.check(alignment, termBase: job.anchors).findings)
                }
                transaction.add(try CorpusReportWriter().write(CorpusReport(entries: entries)).text, to: corpusReport)
            }
            try transaction.commit()
            for alignment in alignments { console.note(alignment.summary) }
        } else if let resume {
            let (saved, alignment) = try job.resume(resume)
            console.endProgress()
            try output.write(try renderer.render(alignment))
            console.note("\(resume): kept \(saved.beads.filter(\.locked).count) locked beads, re-aligned the rest")
            console.note(alignment.summary)
        } else if let source, let target {
            let alignment = try job.alignPair(source, target)
            console.endProgress()
            try output.write(try renderer.render(alignment))
            // What the user must hear of the pair as a whole: texts that are not in the languages
            // given, or name different articles.
            for finding in AlignmentCheck().findings(alignment) where finding.bead == nil && finding.severity >= .warning {
                console.note(DiagnosticWriter.line(finding))
            }
            console.note(alignment.summary)
        }
    }

    /// Makes the batch output folder; a file in its place is an error naming it.
    static func prepareFolder(_ folder: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw SejajarError.io(path: folder, message: "is a file, not a folder for --output-dir") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SejajarError.io(path: folder, message: "cannot make the folder: \((error as NSError).localizedFailureReason ?? error.localizedDescription)")
        }
    }
}
