/// Sentence vectors of both documents of a pair (`SentenceVectors`), as the aligner takes them.
public struct DocumentPairVectors: Sendable, Hashable {
    /// Vectors of the source document's content-sentence windows.
    public var source: SentenceVectors
    /// Vectors of the target document's content-sentence windows.
    public var target: SentenceVectors

    /// Pairs the two documents' vectors.
    public init(source: SentenceVectors, target: SentenceVectors) {
        self.source = source
        self.target = target
    }
}
