import Foundation

/// What the words around a term say about which sense it is used in, by rules and per-language
/// word tables rather than by listing the documents where a term went wrong:
///
/// - a modifier that makes another title ("phó", "wakil", "vice", "sub", "deputy") before a title
///   makes it another title: "Phó Thủ tướng", a deputy prime minister, is not "Thủ tướng";
/// - a body or title next to a foreign country's name ("Bộ Quốc phòng Mỹ", "tại Hoa Kỳ Bộ Quốc
///   Phòng", "el gobierno alemán", "Departemen Pertahanan A.S.", "the British Prime Minister")
///   is that country's, the foreign sense;
/// - a title of a company or an association ("Chủ tịch tập đoàn", "presidente de la empresa",
///   "ketua asosiasi") is not the State's or the Party's title, the foreign sense too;
/// - in Vietnamese, a title before a personal name that Vietnamese syllables cannot spell
///   ("Tổng thống Trump", "Thủ tướng Zaev", "Chủ tịch Putin") is a foreign person's.
///
/// The countries are the hand table below (short names and peoples as the press writes them) and
/// every region CLDR names in the language (through Foundation's `Locale`), so a country nobody
/// listed ("Bắc Macedonia", "Macedonia del Norte") is known too. Vietnam, the term base's own
/// country, is neither.
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

    /// The CLDR region names of the languages with a country table, looked up once per process
    /// (a matcher is made per alignment where translation memory is built).
    static let regions: [String: [String]] = Dictionary(uniqueKeysWithValues: countries.keys.map { ($0, regionNames(Language($0))) })

    /// Every region CLDR names in `language` (two-letter codes, Vietnam left out), each name cut
    /// before a parenthesis or a comma ("Myanmar (Miến Điện)"), as Foundation's `Locale` gives it.
    static func regionNames(_ language: Language) -> [String] {
        let locale = Locale(identifier: language.base)
        return Locale.Region.isoRegions
            .filter { $0.identifier.count == 2 && $0.identifier != "VN" && $0.identifier.allSatisfy(\.isLetter) }
            .compactMap { locale.localizedString(forRegionCode: $0.identifier) }
            .map { String($0.prefix { $0 != "(" && $0 != "," }).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0.first!.isUppercase }
    }

    /// A country name as folded words, and whether the text must write it with a capital.
    struct Name: Sendable {
        var words: [String]
        var capital: Bool
    }

    let modifiers: Set<String>
    let organisationNames: [[String]]
    let linkWords: Set<String>
    let countryNames: [Name]
    /// Whether a capitalised word after a title may be told foreign by its spelling (Vietnamese).
    let spellsNames: Bool

    /// The tables of `language`, folded by `folding`.
    init(_ language: Language, folding: LanguageFolding) {
        let base = language.base
        func words(_ text: String) -> [String] {
            Tokenizer.words(in: text).map { folding.fold($0.text) }
        }
        modifiers = Set((Self.titleModifiers[base] ?? []).map { folding.fold($0) })
        organisationNames = (Self.organisations[base] ?? []).map(words)
        linkWords = Set((Self.links[base] ?? []).map { folding.fold($0) })
        var seen = Set<[String]>()
        countryNames = ((Self.countries[base] ?? []) + (Self.regions[base] ?? []))
            .map { Name(words: words($0), capital: $0.first?.isUppercase ?? false) }
            .filter { !$0.words.isEmpty && seen.insert($0.words + [$0.capital ? "^" : ""]).inserted }
            .sorted { $0.words.count > $1.words.count }
        spellsNames = base == "vi"
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
        /// A name ending at word `end` that runs on into another capitalised syllable is another
        /// place: "Lào Cai", "Đức Hòa", "Mỹ Tho" are Vietnamese, not Laos, Germany, America.
        func runsOn(_ end: Int) -> Bool { spellsNames && TermMatcher.nameFollows(end, in: words, characters) }
        if w + 1 < words.count, TermMatcher.joined(words[w], words[w + 1], characters) {
            for name in countryNames {
                for start in after > w + 1 ? [w + 1, after] : [w + 1] where fits(name.words, capital: name.capital, at: start) {
                    if !runsOn(start + name.words.count - 1) { return true }
                }
            }
        }
        // Before it: "tại Hoa Kỳ Bộ Quốc Phòng", "the British Prime Minister".
        if i > 0, TermMatcher.joined(words[i - 1], words[i], characters) {
            for name in countryNames where fits(name.words, capital: name.capital, at: i - name.words.count) { return true }
        }
        guard title else { return false }
        // A foreign person's title: "Tổng thống Trump", "Thủ tướng Zaev".
        if spellsNames, w + 1 < words.count, words[w + 1].capitalised, TermMatcher.joined(words[w], words[w + 1], characters),
           !Self.isVietnameseSyllable(words[w + 1].folded) {
            return true
        }
        // A company's or an association's head: "Chủ tịch tập đoàn", "presidente de la empresa".
        var next = w + 1
        while next < words.count, linkWords.contains(words[next].folded), next - w <= 2 { next += 1 }
        guard next < words.count, TermMatcher.joined(words[next - 1], words[next], characters) else { return false }
        return organisationNames.contains { fits($0, capital: false, at: next) }
    }

    /// Whether `word` (lower case) can be a Vietnamese syllable: an initial consonant of the
    /// language, one to three vowels, and a final "c", "ch", "m", "n", "ng", "nh", "p" or "t".
    /// "Kim", "May", "Phúc" can; "Trump", "Putin", "Zaev", "Macron" cannot, so they name no
    /// Vietnamese person.
    static func isVietnameseSyllable(_ word: String) -> Bool {
        // The tones and vowel marks go; "đ" stays a letter of its own.
        let plain = String(String.UnicodeScalarView(word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            !(0x300...0x36F).contains($0.value)
        }))
        var rest = Substring(plain)
        for onset in ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p",
                      "r", "s", "t", "v", "x"] where rest.hasPrefix(onset) && rest.count > onset.count {
            rest = rest.dropFirst(onset.count)
            break
        }
        let vowels = rest.prefix { "aeiouy".contains($0) }
        guard (1...3).contains(vowels.count) else { return false }
        return ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"].contains(String(rest.dropFirst(vowels.count)))
    }
}
