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
    /// The aligner's parameters: which one-to-one anchors its search fixes from the sentences'
    /// vectors (`VectorAnchors`), outside which no window of several sentences is embedded.
    public var parameters = AlignerParameters()

    /// What one call cost: texts needed, how many came from the cache, seconds spent waiting for
    /// the server.
    public struct Usage: Sendable, Hashable {
        /// Distinct texts the documents needed vectors for.
        public var texts = 0
        /// How many of them the cache held.
        public var cached = 0
        /// Seconds spent waiting for the server.
        public var seconds = 0.0
        /// Texts sent to the server (those neither cache held).
        public var sent = 0
        /// Seconds of `seconds` during which the server had at least one request to work on.
        public var busySeconds = 0.0
    }

    /// An embedder of `client`'s model.
    public init(client: EmbeddingClient, cache: EmbeddingCache?, prefix: String = "", embeddedWindow: Int = 2) {
        self.client = client
        self.cache = cache
        self.prefix = prefix
        self.embeddedWindow = min(max(embeddedWindow, 1), Self.maxWindow)
    }

    /// The vectors of each pair's documents, and what getting them cost.
    ///
    /// Every sentence is embedded first; windows of several sentences only where a bead may need
    /// them: not across two of the anchors the sentences' vectors fix (`VectorAnchors`, with
    /// `parameters`), so that most sentences cost the encoder one text. A window not embedded
    /// gets the sum of its sentences' vectors.
    public func embedded(_ pairs: [(Document, Document)]) throws(SejajarError) -> ([DocumentPairVectors], Usage) {
        let documents = pairs.flatMap { [$0.0, $0.1] }
        let contents = documents.map(\.contentSentenceIndices)
        func text(_ d: Int, _ window: SentenceVectors.Window) -> String {
            prefix + contents[d][window.start..<(window.start + window.length)].map { documents[d].sentences[$0].text }.joined(separator: " ")
        }
        var usage = Usage()
        var known: [String: [Float]] = [:]
        // Every sentence of every document.
        let singles: [[(SentenceVectors.Window, String)]] = documents.indices.map { d in
            SentenceVectors.windows(count: contents[d].count, maxWindow: 1).map { ($0, text(d, $0)) }
        }
        try fetch(singles.flatMap { $0.map(\.1) }, into: &known, usage: &usage)
        // Windows of several sentences where the search needs them.
        var windows = singles
        if embeddedWindow > 1, let dimension = known.values.first?.count {
            func vectors(_ d: Int) -> SentenceVectors {
                SentenceVectors(dimension: dimension, count: contents[d].count, maxWindow: 1,
                                vectors: Dictionary(singles[d].compactMap { w, t in known[t].map { (w, $0) } }, uniquingKeysWith: { a, _ in a }))
            }
            var needed = [Set<SentenceVectors.Window>](repeating: [], count: documents.count)
            for p in pairs.indices {
                let (s, t) = (2 * p, 2 * p + 1)
                guard parameters.vectorAnchors, parameters.embeddingWeight > 0 else {
                    needed[s].formUnion(SentenceVectors.windows(count: contents[s].count, maxWindow: embeddedWindow).filter { $0.length > 1 })
                    needed[t].formUnion(SentenceVectors.windows(count: contents[t].count, maxWindow: embeddedWindow).filter { $0.length > 1 })
                    continue
                }
                let anchors = VectorAnchors(source: documents[s], target: documents[t],
                                            vectors: DocumentPairVectors(source: vectors(s), target: vectors(t)), parameters: parameters)
                needed[s].formUnion(anchors.windows(count: contents[s].count, maxWindow: embeddedWindow, isSource: true))
                needed[t].formUnion(anchors.windows(count: contents[t].count, maxWindow: embeddedWindow, isSource: false))
            }
            for d in documents.indices {
                let extra = needed[d].sorted { ($0.start, $0.length) < ($1.start, $1.length) }.map { ($0, text(d, $0)) }
                windows[d] += extra
            }
            try fetch(windows.flatMap { $0.filter { $0.0.length > 1 }.map(\.1) }, into: &known, usage: &usage)
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
            SentenceVectors(dimension: dimension, count: contents[d].count, maxWindow: Self.maxWindow,
                            vectors: Dictionary(windows[d].map { ($0.0, known[$0.1]!) }, uniquingKeysWith: { a, _ in a }))
        }
        return (pairs.indices.map { DocumentPairVectors(source: vectors[2 * $0], target: vectors[2 * $0 + 1]) }, usage)
    }

    /// Puts the vectors of `texts` in `known`: each distinct text not there yet is read from the
    /// shared cache, then the cache, and only then asked of the server (stored in the cache as
    /// each slice is answered, so an interrupted run keeps its work).
    func fetch(_ texts: [String], into known: inout [String: [Float]], usage: inout Usage) throws(SejajarError) {
        var distinct: [String] = []
        var seen = Set<String>()
        for text in texts where known[text] == nil && seen.insert(text).inserted { distinct.append(text) }
        guard !distinct.isEmpty else { return }
        usage.texts += distinct.count
        var found = try shared?.vectors(model: client.model, texts: distinct) ?? [:]
        if let cache, found.count < distinct.count {
            found.merge(try cache.vectors(model: client.model, texts: distinct.filter { found[$0] == nil }), uniquingKeysWith: { a, _ in a })
        }
        usage.cached += found.count
        known.merge(found, uniquingKeysWith: { a, _ in a })
        let missing = distinct.filter { found[$0] == nil }
        guard !missing.isEmpty else { return }
        let start = Date()
        let slice = max(client.batchSize * 16, 1)
        var offset = 0
        while offset < missing.count {
            let texts = Array(missing[offset..<min(offset + slice, missing.count)])
            let (vectors, busy) = try client.embedPipelined(texts)
            try cache?.store(model: client.model, vectors: Array(zip(texts, vectors)))
            for (text, vector) in zip(texts, vectors) { known[text] = vector }
            usage.sent += texts.count
            usage.busySeconds += busy
            offset += texts.count
        }
        usage.seconds += Date().timeIntervalSince(start)
    }
}

extension Embedder: SentenceVectorSource {
    /// The vectors of each pair's documents, and a line on what they cost: texts, how many from
    /// the cache, seconds waiting for the server.
    public func vectors(for pairs: [(Document, Document)]) throws(SejajarError) -> (vectors: [DocumentPairVectors], note: String?) {
        let (vectors, usage) = try embedded(pairs)
        let sentences = pairs.reduce(0) { $0 + $1.0.contentSentenceIndices.count + $1.1.contentSentenceIndices.count }
        var note = String(format: "embeddings: %d texts, %d from the cache, %.1f s waiting for %@", usage.texts, usage.cached, usage.seconds,
                          client.endpoint.absoluteString)
        // What the encoder was asked for: texts sent per content sentence, and the share of the
        // wait the server had a request in hand.
        note += String(format: " (%d sentences, %.2f texts per sentence, %d sent", sentences, Double(usage.texts) / Double(max(sentences, 1)), usage.sent)
        if usage.seconds > 0 { note += String(format: ", server busy %.0f%%", 100 * usage.busySeconds / usage.seconds) }
        return (vectors, note + ")")
    }
}
