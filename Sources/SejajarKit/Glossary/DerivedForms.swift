/// The derived forms a multi-word term takes in running text: a noun that modifies the term's
/// head written as its relational adjective, and back. Spanish "gobierno del municipio" is also
/// written "gobierno municipal", "Comité Popular de la provincia" "Comité Popular provincial",
/// "Comité del Partido del distrito" "Comité Distrital del Partido"; English "Committee of the
/// province" is "provincial Committee"; Indonesian "reformasi administrasi" is "reformasi
/// administratif"; Vietnamese marks the relation with "cấp" (level): "Ủy ban nhân dân tỉnh" and
/// "Ủy ban nhân dân cấp tỉnh" are one body.
///
/// The pairs come from a table per language (`table`), extended by adding a line; a pair is listed
/// only when the adjective names the relation and nothing else ("popular" is not "del pueblo":
/// "Comité del Pueblo" is a wrong rendering of "Comité Popular", and "pedesaan", rural, is not
/// "desa", a commune). `TermMatcher` indexes every variant as another way of writing the term.
public struct DerivedForms: Sendable {
    /// How one language relates a modifying noun to its head.
    public struct Rules: Sendable {
        /// Noun and relational adjective, lower case as the term base writes them.
        public var pairs: [(noun: String, adjective: String)]
        /// The words that link a modifying noun to its head ("de la provincia", "of the
        /// province"); empty where the noun follows its head directly (Indonesian).
        public var links: [String]
        /// Whether the adjective stands before its head (English) rather than after it.
        public var adjectiveFirst = false
        /// A word marking a noun as a relational modifier, in place of an adjective (Vietnamese
        /// "cấp"): "tỉnh" and "cấp tỉnh" are variants of each other.
        public var marker: String? = nil
    }

    /// The rules by language (primary subtag). To extend: add a pair to a language's list, or a
    /// language with its links.
    public static let table: [String: Rules] = [
        "es": Rules(pairs: [
            ("provincia", "provincial"), ("distrito", "distrital"), ("municipio", "municipal"), ("comuna", "comunal"),
            ("nación", "nacional"), ("región", "regional"), ("estado", "estatal"), ("gobierno", "gubernamental"),
            ("administración", "administrativo"), ("constitución", "constitucional"), ("democracia", "democrático"),
        ], links: ["de", "del", "de la", "de los", "de las"]),
        "en": Rules(pairs: [
            ("province", "provincial"), ("municipality", "municipal"), ("commune", "communal"), ("nation", "national"),
            ("region", "regional"), ("government", "governmental"), ("administration", "administrative"),
            ("constitution", "constitutional"), ("democracy", "democratic"),
        ], links: ["of", "of the"], adjectiveFirst: true),
        "id": Rules(pairs: [
            ("provinsi", "provinsial"), ("administrasi", "administratif"), ("konstitusi", "konstitusional"),
            ("demokrasi", "demokratis"), ("birokrasi", "birokratis"), ("region", "regional"),
        ], links: []),
        "vi": Rules(pairs: [], links: [], marker: "cấp"),
    ]

    /// Nouns a Vietnamese "cấp" may precede: the levels of administration.
    static let levels: [String: Set<String>] = [
        "vi": ["tỉnh", "huyện", "xã", "quận", "phường", "thị xã", "thành phố", "trung ương", "thôn"],
    ]

    /// The rules of `language`, if the table has any.
    let rules: Rules?
    let language: Language

    /// The derived forms of `language`.
    public init(_ language: Language) {
        self.language = language
        rules = Self.table[language.base]
    }

    /// Other ways of writing `term` (words separated by spaces), the term itself not included;
    /// only multi-word terms have them.
    public func variants(of term: String) -> [String] {
        guard let rules else { return [] }
        let words = term.split(separator: " ").map(String.init)
        guard words.count > 1 else { return [] }
        var result: [[String]] = []
        let lower = words.map { $0.lowercased() }
        if let marker = rules.marker {
            // "tỉnh" ↔ "cấp tỉnh", never at the head.
            for k in 1..<words.count {
                if lower[k] == marker, k + 1 < words.count, Self.level(lower, at: k + 1, language.base) != nil {
                    result.append(Array(words[..<k] + words[(k + 1)...]))
                } else if lower[k - 1] != marker, Self.level(lower, at: k - 1, language.base) != 2,
                          Self.level(lower, at: k, language.base) != nil {
                    result.append(Array(words[..<k] + [marker] + words[k...]))
                }
            }
            return Self.unique(result, besides: words)
        }
        let links = rules.links.map { $0.split(separator: " ").map(String.init) }
        for (noun, adjective) in rules.pairs {
            // The noun after a link ("del municipio"), never the head.
            for k in 1..<words.count where lower[k] == noun {
                if links.isEmpty {
                    result.append(Array(words[..<k] + [adjective] + words[(k + 1)...]))
                    continue
                }
                for link in links where k - link.count >= 1 && Array(lower[(k - link.count)..<k]) == link {
                    let before = Array(words[..<(k - link.count)]), after = Array(words[(k + 1)...])
                    if rules.adjectiveFirst {
                        // "Committee of the province" → "provincial Committee" (a tail only).
                        if after.isEmpty { result.append([adjective] + before) }
                    } else {
                        result.append(before + [adjective] + after)
                        // "Comité del Partido del distrito" → "Comité distrital del Partido".
                        if after.isEmpty, before.count > 1 { result.append([before[0], adjective] + before.dropFirst()) }
                    }
                }
            }
            // The adjective written as a linked noun: "Comité Popular provincial" → "… de la provincia".
            for k in lower.indices where Self.forms(of: adjective).contains(lower[k]) {
                if links.isEmpty {
                    if k > 0 { result.append(Array(words[..<k] + [noun] + words[(k + 1)...])) }
                    continue
                }
                if rules.adjectiveFirst {
                    // "provincial Committee" → "Committee of the province".
                    if k == 0 { for link in links { result.append(Array(words[1...]) + link + [noun]) } }
                } else if k > 0 {
                    for link in links {
                        result.append(Array(words[..<k]) + link + [noun] + Array(words[(k + 1)...]))
                        // "Comité Distrital del Partido" → "Comité del Partido del distrito".
                        if k == 1, words.count > 2 { result.append([words[0]] + Array(words[2...]) + link + [noun]) }
                    }
                }
            }
        }
        return Self.unique(result, besides: words)
    }

    /// An adjective and its feminine ("administrativo", "administrativa").
    static func forms(of adjective: String) -> [String] {
        adjective.hasSuffix("o") ? [adjective, String(adjective.dropLast()) + "a"] : [adjective]
    }

    /// The number of words of a level name starting at `k` of `words` ("thành phố" is two).
    static func level(_ words: [String], at k: Int, _ language: String) -> Int? {
        guard let names = levels[language] else { return nil }
        if k + 1 < words.count, names.contains(words[k] + " " + words[k + 1]) { return 2 }
        return names.contains(words[k]) ? 1 : nil
    }

    /// `variants` joined, without repeats and without the term itself.
    static func unique(_ variants: [[String]], besides term: [String]) -> [String] {
        var seen: Set<String> = [term.joined(separator: " ").lowercased()]
        return variants.map { $0.joined(separator: " ") }.filter { seen.insert($0.lowercased()).inserted }
    }
}
