/// Where sentence vectors come from when the user has an embedding model: `SejajarEmbeddings`'
/// `Embedder` (an OpenAI-compatible server through an on-disk cache) is one. The library only
/// sees vectors, never HTTP.
public protocol SentenceVectorSource: Sendable {
    /// The vectors of each pair's documents, in order, and one line for the user on what getting
    /// them cost (texts, cache hits, time waiting), or nil.
    func vectors(for pairs: [(Document, Document)]) throws(SejajarError) -> (vectors: [DocumentPairVectors], note: String?)
}
