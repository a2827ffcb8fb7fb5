/// What the words around a term say about which sense it is used in, by rules and per-language
/// word tables rather than by listing the documents where a term went wrong:
///
/// - a modifier that makes another title ("phó", "wakil", "vice", "sub", "deputy") before a title
///   makes it another title: "Phó Thủ tướng", a deputy prime minister, is not "Thủ tướng";
/// - a body or title next to a foreign country's name ("Bộ Quốc phòng Mỹ", "tại Hoa Kỳ Bộ Quốc
///   Phòng", "el gobierno alemán", "Departemen Pertahanan A.S.", "the British Prime Minister")
///   is that country's, the foreign sense;
/// - a title of a company or an association ("Chủ tịch tập đoàn", "presidente de la empresa",
///   "ketua asosiasi") is not the State's or the Party's title, the foreign sense too.
///
/// A term in its foreign sense is accepted where it renders the other side and never asked for
/// (`TermMatch.foreign`), as the term base's own "foreign bodies and titles" are.
public struct TermContext: Sendable {
    /// Words before a title that make another title, by language (folded as `LanguageFolding`).
    static let titleModifiers: [String: Set<String>] = [
        "vi": ["phó"],
        "id": ["wakil"],
        "es": ["vice", "sub"],
        "en": ["vice", "deputy", "sub", "assistant"],
    ]

    /// Words naming a company or an association, whose chair or head holds no State title.
    static let organisations: [String: [String]] = [
        "vi": ["công ty", "tập đoàn", "hiệp hội", "hội đồng quản trị", "ngân hàng", "câu lạc bộ", "liên đoàn", "quỹ", "hãng",
               "doanh nghiệp", "tổng công ty", "đại học", "trường"],
        "es": ["empresa", "compañía", "corporación", "grupo", "asociación", "club", "federación", "banco", "fundación",
               "junta directiva", "consejo de administración", "universidad", "firma", "consorcio", "sociedad anónima"],
        "id": ["perusahaan", "korporasi", "grup", "asosiasi", "klub", "federasi", "bank", "yayasan", "dewan direksi",
               "universitas", "konsorsium", "direksi", "komisaris"],
        "en": ["company", "corporation", "group", "association", "club", "federation", "bank", "foundation", "board",
               "university", "firm", "consortium"],
    ]

    /// Words that may stand between a title and the organisation it heads ("of the", "de la").
    static let links: [String: Set<String>] = [
        "vi": ["của"], "es": ["de", "del", "la", "el", "los", "las"], "id": ["dari"], "en": ["of", "the"],
    ]

    /// Other countries and their peoples, as written beside a body or title (Vietnam is the term
    /// base's own country and is not listed). Names start with a capital in the text; the
    /// adjectives of Spanish and English are matched in any case.
    static let countries: [String: [String]] = [
        "vi": ["Mỹ", "Hoa Kỳ", "Anh", "Pháp", "Đức", "Nga", "Trung Quốc", "Nhật Bản", "Nhật", "Hàn Quốc", "Triều Tiên",
               "Ấn Độ", "Úc", "Canada", "Ý", "Tây Ban Nha", "Bồ Đào Nha", "Indonesia", "Thái Lan", "Lào", "Campuchia",
               "Malaysia", "Singapore", "Philippines", "Myanmar", "Thổ Nhĩ Kỳ", "Iran", "Iraq", "Israel", "Ukraine",
               "Brazil", "Mexico", "Argentina", "Ai Cập", "Ả Rập Xê Út", "Syria", "Afghanistan", "Pakistan", "Wales",
               "Scotland", "Ireland", "Hà Lan", "Bỉ", "Thụy Điển", "Na Uy", "Đan Mạch", "Phần Lan", "Ba Lan", "Hy Lạp",
               "Thụy Sĩ", "Áo", "Catalonia", "Zimbabwe", "Nam Phi", "Nigeria", "Kenya", "Venezuela", "Colombia", "Chile",
               "Peru", "Cuba", "Đài Loan", "Hồng Kông", "New Zealand", "Palestine", "Liên Hợp Quốc", "EU"],
        "es": ["Estados Unidos", "EE. UU.", "EE.UU.", "EEUU", "Reino Unido", "Gran Bretaña", "Inglaterra", "Francia",
               "Alemania", "Rusia", "China", "Japón", "Corea del Sur", "Corea del Norte", "Corea", "India", "Australia",
               "Canadá", "Italia", "España", "Portugal", "Indonesia", "Tailandia", "Laos", "Camboya", "Malasia",
               "Singapur", "Filipinas", "Birmania", "Turquía", "Irán", "Irak", "Israel", "Ucrania", "Brasil", "México",
               "Argentina", "Egipto", "Arabia Saudí", "Siria", "Afganistán", "Pakistán", "Gales", "Escocia", "Irlanda",
               "Países Bajos", "Holanda", "Bélgica", "Suecia", "Noruega", "Dinamarca", "Finlandia", "Polonia", "Grecia",
               "Suiza", "Austria", "Cataluña", "Zimbabue", "Sudáfrica", "Nigeria", "Kenia", "Venezuela", "Colombia", "Chile",
               "Perú", "Cuba", "Taiwán", "Hong Kong", "Nueva Zelanda", "Palestina", "Naciones Unidas", "UE",
               "estadounidense", "británico", "inglés", "francés", "alemán", "ruso", "chino", "japonés", "coreano", "indio",
               "australiano", "canadiense", "italiano", "español", "portugués", "indonesio", "tailandés", "turco", "iraní",
               "iraquí", "israelí", "ucraniano", "brasileño", "mexicano", "argentino", "egipcio", "saudí", "sirio", "galés",
               "escocés", "irlandés", "holandés", "belga", "sueco", "polaco", "griego", "suizo", "catalán", "europeo",
               "sudafricano", "venezolano", "colombiano", "chileno", "peruano", "cubano"],
        "id": ["Amerika Serikat", "Amerika", "AS", "A.S.", "Inggris", "Britania Raya", "Prancis", "Perancis", "Jerman", "Rusia",
               "Tiongkok", "Cina", "China", "Jepang", "Korea Selatan", "Korea Utara", "Korea", "India", "Australia", "Kanada",
               "Italia", "Spanyol", "Portugal", "Thailand", "Laos", "Kamboja", "Malaysia", "Singapura", "Filipina", "Myanmar",
               "Turki", "Iran", "Irak", "Israel", "Ukraina", "Brasil", "Meksiko", "Argentina", "Mesir", "Arab Saudi", "Suriah",
               "Afganistan", "Pakistan", "Wales", "Skotlandia", "Irlandia", "Belanda", "Belgia", "Swedia", "Norwegia",
               "Denmark", "Finlandia", "Polandia", "Yunani", "Swiss", "Austria", "Katalonia", "Zimbabwe", "Afrika Selatan",
               "Nigeria", "Kenya", "Venezuela", "Kolombia", "Chili", "Peru", "Kuba", "Taiwan", "Hong Kong", "Selandia Baru",
               "Palestina", "PBB", "UE", "Uni Eropa"],
        "en": ["United States", "US", "U.S.", "America", "American", "United Kingdom", "UK", "Britain", "British", "England",
               "English", "France", "French", "Germany", "German", "Russia", "Russian", "China", "Chinese", "Japan",
               "Japanese", "Korea", "Korean", "India", "Indian", "Australia", "Australian", "Canada", "Canadian", "Italy",
               "Italian", "Spain", "Spanish", "Indonesia", "Indonesian", "Thailand", "Thai", "Turkey", "Turkish", "Iran",
               "Iranian", "Iraq", "Israel", "Israeli", "Ukraine", "Ukrainian", "Brazil", "Mexico", "Mexican", "Egypt",
               "Saudi", "Syria", "Pakistan", "Wales", "Welsh", "Scotland", "Scottish", "Ireland", "Irish", "Netherlands",
               "Dutch", "Belgium", "Sweden", "Swedish", "Norway", "Denmark", "Poland", "Polish", "Greece", "Greek",
               "Switzerland", "Swiss", "Austria", "European", "EU", "UN"],
    ]

    /// A country name as folded words, and whether the text must write it with a capital.
    struct Name: Sendable {
        var words: [String]
        var capital: Bool
    }

    let modifiers: Set<String>
    let organisationNames: [[String]]
    let linkWords: Set<String>
    let countryNames: [Name]

    /// The tables of `language`, folded by `folding`.
    init(_ language: Language, folding: LanguageFolding) {
        let base = language.base
        func words(_ text: String) -> [String] {
            Tokenizer.words(in: text).map { folding.fold($0.text) }
        }
        modifiers = Set((Self.titleModifiers[base] ?? []).map { folding.fold($0) })
        organisationNames = (Self.organisations[base] ?? []).map(words)
        linkWords = Set((Self.links[base] ?? []).map { folding.fold($0) })
        countryNames = (Self.countries[base] ?? []).map { Name(words: words($0), capital: $0.first?.isUppercase ?? false) }
            .filter { !$0.words.isEmpty }
            .sorted { $0.words.count > $1.words.count }
    }

    /// Whether the word before word `i` (joined to it) makes a title starting there another title.
    func modifiesTitle(at i: Int, words: [TermMatcher.TextWord], characters: [Character]) -> Bool {
        guard i > 0, TermMatcher.joined(words[i - 1], words[i], characters) else { return false }
        return modifiers.contains(words[i - 1].folded)
    }

    /// Whether the term over words `i…w` is used in a foreign sense: next to another country's
    /// name (before it, or after it with a link word between), or, for a title, heading a company
    /// or an association.
    func isForeign(from i: Int, to w: Int, title: Bool, words: [TermMatcher.TextWord], characters: [Character]) -> Bool {
        func fits(_ name: [String], capital: Bool, at start: Int) -> Bool {
            guard start >= 0, start + name.count <= words.count else { return false }
            // An adjective agrees with its noun: "alemán", "alemana", "británicos".
            if !capital, name.count == 1 { return Inflection.isNounForm(words[start].folded, of: name[0]) }
            for (k, part) in name.enumerated() where words[start + k].folded != part { return false }
            return !capital || words[start].capitalised || String(characters[words[start].range]).allSatisfy { !$0.isLowercase }
        }
        // After the term: "Bộ Quốc phòng Mỹ", "el gobierno alemán", "Departemen Pertahanan dari A.S.".
        var after = w + 1
        while after < words.count, linkWords.contains(words[after].folded), after - w <= 2 { after += 1 }
        if w + 1 < words.count, TermMatcher.joined(words[w], words[w + 1], characters) {
            for name in countryNames {
                if fits(name.words, capital: name.capital, at: w + 1) || (after > w + 1 && fits(name.words, capital: name.capital, at: after)) {
                    return true
                }
            }
        }
        // Before it: "tại Hoa Kỳ Bộ Quốc Phòng", "the British Prime Minister".
        if i > 0, TermMatcher.joined(words[i - 1], words[i], characters) {
            for name in countryNames where fits(name.words, capital: name.capital, at: i - name.words.count) { return true }
        }
        guard title else { return false }
        // A company's or an association's head: "Chủ tịch tập đoàn", "presidente de la empresa".
        var next = w + 1
        while next < words.count, linkWords.contains(words[next].folded), next - w <= 2 { next += 1 }
        guard next < words.count, TermMatcher.joined(words[next - 1], words[next], characters) else { return false }
        return organisationNames.contains { fits($0, capital: false, at: next) }
    }
}
