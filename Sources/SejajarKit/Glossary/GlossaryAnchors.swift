/// The glossary as aligner anchors: the words of a concept's accepted source terms paired with
/// the words of its accepted target terms (terms of up to three words; longer slogans would pair
/// too many words), so that sentences sharing a concept attract each other.
public struct GlossaryAnchors: AnchorSource {
    /// The word pairs.
    public let anchorPairs: [AnchorPair]

    /// Anchors of `glossary` from `source` to `target` language.
    public init(glossary: Glossary, source: Language, target: Language) {
        var pairs = Set<AnchorPair>()
        for concept in glossary.concepts {
            let sourceTerms = concept.terms(in: source).filter { $0.status != .deprecated }
            let targetTerms = concept.terms(in: target).filter { $0.status != .deprecated }
            for s in sourceTerms {
                let sourceWords = Tokenizer.tokens(s.text).map(\.folded).filter { $0.count >= 3 }
                guard (1...3).contains(sourceWords.count) else { continue }
                for t in targetTerms {
                    let targetWords = Tokenizer.tokens(t.text).map(\.folded).filter { $0.count >= 3 }
                    guard (1...3).contains(targetWords.count) else { continue }
                    for a in sourceWords { for b in targetWords { pairs.insert(AnchorPair(source: a, target: b)) } }
                }
            }
        }
        anchorPairs = pairs.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }
}
