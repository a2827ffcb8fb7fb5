/// A place where a glossary term occurs in a text.
public struct TermMatch: Sendable, Hashable {
    /// The concept's index in the glossary and the term's index in the concept.
    public var concept: Int
    public var term: Int
    /// Character offsets in the text.
    public var range: Range<Int>
    /// The text as it occurs ("comités del Partido").
    public var text: String
}

/// Finds glossary terms of one language in text: case and diacritic folding, Snowball stems (so
/// inflected forms match), multi-word terms, longest match first, never inside a longer word;
/// terms marked exact-only (acronyms) match as written. Not thread-safe (it owns a stemmer).
///
/// Snowball conflates derivations too ("comuna", "común" and "comunicación" share the stem
/// "comun"), so in languages that inflect by suffixes a stem match must also be an inflection of
/// the term's word (`Inflection`): number and gender for nouns, any ending but a derivational one
/// for verbs. Indonesian and Malay affixes are left to their stemmer, which strips only affixes.
///
/// A one-word term written with an initial capital ("Estado", "Frente", "Resolución") names an
/// institution or an instrument; its lower-case namesake is an ordinary word ("había estado",
/// "frente a"), so such a term matches capitalised words only, not at the start of a sentence
/// (where every word has a capital), and, unless it is a title ("Presidente Vo Van Thuong"), not
/// as the first word of a longer name ("Estados Unidos", "Partido Republicano"). Multi-word terms ignore case. A checker
/// looking for a rendering in a target text turns this off (`strictCapitals: false`): there the
/// question is only whether the rendering is present.
public struct TermMatcher {
    /// The glossary matched against.
    public let glossary: Glossary
    /// The language of the texts.
    public let language: Language
    private let stemmer: Stemmer
    /// Term key sequences by their first key.
    private var index: [String: [(keys: [[String]], words: [TermWord], concept: Int, term: Int)]] = [:]
    /// Whether stem matches must also pass the inflection check.
    private let checksInflection: Bool

    /// A word of a term: its folded form and whether it inflects like a verb.
    struct TermWord {
        var folded: String
        var verbal: Bool
        /// The text word must start with a capital (a capitalised one-word term).
        var capitalised: Bool
        /// A title ("Presidente"), which a name may follow without making a longer name.
        var title: Bool = false
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

        func matches(_ keys: [String], _ word: TermWord, checksInflection: Bool, strictCapitals: Bool) -> Bool {
            guard keys.contains(where: { $0 == exact || stems.contains($0) }) else { return false }
            if strictCapitals, word.capitalised, !capitalised { return false }
            if !checksInflection || keys.contains(exact) || folded == word.folded { return true }
            return word.verbal ? Inflection.isVerbForm(folded, of: word.folded) : Inflection.isNounForm(folded, of: word.folded)
        }
    }

    /// Whether capitalised one-word terms match only capitalised words outside longer names.
    public let strictCapitals: Bool

    /// Prepares the terms of `glossary` in `language`.
    public init(glossary: Glossary, language: Language, strictCapitals: Bool = true) {
        self.glossary = glossary
        self.language = language
        self.strictCapitals = strictCapitals
        stemmer = Stemmer(language: language)
        checksInflection = !Inflection.affixingLanguages.contains(language.base)
        for (c, concept) in glossary.concepts.enumerated() {
            for (t, term) in concept.terms.enumerated() where Language(term.language).base == language.base {
                let words = Self.words(term.text, stemmer: stemmer)
                let verbal = term.partOfSpeech == "verb"
                // Stems of a noun's own inflections too: Snowball stems "primer" to "prim" but
                // "primera" to "primer".
                let keys = words.map { word -> [String] in
                    if term.exactOnly { return [word.exact] }
                    guard checksInflection, !verbal else { return word.stems }
                    var keys = word.stems
                    for form in Inflection.nounForms(word.folded) {
                        for stem in Self.words(form, stemmer: stemmer).first?.stems ?? [] where !keys.contains(stem) { keys.append(stem) }
                    }
                    return keys
                }
                let termWords = words.map {
                    TermWord(folded: $0.folded, verbal: verbal, capitalised: words.count == 1 && !term.exactOnly && $0.capitalised,
                             title: concept.subjectField == "titles and positions")
                }
                guard let first = keys.first else { continue }
                for key in first { index[key, default: []].append((keys, termWords, c, t)) }
            }
        }
    }

    /// Every term occurrence in `text`, left to right; where terms overlap the longest wins (all
    /// concepts that share that exact span are reported).
    public func matches(in text: String) -> [TermMatch] {
        let words = Self.words(text, stemmer: stemmer)
        let characters = Array(text)
        var result: [TermMatch] = []
        var i = 0
        while i < words.count {
            var best: [(length: Int, concept: Int, term: Int)] = []
            for key in words[i].stems + [words[i].exact] {
                for candidate in index[key] ?? [] where i + candidate.keys.count <= words.count {
                    var fits = true
                    for (k, wanted) in candidate.keys.enumerated()
                    where !words[i + k].matches(wanted, candidate.words[k], checksInflection: checksInflection, strictCapitals: strictCapitals) {
                        fits = false
                        break
                    }
                    if fits, strictCapitals, candidate.words.count == 1, candidate.words[0].capitalised {
                        if !candidate.words[0].title, i + 1 < words.count, words[i + 1].capitalised,
                           words[i + 1].range.lowerBound == words[i].range.upperBound + 1, characters[words[i].range.upperBound] == " " {
                            fits = false  // "Estados Unidos": the term starts a longer name (a title may precede a name)
                        }
                        if Self.startsSentence(words[i].range.lowerBound, in: characters) {
                            fits = false  // "Frente a la crisis": a capital there says nothing
                        }
                    }
                    guard fits else { continue }
                    let length = candidate.keys.count
                    if best.isEmpty || length > best[0].length {
                        best = [(length, candidate.concept, candidate.term)]
                    } else if length == best[0].length && !best.contains(where: { $0.concept == candidate.concept }) {
                        best.append((length, candidate.concept, candidate.term))
                    }
                }
            }
            guard let longest = best.first else { i += 1; continue }
            let range = words[i].range.lowerBound..<words[i + longest.length - 1].range.upperBound
            for match in best {
                result.append(TermMatch(concept: match.concept, term: match.term, range: range, text: String(characters[range])))
            }
            i += longest.length
        }
        return result
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
    static func words(_ text: String, stemmer: Stemmer) -> [TextWord] {
        Tokenizer.words(in: text).map { word in
            let current = word.text
            let lower = current.lowercased()
            let folded = Inflection.fold(lower)
            let stems = [Inflection.fold(stemmer.stem(lower)), stemmer.stem(folded)]
            return TextWord(range: word.range, stems: stems[0] == stems[1] ? [stems[0]] : stems, exact: "=" + current, folded: folded,
                        capitalised: current.first!.isUppercase && !(current.dropFirst().first?.isUppercase ?? false))
        }
    }
}
