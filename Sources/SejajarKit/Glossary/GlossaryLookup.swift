/// Finds the concepts a phrase refers to, whatever its language and inflection: the phrase is
/// matched with every language's `TermMatcher`, so "comités del Partido" finds the concept whose
/// Spanish term is "comité del Partido".
public struct GlossaryLookup {
    /// The glossary searched.
    public let glossary: Glossary

    /// Creates a lookup.
    public init(glossary: Glossary) {
        self.glossary = glossary
    }

    /// Concepts with a term in the phrase (in glossary order); when the whole phrase is one term,
    /// only its concepts.
    public func concepts(matching phrase: String) -> [Concept] {
        var whole = Set<Int>(), partial = Set<Int>()
        let length = phrase.count
        for language in glossary.languages {
            let matcher = TermMatcher(glossary: glossary, language: Language(language))
            // Leniently: a derived form or another capitalisation still finds its concept.
            for match in TermMatcher.longest(matcher.allMatches(in: phrase).filter(\.exact)) {
                partial.insert(match.concept)
                let leading = phrase.prefix(match.range.lowerBound).allSatisfy { !$0.isLetter && !$0.isNumber }
                let trailing = phrase.dropFirst(match.range.upperBound).allSatisfy { !$0.isLetter && !$0.isNumber }
                if leading && trailing && match.range.upperBound <= length { whole.insert(match.concept) }
            }
        }
        let chosen = whole.isEmpty ? partial : whole
        return chosen.sorted().map { glossary.concepts[$0] }
    }
}
