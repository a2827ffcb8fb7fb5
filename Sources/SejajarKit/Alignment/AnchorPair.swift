/// Two words (or word sequences) known to render each other, from a glossary or a saved lexicon.
/// The aligner treats them like identical names: a pair whose sides contain them is more likely.
public struct AnchorPair: Sendable, Hashable, Codable {
    /// Source-language form (any case; folded when used).
    public var source: String
    /// Target-language form.
    public var target: String

    /// Creates an anchor pair.
    public init(source: String, target: String) {
        self.source = source
        self.target = target
    }
}

/// Anything that can contribute anchor pairs to the aligner: a saved lexicon now, the glossary
/// later, both through this one interface.
public protocol AnchorSource: Sendable {
    /// The pairs to use as anchors.
    var anchorPairs: [AnchorPair] { get }
}

/// Tokens a sentence shares with its rendering beyond its words (a term base's concepts named on
/// both sides, `ConceptTokens`): added to each sentence's words before the lexicon is learned, so
/// they weigh as evidence like any word and never override the search.
public protocol SharedTokenSource: Sendable {
    /// For each document pair, the extra tokens of each source and each target sentence.
    func tokens(_ pairs: [(Document, Document)]) -> [(source: [[Token]], target: [[Token]])]
}

extension Lexicon: AnchorSource {
    /// Entries probable in both directions become anchors.
    public var anchorPairs: [AnchorPair] {
        entries.filter { $0.forward >= 0.1 || $0.backward >= 0.1 }.map { AnchorPair(source: $0.source, target: $0.target) }
    }
}
