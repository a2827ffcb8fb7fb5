/// A place where a glossary term occurs in a text.
public struct TermMatch: Sendable, Hashable {
    /// The concept's index in the glossary and the term's index in the concept.
    public var concept: Int
    public var term: Int
    /// Character offsets in the text.
    public var range: Range<Int>
    /// The text as it occurs ("comités del Partido").
    public var text: String
    /// Word for word, with none of the surface variation a tolerant match allows.
    public var exact = true
    /// The capitalisation rules hold: a capitalised one-word term on a capitalised word that
    /// does not open a sentence or a longer name, a multi-word term not running into another name.
    public var capitalsHold = true
    /// Every word is a form of the term's word, not a derivation sharing its stem
    /// ("berdialog" renders "dialog", but does not name it).
    public var formsHold = true
    /// The words around it say it is another country's body or title, or a company's
    /// (`TermContext`): accepted as a rendering, never asked for.
    public var foreign = false

    /// Whether the match holds under a matcher's rules.
    func holds(strictCapitals: Bool, tolerant: Bool) -> Bool {
        (tolerant || exact) && (!strictCapitals || capitalsHold) && formsHold
    }

    /// Whether the match names its concept: word for word, with its capitals and forms holding
    /// (what a source matcher takes; a rendering may be looser).
    var names: Bool { holds(strictCapitals: true, tolerant: false) }
}

/// Finds glossary terms of one language in text: case and diacritic folding, Snowball stems (so
/// inflected forms match), multi-word terms, longest match first, never inside a longer word;
/// terms marked exact-only (acronyms) match as written. Not thread-safe (it owns a stemmer).
///
/// Snowball conflates derivations too ("comuna", "común" and "comunicación" share the stem
/// "comun"), so in languages that inflect by suffixes a stem match must also be an inflection of
/// the term's word (`Inflection`): number and gender for nouns, any ending but a derivational one
/// for verbs. In Indonesian and Malay, whose stemmer strips derivational affixes too, a noun
/// takes only clitics and reduplication and a verb no nominalising affix.
///
/// A one-word term written with an initial capital ("Estado", "Frente", "Resolución") names an
/// institution or an instrument; its lower-case namesake is an ordinary word ("había estado",
/// "frente a"), so such a term matches capitalised words only, not at the start of a sentence
/// (where every word has a capital), and, unless it is a title ("Presidente Vo Van Thuong"), not
/// as the first word of a longer name ("Estados Unidos", "Partido Republicano"). Multi-word terms ignore case, but in
/// a language written by syllables, where the capital of a name's first syllable is what tells
/// "Quốc hội" (the National Assembly) from "quốc hội" (any parliament), a capitalised term needs
/// its capital, and a name followed by another ("Quốc hội Wales") is another body. A checker
/// looking for a rendering in a target text turns this off (`strictCapitals: false`): there the
/// question is only whether the rendering is present.
public struct TermMatcher {
    /// The glossary matched against.
    public let glossary: Glossary
    /// The language of the texts.
    public let language: Language
    private let stemmer: Stemmer
    /// How the language's words are folded (Vietnamese keeps its tones).
    let folding: LanguageFolding
    /// A term ready for matching: the keys of each of its words, the words, and where it comes from.
    /// `variant` counts the term's derived forms (`DerivedForms`), 0 for the term as written.
    typealias IndexedTerm = (keys: [[String]], words: [TermWord], concept: Int, term: Int, variant: Int)
    /// Term key sequences by their first key.
    private var index: [String: [IndexedTerm]] = [:]
    /// Whether stem matches must also pass the inflection check.
    private let checksInflection: Bool
    /// What the words around a term say of its sense (modifiers of titles, foreign countries).
    let context: TermContext
    /// The concepts that are titles and positions.
    private let titles: Set<Int>

    /// A word of a term: its folded form and whether it inflects like a verb.
    struct TermWord {
        var folded: String
        var verbal: Bool
        /// The text word must start with a capital (a capitalised one-word term).
        var capitalised: Bool
        /// The first word of a multi-word name written with a capital ("Kantor Komite Rakyat
        /// Provinsi"): in lower case before the name's other words in capitals, it describes
        /// ("kantor": the building); all in lower case, it is only the text's style ("el
        /// primer ministro").
        var opensName = false
        /// A title ("Presidente"), which a name may follow without making a longer name.
        var title: Bool = false
        /// A word of a term written with a capital somewhere ("Quốc hội", "đại biểu Quốc hội"):
        /// in a language written by syllables, a name.
        var inName = false
        /// Written with a capital in the term ("Partai" in "anggota Partai").
        var capitalInTerm = false
    }

    /// A word of the text with its character range, its stem keys and its exact key.
    struct TextWord {
        var range: Range<Int>
        /// The Snowball stem of the word and of its diacritic-free form, both folded: Spanish
        /// stems "comités" to "comites" but "comites" to "comit", as it does "comité".
        var stems: [String]
        var exact: String
        /// Lower-cased, diacritics removed except "ñ".
        var folded: String
        /// Starts with an upper-case letter followed by a lower-case one, or is a single capital.
        var capitalised: Bool

        /// Whether the word shares a key (a stem or the exact form) with a term's word.
        func shares(_ keys: [String]) -> Bool {
            keys.contains(where: { $0 == exact || stems.contains($0) })
        }

        /// Whether the word, sharing a key with `word`, is one of its forms (see `Inflection`).
        func isForm(_ keys: [String], of word: TermWord, checksInflection: Bool) -> Bool {
            if keys.contains(exact) || folded == word.folded { return true }
            if !checksInflection { return Inflection.isAffixedForm(folded, of: word.folded, verbal: word.verbal) }
            return word.verbal ? Inflection.isVerbForm(folded, of: word.folded) : Inflection.isNounForm(folded, of: word.folded)
        }
    }

    /// Whether capitalised one-word terms match only capitalised words outside longer names.
    public let strictCapitals: Bool
    /// Whether multi-word terms match with the surface variation a rendering shows (inserted or
    /// dropped function words, another coordinator, coordination ellipsis).
    public let tolerant: Bool

    /// Prepares the terms of `glossary` in `language`.
    public init(glossary: Glossary, language: Language, strictCapitals: Bool = true, tolerant: Bool = false) {
        self.glossary = glossary
        self.language = language
        self.strictCapitals = strictCapitals
        self.tolerant = tolerant
        stemmer = Stemmer(language: language)
        folding = LanguageFolding(language)
        // Vietnamese does not inflect: a word matches as written (with its tones), never as
        // another word's plural or gender ("cho" is not a form of "chi").
        checksInflection = !Inflection.affixingLanguages.contains(language.base) && !language.writesSyllables
        context = TermContext(language, folding: folding)
        titles = Set(glossary.concepts.indices.filter { glossary.concepts[$0].subjectField == "titles and positions" })
        let derived = DerivedForms(language)
        // Which concept writes each text of this language: a derived form that is another
        // concept's term is that concept's.
        var writers: [String: Set<Int>] = [:]
        for (c, concept) in glossary.concepts.enumerated() {
            for term in concept.terms(in: language) { writers[folding.fold(term.text), default: []].insert(c) }
        }
        for (c, concept) in glossary.concepts.enumerated() {
            for (t, term) in concept.terms.enumerated() where Language(term.language).base == language.base {
                let texts = [term.text] + (term.exactOnly ? [] : derived.variants(of: term.text).filter {
                    (writers[folding.fold($0)] ?? [c]).contains(c)
                })
                for (variant, text) in texts.enumerated() {
                    let words = Self.words(text, stemmer: stemmer, folding: folding)
                    let verbal = term.partOfSpeech == "verb"
                    // Stems of a noun's own inflections too: Snowball stems "primer" to "prim" but
                    // "primera" to "primer".
                    // The word itself is a key too: the Indonesian stemmer reads "dialog" as "di-" +
                    // "alog" but stems "berdialog" to "dialog".
                    let keys = words.map { word -> [String] in
                        // An English acronym takes a plural "s" ("AMs", "MPs", "NGOs").
                        if term.exactOnly { return language.base == "en" ? [word.exact, word.exact + "s"] : [word.exact] }
                        let own = word.stems.contains(word.folded) ? word.stems : word.stems + [word.folded]
                        guard checksInflection, !verbal else { return own }
                        var keys = own
                        for form in Inflection.nounForms(word.folded) {
                            for stem in Self.words(form, stemmer: stemmer, folding: folding).first?.stems ?? [] where !keys.contains(stem) { keys.append(stem) }
                        }
                        return keys
                    }
                    var termWords = words.map {
                        TermWord(folded: $0.folded, verbal: verbal, capitalised: words.count == 1 && !term.exactOnly && $0.capitalised,
                                 title: concept.subjectField == "titles and positions")
                    }
                    if words.count > 1, !term.exactOnly, words[0].capitalised { termWords[0].opensName = true }
                    for k in termWords.indices { termWords[k].capitalInTerm = words[k].capitalised }
                    // Vietnamese capitalises the first syllable of a name, whatever its length.
                    if language.writesSyllables, !term.exactOnly {
                        termWords[0].capitalised = words[0].capitalised
                        let inName = words.contains(where: \.capitalised)
                        for k in termWords.indices { termWords[k].inName = inName }
                    }
                    guard let first = keys.first else { continue }
                    for key in first { index[key, default: []].append((keys, termWords, c, t, variant)) }
                }
            }
        }
    }

    /// Every term occurrence in `text`, left to right; where terms overlap the longest wins (all
    /// concepts that share that exact span are reported).
    public func matches(in text: String) -> [TermMatch] {
        held(allMatches(in: text))
    }

    /// The longest of `all` (from `allMatches`) that hold under this matcher's rules.
    func held(_ all: [TermMatch]) -> [TermMatch] {
        Self.longest(all.filter { $0.holds(strictCapitals: strictCapitals, tolerant: tolerant) })
    }

    /// Every term occurrence in `text`, nested and overlapping ones included ("Komite Partai
    /// Provinsi" inside "Wakil Sekretaris Tetap Komite Partai Provinsi"), by start and then by
    /// decreasing length: what a rendering search needs, where the longest match must not
    /// swallow a shorter term the other side asks for. Matched leniently (tolerant, capitals
    /// ignored); each match says whether it is `exact` and whether its `capitalsHold`.
    public func allMatches(in text: String) -> [TermMatch] {
        let words = Self.words(text, stemmer: stemmer, folding: folding)
        let characters = Array(text)
        var result: [(match: TermMatch, words: Int)] = []
        for i in words.indices {
            var seen = Set<[Int]>()
            for key in words[i].stems + [words[i].exact] {
                for candidate in index[key] ?? [] where seen.insert([candidate.concept, candidate.term, candidate.variant]).inserted {
                    guard let (end, exact, capitalsHold, formsHold) = fit(candidate, at: i, words: words, characters: characters) else { continue }
                    let title = titles.contains(candidate.concept)
                    // "Phó Thủ tướng", "wakil presiden": another title, not the bare one.
                    if title, context.modifiesTitle(at: i, words: words, characters: characters),
                       !context.modifiers.contains(candidate.words[0].folded) { continue }
                    let range = words[i].range.lowerBound..<words[end].range.upperBound
                    var match = TermMatch(concept: candidate.concept, term: candidate.term, range: range, text: String(characters[range]),
                                          exact: exact, capitalsHold: capitalsHold, formsHold: formsHold)
                    match.foreign = context.isForeign(from: i, to: end, title: title, words: words, characters: characters)
                    result.append((match, end - i + 1))
                }
            }
        }
        // One match per concept and span (two terms of one concept, or a term and its derived
        // form, can fit the same words), the one that holds best first.
        var kept = Set<[Int]>()
        func strength(_ m: TermMatch) -> Int { (m.exact ? 0 : 4) + (m.capitalsHold ? 0 : 2) + (m.formsHold ? 0 : 1) }
        return result
            .sorted { ($0.match.range.lowerBound, -$0.match.range.count, $0.match.concept, $0.match.term, strength($0.match))
                < ($1.match.range.lowerBound, -$1.match.range.count, $1.match.concept, $1.match.term, strength($1.match)) }
            .filter { kept.insert([$0.match.concept, $0.match.range.lowerBound, $0.match.range.upperBound]).inserted }
            .map(\.match)
    }

    /// The longest matches of `all` (as `allMatches` orders them), left to right, never
    /// overlapping: at each start the longest, then on after it; concepts sharing the chosen span
    /// are all kept.
    static func longest(_ all: [TermMatch]) -> [TermMatch] {
        var result: [TermMatch] = []
        var covered = 0
        var k = 0
        while k < all.count {
            let start = all[k].range.lowerBound
            var group: [TermMatch] = []
            while k < all.count && all[k].range.lowerBound == start {
                group.append(all[k])
                k += 1
            }
            guard start >= covered else { continue }
            let best = group[0].range
            result += group.filter { $0.range == best }
            covered = best.upperBound
        }
        return result
    }

    /// Function words a rendering may insert, drop or vary inside a multi-word term ("Undang-Undang
    /// tentang Pelaksanaan …", "Comité del Partido de la Provincia"), and the coordinators that
    /// stand for one another (", " / "dan" / "serta" / "y" / "e"), in the languages Sejajar knows.
    static let functionWords: Set<String> = [
        "de", "del", "la", "las", "el", "los", "lo", "en", "a", "al", "para", "por", "con", "sobre", "su", "sus", "que",
        "di", "ke", "dari", "yang", "tentang", "untuk", "bagi", "pada", "mengenai", "terhadap", "oleh", "itu", "ini", "nya",
        "of", "the", "for", "on", "in", "to", "its",
    ]
    static let coordinators: Set<String> = ["y", "e", "o", "u", "dan", "serta", "atau", "maupun", "and", "or"]
    /// How many changes a rendering may show inside one term.
    static let tolerance = 3

    /// The index of the last text word of `candidate` placed at word `i`, or nil when it does not
    /// fit, whether it fits word for word, whether the capitalisation rules hold, and whether
    /// every word is a form of the term's (not a derivation sharing its stem). Word for
    /// word: the term's words one after another. Otherwise, as a rendering may vary (at most
    /// `tolerance` changes): a function word or coordinator of the term rendered by another one,
    /// by a comma, or left out ("directores de los departamentos" for "director del
    /// departamento"); function words inserted before a content word ("Undang-Undang *tentang*
    /// …"); and coordination ellipsis, the first conjunct standing between the shared words and
    /// the rest ("Komite Partai *Pusat dan* Provinsi", "diputados *de la Asamblea Nacional y*
    /// del Consejo Popular").
    private func fit(_ candidate: IndexedTerm, at i: Int, words: [TextWord], characters: [Character]) -> (Int, Bool, Bool, Bool)? {
        var formsHold = true
        func matches(_ w: Int, _ k: Int) -> Bool {
            words[w].shares(candidate.keys[k])
        }
        /// Takes word `w` for the term's word `k`.
        func take(_ w: Int, _ k: Int) {
            if !words[w].isForm(candidate.keys[k], of: candidate.words[k], checksInflection: checksInflection) { formsHold = false }
        }
        func linked(_ w: Int) -> Bool { w < words.count && Self.joined(words[w - 1], words[w], characters) }
        func isLink(_ w: Int) -> Bool { Self.functionWords.contains(words[w].folded) || Self.coordinators.contains(words[w].folded) }
        guard matches(i, 0) else { return nil }
        take(i, 0)
        var w = i, changes = 0, exact = true
        var k = 1
        while k < candidate.keys.count {
            let next = w + 1
            if linked(next), matches(next, k) {
                take(next, k)
                w = next
                k += 1
                continue
            }
            exact = false
            changes += 1
            guard changes <= Self.tolerance else { return nil }
            let termWord = candidate.words[k].folded
            if Self.functionWords.contains(termWord) || Self.coordinators.contains(termWord) {
                // Another function word or coordinator in its place, a comma, or nothing.
                if linked(next), isLink(next) { w = next }
                k += 1
                continue
            }
            // Function words inserted before the term's next content word.
            var probe = next
            while linked(probe), isLink(probe), probe - next < 2 { probe += 1 }
            if probe > next, linked(probe), matches(probe, k) {
                take(probe, k)
                w = probe
                k += 1
                continue
            }
            // Ellipsis: a first conjunct of up to four words and a coordinator, then the rest.
            var coordinator = next
            while linked(coordinator), !Self.coordinators.contains(words[coordinator].folded), coordinator - next < 4 { coordinator += 1 }
            guard coordinator > next, linked(coordinator), Self.coordinators.contains(words[coordinator].folded) else { return nil }
            var resume = coordinator + 1
            while linked(resume), Self.functionWords.contains(words[resume].folded), resume - coordinator <= 2, !matches(resume, k) { resume += 1 }
            guard linked(resume), matches(resume, k) else { return nil }
            take(resume, k)
            w = resume
            k += 1
        }
        return (w, exact, capitalsHold(candidate, from: i, to: w, words: words, characters: characters)
                    && !insideLongerWord(candidate, at: i, words: words, characters: characters), formsHold)
    }

    /// Whether a one-syllable term of a syllable-written language stands at word `i` as a
    /// syllable of a longer word: Vietnamese "xã" (a commune) in "xã hội" (society), "thôn" (a
    /// village) in "nông thôn" (the countryside).
    private func insideLongerWord(_ candidate: IndexedTerm, at i: Int, words: [TextWord], characters: [Character]) -> Bool {
        guard language.writesSyllables, candidate.words.count == 1 else { return false }
        func lower(_ word: TextWord) -> String { String(characters[word.range]).lowercased() }
        // Two syllables of one word stand one space apart.
        if i > 0, Self.spaced(words[i - 1], words[i], characters), language.isCompound(lower(words[i - 1]), lower(words[i])) { return true }
        if i + 1 < words.count, Self.spaced(words[i], words[i + 1], characters), language.isCompound(lower(words[i]), lower(words[i + 1])) { return true }
        return false
    }

    /// Whether a match of `candidate` over words `i…w` keeps the capitalisation rules.
    private func capitalsHold(_ candidate: IndexedTerm, from i: Int, to w: Int, words: [TextWord], characters: [Character]) -> Bool {
        if candidate.words.count == 1, candidate.words[0].capitalised {
            if !words[i].capitalised { return false }
            if !candidate.words[0].title, Self.nameFollows(i, in: words, characters) {
                return false  // "Estados Unidos": the term starts a longer name (a title may precede a name)
            }
            if Self.startsSentence(words[i].range.lowerBound, in: characters) {
                return false  // "Frente a la crisis": a capital there says nothing
            }
        }
        if language.writesSyllables, !candidate.words[0].title, candidate.words.count > 1 {
            // "quốc hội": a parliament, not the National Assembly (a capital at the start of a
            // sentence says nothing, as ever).
            if candidate.words[0].capitalised, !words[i].capitalised { return false }
            // "các Đại biểu Quốc hội Wales": a common noun written with a capital inside a
            // sentence, before more capitals, opens a longer name.
            if !candidate.words[0].inName, words[i].capitalised, !Self.startsSentence(words[i].range.lowerBound, in: characters),
               w + 1 < words.count, words[w + 1].capitalised, Self.joined(words[w], words[w + 1], characters) {
                return false
            }
            // "Quốc hội Wales", "Chính phủ Anh": the body of another country, named after it.
            if candidate.words[0].inName, Self.nameFollows(w, in: words, characters) {
                return false
            }
        }
        if candidate.words[0].opensName, !words[i].capitalised, (i + 1...w).contains(where: { words[$0].capitalised }) {
            return false  // "kantor Komite Rakyat Provinsi": the building of a body, not its Office
        }
        if candidate.words.count > 1, !candidate.words[0].title, Self.nameFollows(w, in: words, characters) {
            // "miembro del Partido Conservador": the term's last word starts another name.
            if words[w].capitalised { return false }
            // "anggota partai Buruh": the term's name written in lower case before another name, a
            // Labour member (a title may precede a name: "primera ministra Theresa May").
            if !language.writesSyllables, candidate.words[candidate.words.count - 1].capitalInTerm { return false }
        }
        return true
    }

    /// What stands between two words: their gap's characters without spaces.
    static func gap(_ a: TextWord, _ b: TextWord, _ characters: [Character]) -> String {
        String(characters[a.range.upperBound..<b.range.lowerBound].filter { !$0.isWhitespace })
    }

    /// Whether `b` follows `a` after exactly one space: two syllables of one word, or of one name.
    static func spaced(_ a: TextWord, _ b: TextWord, _ characters: [Character]) -> Bool {
        a.range.upperBound + 1 == b.range.lowerBound && characters[a.range.upperBound] == " "
    }

    /// Whether word `w` is followed, one space on, by a capitalised word: a name goes on.
    static func nameFollows(_ w: Int, in words: [TextWord], _ characters: [Character]) -> Bool {
        w + 1 < words.count && words[w + 1].capitalised && spaced(words[w], words[w + 1], characters)
    }

    /// Whether two consecutive words belong to one phrase: nothing but spaces, a hyphen, an
    /// apostrophe or a comma between them (no sentence or clause punctuation).
    static func joined(_ a: TextWord, _ b: TextWord, _ characters: [Character]) -> Bool {
        let between = gap(a, b, characters)
        return between.isEmpty || between == "," || between == "-" || between == "'" || between == "’"
    }

    /// True when only punctuation, quotes or spaces stand between `offset` and the start of the
    /// text or the end of the previous sentence.
    static func startsSentence(_ offset: Int, in characters: [Character]) -> Bool {
        var k = offset - 1
        while k >= 0 {
            let character = characters[k]
            if ".!?:;\n".contains(character) { return true }
            if character.isLetter || character.isNumber { return false }
            k -= 1
        }
        return true
    }

    /// The text's words (`Tokenizer.words`) with their keys.
    static func words(_ text: String, stemmer: Stemmer, folding: LanguageFolding) -> [TextWord] {
        Tokenizer.words(in: text).map { word in
            let current = word.text
            let lower = current.lowercased()
            let folded = folding.fold(lower)
            let stems = [folding.fold(stemmer.stem(lower)), stemmer.stem(folded)]
            return TextWord(range: word.range, stems: stems[0] == stems[1] ? [stems[0]] : stems, exact: "=" + current, folded: folded,
                        capitalised: current.first!.isUppercase && !(current.dropFirst().first?.isUppercase ?? false))
        }
    }
}
