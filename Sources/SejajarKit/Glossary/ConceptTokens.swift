/// A term base's concepts as evidence for the aligner, a sentence pair at a time: where the
/// source sentence names a concept with one of its terms and the target sentence names the same
/// concept with one of its renderings, the two share a token (`⟨c049⟩`), as two sentences
/// sharing a name do. The evidence informs and never overrides: it is one token among the
/// sentence's words, weighed by how rare it is in the document like any word, and a concept counts
/// only when both documents name it somewhere (a concept the other text renders in words the term
/// base does not know is no evidence against any pair). Whole terms are matched — inflected, in
/// every language the term base has — never their words one by one: "nhân dân" (people) in a
/// Vietnamese sentence is not evidence of "ủy ban nhân dân" (people's committee).
public struct ConceptTokens: SharedTokenSource {
    /// The term base.
    public let glossary: Glossary
    /// The languages of the two sides.
    public let source: Language
    public let target: Language

    /// Concept tokens for documents in `source` and `target` language.
    public init(glossary: Glossary, source: Language, target: Language) {
        self.glossary = glossary
        self.source = source
        self.target = target
    }

    /// The concept tokens of each sentence of each document pair: per pair, per side, per
    /// sentence. Matched one pair after another (a term matcher stems with a C library that is
    /// not shared between threads).
    public func tokens(_ pairs: [(Document, Document)]) -> [(source: [[Token]], target: [[Token]])] {
        let matchers = TermMatchers(glossary: glossary, source: source, target: target)
        return pairs.map { pair in
            func concepts(_ document: Document, _ matcher: TermMatcher) -> [Set<Int>] {
                document.sentences.map { Set(matcher.matches(in: $0.text).map(\.concept)) }
            }
            let sourceConcepts = concepts(pair.0, matchers.source), targetConcepts = concepts(pair.1, matchers.target)
            let shared = sourceConcepts.reduce(into: Set<Int>()) { $0.formUnion($1) }
                .intersection(targetConcepts.reduce(into: Set<Int>()) { $0.formUnion($1) })
            func tokens(_ sentences: [Set<Int>]) -> [[Token]] {
                sentences.map { ids in
                    ids.intersection(shared).sorted().map { Token(folded: "⟨\(glossary.concepts[$0].id)⟩", isNumber: false, isCapitalised: false, isMark: true) }
                }
            }
            return (tokens(sourceConcepts), tokens(targetConcepts))
        }
    }
}
