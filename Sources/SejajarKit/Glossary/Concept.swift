/// One concept of the term base: a single idea (a Party body, a title, a slogan) with its terms
/// in every language, the Vietnamese original as pivot. Concept-oriented as TBX is: synonyms and
/// wrong renderings are terms of the same concept with different statuses.
public struct Concept: Sendable, Hashable, Codable {
    /// Stable identifier (`c001`), used in findings and TMX properties.
    public var id: String
    /// Subject field, one of `SubjectField`'s values.
    public var subjectField: String
    /// A definition or note on the concept, when there is one.
    public var note: String?
    /// All terms, in every language.
    public var terms: [Term]

    /// Creates a concept.
    public init(id: String, subjectField: String, note: String? = nil, terms: [Term]) {
        self.id = id
        self.subjectField = subjectField
        self.note = note
        self.terms = terms
    }

    /// Terms in `language` (primary subtag compared, so `es` finds `es-ES`).
    public func terms(in language: Language) -> [Term] {
        terms.filter { Language($0.language).base == language.base }
    }

    /// The preferred term in `language`, else the first admitted one.
    public func preferred(in language: Language) -> Term? {
        let candidates = terms(in: language)
        return candidates.first { $0.status == .preferred } ?? candidates.first { $0.status == .admitted }
    }

    /// The subject fields of the shipped term base.
    public static let subjectFields = [
        "Party bodies", "State bodies", "Government and administration", "Fatherland Front and mass organisations",
        "legal instruments", "administrative units", "titles and positions", "policies and slogans", "civil service",
        Self.foreignSubjectField,
    ]

    /// The subject field of other countries' bodies and titles, named by the same words in some
    /// languages ("Quốc hội" is the National Assembly, and what Vietnamese calls the US Congress):
    /// kept so their renderings are accepted, but not the term base's domain.
    public static let foreignSubjectField = "foreign bodies and titles"

    /// Whether the concept belongs to the term base's domain (not another country's body).
    public var isDomain: Bool { subjectField != Self.foreignSubjectField }
}
