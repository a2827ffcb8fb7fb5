import ArgumentParser
import Foundation
import SejajarKit

/// Output formats of `sejajar align`.
enum AlignmentFormat: String, ExpressibleByArgument, CaseIterable {
    case ladder, tsv, json, tmx, html

    /// The alignment in this format; TMX gets a summary of what it left out on stderr.
    func render(_ alignment: Alignment, console: Console, glossary: Glossary? = nil,
                parameters: AlignerParameters = AlignerParameters(), matchers: TermMatchers? = nil) throws -> String {
        switch self {
        case .ladder: return Ladder.write(alignment)
        case .tsv: return TSVAlignment.write(alignment)
        case .json: return AlignmentJSON.encode(alignment)
        case .tmx: return try renderTMX([alignment], console: console, glossary: glossary)
        case .html:
            return HTMLReport(alignment: alignment, glossary: glossary, confidentThreshold: parameters.confidentThreshold)
                .render(matchers: matchers)
        }
    }
}

/// TMX for alignments, with what was left out reported on stderr.
func renderTMX(_ alignments: [Alignment], minimumConfidence: Double = 0, console: Console, glossary: Glossary? = nil) throws -> String {
    let concepts = glossary.map { MemoryBuilder.concepts(of: alignments, glossary: $0) }
    let builder = MemoryBuilder(minimumConfidence: minimumConfidence, creationDate: MemoryBuilder.creationDate(), concepts: concepts)
    let (memory, counts) = builder.memory(alignments)
    let (xml, removed) = try TMXWriter().write(memory)
    var left: [String] = []
    if counts.belowConfidence > 0 { left.append("\(counts.belowConfidence) under the confidence floor") }
    if counts.unpaired > 0 { left.append("\(counts.unpaired) omissions/additions") }
    if counts.boilerplate > 0 { left.append("\(counts.boilerplate) boilerplate") }
    if counts.duplicates > 0 { left.append("\(counts.duplicates) duplicates") }
    var line = "tmx: \(counts.written) units"
    if !left.isEmpty { line += "; left out " + left.joined(separator: ", ") }
    if removed > 0 { line += "; removed \(removed) characters XML 1.0 does not allow" }
    console.note(line)
    return xml
}

extension InputFormat: ExpressibleByArgument {}

/// Options every command that reads two texts shares.
struct TextOptions: ParsableArguments {
    @Option(help: "Source language (BCP 47 tag: es, id, de, es-ES …).")
    var from: String = "es"

    @Option(help: "Target language (BCP 47 tag).")
    var to: String = "id"

    @Option(help: "Input layout: 'text' (running text, sentences split here) or 'lines' (one sentence per line, blank line between paragraphs).")
    var input: InputFormat = .text

    @Option(help: "A saved lexicon (from 'sejajar lexicon train') whose word pairs become anchors.")
    var lexicon: String?

    @Flag(help: "Do not learn a lexicon from the input (one pass, length and anchors only).")
    var noLearning = false

    @Option(help: "A glossary (TBX or term table) whose concepts become alignment anchors.")
    var glossary: String?

    @Option(help: ArgumentHelp("Cost-model weights as JSON (any subset of AlignerParameters' fields), for experiments.",
                               visibility: .hidden))
    var parameters: String?

    @Flag(help: "No progress or summaries on standard error.")
    var quiet = false

    @Flag(help: "Progress on standard error even when it is not a terminal.")
    var verbose = false

    var console: Console { Console(quiet: quiet, verbose: verbose) }

    func readPair(_ source: String, _ target: String) throws -> (Document, Document) {
        try readPairs([(source, target)])[0]
    }

    /// Reads many pairs, on all cores.
    func readPairs(_ paths: [(String, String)]) throws -> [(Document, Document)] {
        try DocumentReader(format: input).readPairs(paths, source: Language(from), target: Language(to))
    }

    /// The aligner the options describe, reading `--glossary` and `--parameters`.
    func aligner(progress: (@Sendable (String) -> Void)?) throws -> Aligner {
        try aligner(progress: progress, glossary: glossary.map(readGlossary), weights: weights())
    }

    /// The aligner with a glossary and weights already read: `--lexicon` and the glossary's
    /// concepts are its anchors.
    func aligner(progress: (@Sendable (String) -> Void)?, glossary: Glossary?, weights: AlignerParameters) throws -> Aligner {
        var anchors: [any AnchorSource] = []
        if let lexicon { anchors.append(try Lexicon.read(path: lexicon)) }
        if let glossary { anchors.append(GlossaryAnchors(glossary: glossary, source: Language(from), target: Language(to))) }
        return Aligner(parameters: weights, anchors: anchors, learnsLexicon: !noLearning, progress: progress)
    }

    /// The aligner's weights: the defaults, or those of `--parameters`.
    func weights() throws -> AlignerParameters {
        guard let parameters else { return AlignerParameters() }
        return try AlignerParameters.read(path: parameters)
    }

    /// Reads a `source<TAB>target` list; relative paths are relative to the list's folder.
    func readPairList(_ path: String) throws -> [(String, String)] {
        let text = try TextDecoder.read(path: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var pairs: [(String, String)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw SejajarError.malformed(path: path, line: number + 1, column: 1, message: "expected 'source<TAB>target'")
            }
            func resolve(_ field: Substring) -> String {
                let name = String(field)
                return name.hasPrefix("/") ? name : folder.appendingPathComponent(name).path
            }
            pairs.append((resolve(fields[0]), resolve(fields[1])))
        }
        if pairs.isEmpty { throw SejajarError.malformed(path: path, line: 1, column: 1, message: "no pairs listed") }
        return pairs
    }
}

/// `sejajar align`: paragraph and sentence alignment of two texts, or of a list of pairs.
struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align the paragraphs and sentences of two texts.",
        discussion: """
        Writes every bead (matched run of source and target sentences) with a confidence in [0, 1], \
        and a verdict on the pair: parallel, partial, comparable or unrelated.

        Formats: 'json' (the saved-alignment format later commands read), 'ladder' (Vecalign's \
        [i, j]:[k]:confidence, 0-based sentence indices), 'tsv' (source<TAB>target<TAB>confidence), \
        'tmx' (TMX 1.4 translation memory of the content pairs; SOURCE_DATE_EPOCH fixes its dates), \
        'html' (a self-contained side-by-side report with an alignment map, for reviewers).

        Examples:
          sejajar align Alignments/samples/seed.es.txt Alignments/samples/seed.id.txt --from es --to id
          sejajar align a.de b.fr --from de --to fr --input lines --format ladder --output a.ladder
          sejajar align a.es a.id --format tmx --min-confidence 0.5 --output a.tmx
          sejajar align a.es a.id --format html --output a.html
          sejajar align --batch pairs.tsv --from es --to id --input lines --format ladder --output-dir out/
          sejajar align --resume fixed.json --output fixed.json   # keep "locked": true beads, re-align the rest
        """
    )

    @Argument(help: "Source text file.")
    var source: String?

    @Argument(help: "Target text file.")
    var target: String?

    @OptionGroup var options: TextOptions

    @Option(help: "Output format: json, ladder, tsv, tmx or html.")
    var format: AlignmentFormat = .json

    @Option(name: .shortAndLong, help: "Output file (default: standard output). Written atomically.")
    var output: String?

    @Option(help: "Leave out beads whose confidence is below this value (their number is reported).")
    var minConfidence: Double?

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
        let glossary = try options.glossary.map(readGlossary)
        var reportGlossary = glossary
        if format == .html, glossary == nil, let shipped = try? defaultGlossaryPath(nil) { reportGlossary = try readGlossary(shipped) }
        let aligner = try options.aligner(progress: progress, glossary: glossary, weights: weights)
        // The report's term matchers, built once per language pair.
        var built: [TermMatchers] = []
        func rendered(_ alignment: Alignment) throws -> String {
            let matchers = format == .html ? reportGlossary.map {
                TermMatchers.shared(&built, glossary: $0, source: alignment.source.language, target: alignment.target.language)
            } : nil
            return try filtered(alignment, console: console, glossary: reportGlossary, weights: weights, matchers: matchers)
        }
        if let batch, let outputDir {
            let list = try options.readPairList(batch)
            let documents = try options.readPairs(list)
            let alignments = aligner.alignBatch(documents)
            console.endProgress()
            try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
            for (pair, alignment) in zip(list, alignments) {
                let name = URL(fileURLWithPath: pair.0).lastPathComponent + "." + format.rawValue
                try emit(try rendered(alignment), to: URL(fileURLWithPath: outputDir).appendingPathComponent(name).path)
                console.note(summary(alignment))
            }
        } else if let resume {
            let saved = try AlignmentJSON.decode(try readData(resume), path: resume)
            let alignment = try aligner.realign(saved)
            console.endProgress()
            try emit(try rendered(alignment), to: output)
            console.note("\(resume): kept \(saved.beads.filter(\.locked).count) locked beads, re-aligned the rest")
            console.note(summary(alignment))
        } else if let source, let target {
            let (sourceDocument, targetDocument) = try options.readPair(source, target)
            let alignment = aligner.align(sourceDocument, targetDocument)
            console.endProgress()
            try emit(try rendered(alignment), to: output)
            for finding in alignment.findings where finding.code != "alignment.verdict" { console.note(finding.diagnosticLine) }
            console.note(summary(alignment))
        }
    }

    /// The alignment in the output format, without the beads under `--min-confidence`.
    func filtered(_ alignment: Alignment, console: Console, glossary: Glossary?, weights: AlignerParameters,
                  matchers: TermMatchers?) throws -> String {
        var alignment = alignment
        if let minConfidence {
            let before = alignment.beads.count
            alignment.beads.removeAll { $0.confidence < minConfidence && !$0.locked }  // never a person's fix
            if before > alignment.beads.count {
                console.note("\(alignment.source.path): left out \(before - alignment.beads.count) beads under confidence \(minConfidence)")
            }
        }
        return try format.render(alignment, console: console, glossary: glossary, parameters: weights, matchers: matchers)
    }

    func summary(_ alignment: Alignment) -> String {
        let content = alignment.beads.filter { $0.role == .content }
        let pairs = content.filter { !$0.isNull }.count
        return "\(alignment.source.path) ↔ \(alignment.target.path): \(alignment.verdict.rawValue), "
            + "\(pairs) pairs, \(content.count - pairs) unpaired, score \(String(format: "%.3f", alignment.score))"
    }
}
