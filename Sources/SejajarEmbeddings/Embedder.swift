import Foundation
import SejajarKit

/// Sentence vectors for document pairs, from an embedding server through the cache: every
/// window of up to `embeddedWindow` consecutive content sentences of every document is embedded as
/// its joined text (what a merged bead says), each distinct text once, and only texts the cache
/// does not hold are sent. What the aligner gets is `DocumentPairVectors`; it never sees HTTP.
public struct Embedder: Sendable {
    /// The server.
    public var client: EmbeddingClient
    /// The cache, or nil to ask the server for everything.
    public var cache: EmbeddingCache?
    /// A cache shared by many jobs, read first and never written (`--embedding-cache-shared`).
    public var shared: EmbeddingCache?
    /// Put before every text sent: the e5 family wants "query: " for symmetric tasks.
    public var prefix: String
    /// The longest run of sentences embedded as one text (1 to `maxWindow`). Longer runs get the
    /// sum of their sentences' vectors: every embedded text costs encoder time, and a window of
    /// n sentences is about n times as long as one.
    public var embeddedWindow: Int
    /// The largest bead side the aligner weighs with vectors.
    public static let maxWindow = 4

    /// What one call cost: texts needed, how many came from the cache, seconds spent waiting for
    /// the server.
    public struct Usage: Sendable, Hashable {
        /// Distinct texts the documents needed vectors for.
        public var texts = 0
        /// How many of them the cache held.
        public var cached = 0
        /// Seconds spent waiting for the server.
        public var seconds = 0.0
    }

    /// An embedder of `client`'s model.
    public init(client: EmbeddingClient, cache: EmbeddingCache?, prefix: String = "", embeddedWindow: Int = 2) {
        self.client = client
        self.cache = cache
        self.prefix = prefix
        self.embeddedWindow = min(max(embeddedWindow, 1), Self.maxWindow)
    }

    /// The vectors of each pair's documents, and what getting them cost.
    public func embedded(_ pairs: [(Document, Document)]) throws(SejajarError) -> ([DocumentPairVectors], Usage) {
        let documents = pairs.flatMap { [$0.0, $0.1] }
        // The texts of every window, per document.
        let windowTexts: [[(SentenceVectors.Window, String)]] = documents.map { document in
            let content = document.contentSentenceIndices
            return SentenceVectors.windows(count: content.count, maxWindow: embeddedWindow).map { window in
                let text = content[window.start..<(window.start + window.length)].map { document.sentences[$0].text }.joined(separator: " ")
                return (window, prefix + text)
            }
        }
        var distinct: [String] = []
        var seen = Set<String>()
        for texts in windowTexts { for (_, text) in texts where seen.insert(text).inserted { distinct.append(text) } }
        var usage = Usage(texts: distinct.count)
        var known = try shared?.vectors(model: client.model, texts: distinct) ?? [:]
        if let cache, known.count < distinct.count {
            known.merge(try cache.vectors(model: client.model, texts: distinct.filter { known[$0] == nil }), uniquingKeysWith: { a, _ in a })
        }
        usage.cached = known.count
        let missing = distinct.filter { known[$0] == nil }
        if !missing.isEmpty {
            let start = Date()
            // In slices, each stored as soon as it is answered: an interrupted run keeps its work.
            let slice = max(client.batchSize * 16, 1)
            var offset = 0
            while offset < missing.count {
                let texts = Array(missing[offset..<min(offset + slice, missing.count)])
                let vectors = try client.embed(texts)
                try cache?.store(model: client.model, vectors: Array(zip(texts, vectors)))
                for (text, vector) in zip(texts, vectors) { known[text] = vector }
                offset += texts.count
            }
            usage.seconds = Date().timeIntervalSince(start)
        }
        guard let dimension = known.values.first?.count else {
            let empty = SentenceVectors(dimension: 1, count: 0, maxWindow: Self.maxWindow, vectors: [:])
            return (pairs.map { _ in DocumentPairVectors(source: empty, target: empty) }, usage)
        }
        if known.values.contains(where: { $0.count != dimension }) {
            throw .service(url: client.endpoint.absoluteString,
                           message: "vectors of different dimensions for model '\(client.model)' (the cache holds another model's under this name?)")
        }
        let vectors = documents.indices.map { d in
            SentenceVectors(dimension: dimension, count: documents[d].contentSentenceIndices.count, maxWindow: Self.maxWindow,
                            vectors: Dictionary(windowTexts[d].map { ($0.0, known[$0.1]!) }, uniquingKeysWith: { a, _ in a }))
        }
        return (pairs.indices.map { DocumentPairVectors(source: vectors[2 * $0], target: vectors[2 * $0 + 1]) }, usage)
    }
}

extension Embedder: SentenceVectorSource {
    /// The vectors of each pair's documents, and a line on what they cost: texts, how many from
    /// the cache, seconds waiting for the server.
    public func vectors(for pairs: [(Document, Document)]) throws(SejajarError) -> (vectors: [DocumentPairVectors], note: String?) {
        let (vectors, usage) = try embedded(pairs)
        return (vectors, String(format: "embeddings: %d texts, %d from the cache, %.1f s waiting for %@", usage.texts, usage.cached, usage.seconds,
                                client.endpoint.absoluteString))
    }
}
