/// A glossary's term matchers for one language pair, the way checks and reports read a bead:
/// source terms strictly (a capitalised one-word term only where it names something, a
/// multi-word term word for word), target renderings wherever they are present and with the
/// surface variation a translation shows. Building them reads the whole term base, so the checks
/// and the reports of one language pair share them.
public struct TermMatchers {
    /// Finds terms in the source text.
    public let source: TermMatcher
    /// Finds renderings in the target text.
    public let target: TermMatcher
    /// The languages they were built for.
    public let languages: (source: Language, target: Language)

    /// Matchers of `glossary` for a source and a target language.
    public init(glossary: Glossary, source: Language, target: Language) {
        self.source = TermMatcher(glossary: glossary, language: source)
        self.target = TermMatcher(glossary: glossary, language: target, strictCapitals: false, tolerant: true)
        languages = (source, target)
    }

    /// The matchers in `built` that serve `source` and `target`, or new ones, added to it.
    public static func shared(_ built: inout [TermMatchers], glossary: Glossary, source: Language, target: Language) -> TermMatchers {
        if let known = built.first(where: { $0.serve(source, target) }) { return known }
        let made = TermMatchers(glossary: glossary, source: source, target: target)
        built.append(made)
        return made
    }

    /// Whether these matchers serve an alignment between `source` and `target`.
    public func serve(_ source: Language, _ target: Language) -> Bool {
        languages.source.base == source.base && languages.target.base == target.base
    }
}
