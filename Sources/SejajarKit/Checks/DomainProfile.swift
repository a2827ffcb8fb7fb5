/// Whether an alignment is about what the term base covers: the share of its content pairs
/// whose source names at least one concept by a term that is not an everyday word (a body, a
/// title, a policy: "Comité Popular", "movilización de masas"). In text outside the domain
/// (general news) an everyday word that is also a glossary term ("autoridades", "barrio",
/// "campaña") is used in its everyday sense, and a reviewer does not want it checked.
public struct DomainProfile: Sendable, Hashable {
    /// Content pairs (with text on both sides) and those that name a domain concept.
    public var pairs: Int
    public var domainPairs: Int

    /// The share of pairs that name a domain concept.
    public var share: Double { pairs == 0 ? 0 : Double(domainPairs) / Double(pairs) }

    /// From this share on a text is in the domain. Provincial Party and State news names a body
    /// or a policy in most sentences (95 % of the seed articles' lines); general news now and
    /// then (77 of the 80 NTREX documents in none, the rest in at most a fifth, but for a
    /// four-line item on a prime minister).
    public static let domainShare = 0.3

    /// Whether the text is in the domain: everyday terms are then checked too.
    public var inDomain: Bool { share >= Self.domainShare }

    /// The profile of pairs whose source and target terms are `sourceTerms` and `targetTerms`,
    /// by glossary `glossary`. A pair names a domain concept when both its sides do: one side's
    /// name can be the other country's body ("Quốc hội", the National Assembly, is also what
    /// Vietnamese calls the Welsh Assembly or the US Congress), but then its translation names
    /// none.
    public init(sourceTerms: [[TermMatch]], targetTerms: [[TermMatch]], glossary: Glossary) {
        pairs = sourceTerms.count
        func names(_ terms: [TermMatch]) -> Bool {
            terms.contains { glossary.accepts($0) && !glossary.term(of: $0).isEveryday && glossary.isDomain($0) }
        }
        domainPairs = zip(sourceTerms, targetTerms).filter { names($0) && names($1) }.count
    }
}
