/// Every unit of a store whose source names a concept of the term base, grouped by how its
/// target renders the concept: the term base's accepted or deprecated term, or nothing it knows.
/// What `glossary usage` tells for files, for a whole memory (`memory search c049`).
public struct MemoryConceptUsage: Sendable, Hashable {
    /// The concept's id.
    public var concept: String
    /// One group per language pair and rendering, the most units first.
    public var groups: [Group]

    /// Units that render the concept one way.
    public struct Group: Sendable, Hashable {
        /// The source and target language tags.
        public var sourceLanguage: String
        public var targetLanguage: String
        /// The rendering as first written, nil when the target has no term of the concept.
        public var rendering: String?
        /// The term base's status of the rendering (preferred, admitted, deprecated …).
        public var status: Term.Status?
        /// The units, in store order.
        public var units: [MemoryUnit]
        /// Creates a group.
        public init(sourceLanguage: String, targetLanguage: String, rendering: String?, status: Term.Status?, units: [MemoryUnit]) {
            self.sourceLanguage = sourceLanguage
            self.targetLanguage = targetLanguage
            self.rendering = rendering
            self.status = status
            self.units = units
        }
    }

    /// Creates a usage.
    public init(concept: String, groups: [Group]) {
        self.concept = concept
        self.groups = groups
    }

    /// Sorts `units` by rendering: those whose source names `concept` (matched as the checks
    /// match source terms), grouped by the target's term of it (matched as checks look for
    /// renderings). `matchers` keeps the matchers built for each language pair between calls.
    public init(glossary: Glossary, concept: Int, units: [MemoryUnit], matchers: inout [TermMatchers]) {
        var groups: [Group] = []
        var index: [String: Int] = [:]
        for unit in units {
            guard let found = Self.rendering(glossary: glossary, concept: concept, unit: unit, matchers: &matchers) else { continue }
            let folded = found.text.map { LanguageFolding(Language(unit.target.language)).fold($0) } ?? ""
            let key = unit.source.language + "\u{1F}" + unit.target.language + "\u{1F}" + folded
            if let k = index[key] {
                groups[k].units.append(unit)
            } else {
                index[key] = groups.count
                groups.append(Group(sourceLanguage: unit.source.language, targetLanguage: unit.target.language, rendering: found.text,
                                    status: found.status, units: [unit]))
            }
        }
        groups.sort { a, b in
            if a.sourceLanguage != b.sourceLanguage { return a.sourceLanguage < b.sourceLanguage }
            if a.targetLanguage != b.targetLanguage { return a.targetLanguage < b.targetLanguage }
            if a.units.count != b.units.count { return a.units.count > b.units.count }
            return (a.rendering ?? "\u{10FFFF}") < (b.rendering ?? "\u{10FFFF}")
        }
        self.init(concept: glossary.concepts[concept].id, groups: groups)
    }

    /// Whether `unit`'s source names `concept`, and if so the target's term of it (nil text
    /// when it has none).
    static func rendering(glossary: Glossary, concept: Int, unit: MemoryUnit, matchers: inout [TermMatchers])
        -> (text: String?, status: Term.Status?)? {
        let pair = TermMatchers.shared(&matchers, glossary: glossary, source: Language(unit.source.language), target: Language(unit.target.language))
        guard pair.source.matches(in: unit.source.text).contains(where: { $0.concept == concept }) else { return nil }
        let renderings = pair.target.allMatches(in: unit.target.text).filter { $0.concept == concept }
        guard let chosen = renderings.first(where: glossary.accepts) ?? renderings.first else { return (nil, nil) }
        return (chosen.text, glossary.term(of: chosen).status)
    }

    /// Whether `unit`'s source names `concept` (the concept filter of an export).
    public static func names(glossary: Glossary, concept: Int, unit: MemoryUnit, matchers: inout [TermMatchers]) -> Bool {
        let pair = TermMatchers.shared(&matchers, glossary: glossary, source: Language(unit.source.language), target: Language(unit.target.language))
        return pair.source.matches(in: unit.source.text).contains { $0.concept == concept }
    }

    /// Pieces of folded text one of which every segment in `language` that names `concept` holds
    /// (a filter before the term matcher runs): for each term, a piece of its longest word —
    /// without its first letter, which a prefix may change (Indonesian "perintah",
    /// "pemerintah"), and without its last two in a long word, which inflection changes
    /// ("política", "políticos"). Nil when some term leaves fewer than three letters, or the
    /// concept has no term in the language: then every segment is a candidate (or none).
    public static func candidatePieces(glossary: Glossary, concept: Int, language: Language) -> [String]? {
        let folding = LanguageFolding(language)
        var pieces: [String] = []
        for term in glossary.concepts[concept].terms(in: language) {
            let words = Tokenizer.words(in: term.text).map { folding.fold($0.text) }
            guard var piece = words.max(by: { $0.count < $1.count }) else { continue }
            if piece.count >= 5 { piece.removeFirst() }
            if piece.count >= 6 { piece.removeLast(2) }
            guard piece.count >= 3 else { return nil }
            if !pieces.contains(piece) { pieces.append(piece) }
        }
        return pieces
    }
}
