/// A term base: concepts in order, as read from TBX (the single source of truth) or imported.
public struct Glossary: Sendable, Hashable, Codable {
    /// A line of description for the file header.
    public var title: String
    /// The concepts in order.
    public var concepts: [Concept]
    /// The language the concepts are defined in and every other language renders: Vietnamese
    /// for the shipped term base. Findings and reports name a concept's pivot term.
    public var pivotLanguage: Language
    /// The line each concept starts on in the file it was read from, by concept id: where
    /// findings about the term base itself point (`glossary lint`). Not part of the term base's
    /// content: not encoded.
    public var lines: [String: Int] = [:]

    enum CodingKeys: String, CodingKey { case title, concepts, pivotLanguage }

    /// Creates a glossary.
    public init(title: String = "Sejajar term base", concepts: [Concept], pivotLanguage: Language = "vi", lines: [String: Int] = [:]) {
        self.title = title
        self.concepts = concepts
        self.pivotLanguage = pivotLanguage
        self.lines = lines
    }

    /// The concept's first term in the pivot language.
    public func pivot(of concept: Concept) -> Term? {
        concept.terms(in: pivotLanguage).first
    }

    /// The concept with `id`.
    public func concept(_ id: String) -> Concept? {
        concepts.first { $0.id == id }
    }

    /// The term a match found.
    public func term(of match: TermMatch) -> Term {
        concepts[match.concept].terms[match.term]
    }

    /// Whether a match found an accepted rendering (preferred or admitted), not a deprecated one.
    public func accepts(_ match: TermMatch) -> Bool {
        term(of: match).status != .deprecated
    }

    /// Whether a match names a concept of the term base's domain in that sense: not another
    /// country's body by its concept ("foreign bodies and titles") nor by the words around it
    /// (`TermMatch.foreign`: "Bộ Quốc phòng Mỹ", "Chủ tịch tập đoàn").
    public func isDomain(_ match: TermMatch) -> Bool {
        concepts[match.concept].isDomain && !match.foreign
    }

    /// Languages present, sorted.
    public var languages: [String] {
        Array(Set(concepts.flatMap { $0.terms.map(\.language) })).sorted()
    }
}
