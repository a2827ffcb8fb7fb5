import ArgumentParser
import Foundation
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
          sejajar align Alignments/samples/seed.es.txt Alignments/samples/seed.id.txt --from es --to id
          sejajar align a.de b.fr --from de --to fr --input lines --format ladder --output a.ladder
          sejajar align a.es a.id --format tmx --min-confidence 0.5 --output a.tmx
          sejajar align article.es.docx article.id.html --format xliff --output article.xlf
          sejajar align a.es a.id --format html --output a.html
          sejajar align --batch pairs.tsv --from es --to id --input lines --format ladder --output-dir out/
          sejajar align --resume fixed.json --output fixed.json   # keep "locked": true beads, re-align the rest
          sejajar align doc.vi doc.es doc.id --from vi --to es,id --input lines --output doc.pivot.json
        """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case ladder, tsv, json, tmx, html, xliff
    }

    @Argument(help: "Source text file.")
    var source: String?

    @Argument(help: "Target text file.")
    var target: String?

    @Argument(help: ArgumentHelp("A second translation of SOURCE (with '--to A,B'): the three texts are aligned through SOURCE.", valueName: "second"))
    var second: String?

    @OptionGroup var options: TextOptions

    @Option(help: "Output format: json, ladder, tsv, tmx, html or xliff.")
    var format: Format = .json

    @Option(help: "XLIFF version for --format xliff: 2.0 or 1.2 (for older CAT tools such as OmegaT 3.6).")
    var xliffVersion: XLIFFWriter.Version = .v2_0

    @Option(name: .shortAndLong, help: "Output file (default: standard output). Written atomically.")
    var output: String?

    @Option(help: "Leave out beads whose confidence (the probability that the bead is right) is below this value (their number is reported); a locked bead always stays. For --format tmx the default is 0.5.")
    var minConfidence: Double?

    @Flag(help: "With --format tmx, keep the pairs of texts judged comparable or unrelated (left out by default).")
    var keepComparable = false

    @Option(help: ArgumentHelp("A saved alignment (JSON) whose beads marked \"locked\": true are kept as they are; the rest is aligned again.",
                               valueName: "alignment.json"))
    var resume: String?

    @Option(help: "A list of 'source<TAB>target' pairs to align together (paths relative to the list).")
    var batch: String?

    @Option(help: "Folder for --batch output: one <source file name>.<format> per pair.")
    var outputDir: String?

    func validate() throws {
        if resume != nil {
            guard source == nil, target == nil, batch == nil else { throw ValidationError("--resume reads the texts from the saved alignment: give no SOURCE, TARGET or --batch") }
        } else if batch != nil {
            guard source == nil, target == nil else { throw ValidationError("give either SOURCE TARGET or --batch, not both") }
            guard outputDir != nil else { throw ValidationError("--batch needs --output-dir") }
        } else {
            guard source != nil, target != nil else { throw ValidationError("give SOURCE and TARGET files, or --batch PAIRS.tsv") }
            guard outputDir == nil else { throw ValidationError("--output-dir goes with --batch") }
        }
        if second != nil {
            guard options.targets.count == 2 else { throw ValidationError("three texts need two languages in --to, the translations' (--to es,id)") }
        } else if options.targets.count == 2 {
            throw ValidationError("--to \(options.to) names two translations: give ORIGINAL FIRST SECOND")
        }
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
    }

    func run() throws {
        let console = options.console
        let progress = console.progress()
        // Read once for every document: the weights, the glossary given, and the one the report
        // highlights (the shipped glossary unless another is named).
        let weights = try options.weights()
        let glossary = try options.readGlossary()
        var reportGlossary = glossary
        if format == .html, glossary == nil, let shipped = try? defaultGlossaryPath(nil) {
            reportGlossary = try GlossaryReader(limits: try limits()).read(path: shipped)
        }
        if let source, let target, let second {
            try runPivot(source, target, second, weights: weights, glossary: glossary, reportGlossary: reportGlossary, console: console)
            return
        }
        let aligner = try options.aligner(progress: progress, glossary: glossary, weights: weights)
        var renderer = Renderer(format: format, xliffVersion: xliffVersion, policy: MemoryPolicy(minimumConfidence: minConfidence ?? MemoryPolicy.calibratedFloor,
                                                                     translationsOnly: !keepComparable),
                                filters: minConfidence != nil, glossary: reportGlossary, weights: weights, console: console, matchers: [])
        if let batch, let outputDir {
            let list = try PairListReader().read(path: batch)
            let outputs = try PairListReader().outputPaths(list, folder: outputDir, extension: format.rawValue, list: batch)
            try Self.prepareFolder(outputDir)
            let documents = try options.readPairs(list)
            let vectors = try options.vectors(for: documents, console: console)
            let alignments = aligner.alignBatch(documents, vectors: vectors)
            console.endProgress()
            // Every file of the batch, or none.
            var transaction = OutputTransaction()
            for (output, alignment) in zip(outputs, alignments) {
                transaction.add(try renderer.render(alignment), to: output)
            }
            try transaction.commit()
            for alignment in alignments { console.note(summary(alignment)) }
        } else if let resume {
            let saved = try AlignmentJSONReader(limits: try limits()).readForResume(path: resume)
            let vectors = try options.vectors(for: [(saved.source, saved.target)], console: console)
            let alignment = try aligner.realign(saved, vectors: vectors?.first)
            console.endProgress()
            try OutputFile.emit(try renderer.render(alignment), to: output)
            console.note("\(resume): kept \(saved.beads.filter(\.locked).count) locked beads, re-aligned the rest")
            console.note(summary(alignment))
        } else if let source, let target {
            let alignment = try options.alignPair(source, target, glossary: glossary, weights: weights, console: console, aligner: aligner)
            try OutputFile.emit(try renderer.render(alignment), to: output)
            for finding in AlignmentCheck().findings(alignment) where finding.code == .alignment.differentSources {
                console.note(DiagnosticWriter().line(finding))
            }
            console.note(summary(alignment))
        }
    }

    /// Aligns an original and two translations of it, through the original.
    func runPivot(_ originalPath: String, _ firstPath: String, _ secondPath: String, weights: AlignerParameters, glossary: Glossary?,
                  reportGlossary: Glossary?, console: Console) throws {
        var aligned = try options.alignThree((originalPath, firstPath, secondPath), glossary: glossary, weights: weights, console: console)
        let policy = MemoryPolicy(minimumConfidence: minConfidence ?? MemoryPolicy.calibratedFloor, translationsOnly: !keepComparable)
        if minConfidence != nil, format != .tmx {
            aligned.derived.beads.removeAll { !policy.meetsFloor($0) }
        }
        let text: String
        switch format {
        case .json:
            let findings = [aligned.first, aligned.second, aligned.derived].map { AlignmentCheck().findings($0) }
            text = try PivotJSONWriter(confidentThreshold: weights.confidentThreshold).write(aligned, findings: findings)
        case .tmx:
            let tmx = try MemoryBuilder.tmx(aligned, policy: policy)
            console.note(tmx.counts.summary(removedCharacters: tmx.removedCharacters, policy: policy))
            text = tmx.xml
        case .ladder: text = LadderWriter().write(aligned.derived)
        case .tsv: text = TSVAlignmentWriter().write(aligned.derived)
        case .xliff: text = try XLIFFWriter(version: xliffVersion).write(aligned.derived, findings: AlignmentCheck().findings(aligned.derived))
        case .html:
            let own = [aligned.first, aligned.second].map { AlignmentCheck().findings($0) }
            let through = PivotCheck(glossary: reportGlossary).findings(aligned, first: own[0], second: own[1])
            text = PivotReportWriter(glossary: reportGlossary, confidentThreshold: weights.confidentThreshold)
                .write(aligned, first: own[0], second: own[1], through: through)
        }
        try OutputFile.emit(text, to: output)
        for alignment in [aligned.first, aligned.second, aligned.derived] { console.note(summary(alignment)) }
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

    /// Renders alignments in the output format, the report's term matchers built once per
    /// language pair.
    struct Renderer {
        let format: Format
        var xliffVersion: XLIFFWriter.Version = .v2_0
        let policy: MemoryPolicy
        /// Whether `--min-confidence` was given (formats other than TMX then drop the beads under it).
        let filters: Bool
        let glossary: Glossary?
        let weights: AlignerParameters
        let console: Console
        var matchers: [TermMatchers] = []

        mutating func render(_ alignment: Alignment) throws -> String {
            if format == .tmx {
                let tmx = try MemoryBuilder.tmx([alignment], policy: policy, glossary: glossary)
                console.note(tmx.counts.summary(removedCharacters: tmx.removedCharacters, policy: policy))
                return tmx.xml
            }
            var alignment = alignment
            if filters {
                let before = alignment.beads.count
                alignment.beads.removeAll { !policy.meetsFloor($0) }
                if before > alignment.beads.count {
                    console.note("\(alignment.source.path): left out \(before - alignment.beads.count) beads under confidence \(policy.minimumConfidence)")
                }
            }
            let termMatchers = glossary.map {
                TermMatchers.shared(&matchers, glossary: $0, source: alignment.source.language, target: alignment.target.language)
            }
            let findings = AlignmentCheck(matchers: termMatchers).findings(alignment)
            switch format {
            case .ladder: return LadderWriter().write(alignment)
            case .tsv: return TSVAlignmentWriter().write(alignment)
            case .json: return try AlignmentJSONWriter(confidentThreshold: weights.confidentThreshold).write(alignment, findings: findings)
            case .tmx: preconditionFailure("handled above")
            case .xliff: return try XLIFFWriter(version: xliffVersion).write(alignment, findings: findings)
            case .html:
                return HTMLReportWriter(glossary: glossary, confidentThreshold: weights.confidentThreshold)
                    .write(alignment, findings: findings, matchers: termMatchers)
            }
        }
    }
}
