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
public struct TermMatcher {
    /// The glossary matched against.
    public let glossary: Glossary
    /// The language of the texts.
    public let language: Language
    private let stemmer: Stemmer
    /// Term key sequences by their first key.
    private var index: [String: [(keys: [[String]], concept: Int, term: Int)]] = [:]

    /// A word of the text with its character range, its stem keys and its exact key.
    struct Word {
        var range: Range<Int>
        /// The Snowball stem of the word and of its diacritic-free form, both folded: Spanish
        /// stems "comités" to "comites" but "comites" to "comit", as it does "comité".
        var stems: [String]
        var exact: String

        func matches(_ keys: [String]) -> Bool {
            keys.contains { $0 == exact || stems.contains($0) }
        }
    }

    /// Prepares the terms of `glossary` in `language`.
    public init(glossary: Glossary, language: Language) {
        self.glossary = glossary
        self.language = language
        stemmer = Stemmer(language: language)
        for (c, concept) in glossary.concepts.enumerated() {
            for (t, term) in concept.terms.enumerated() where Language(term.language).base == language.base {
                let words = Self.words(term.text, stemmer: stemmer)
                let keys = words.map { term.exactOnly ? [$0.exact] : $0.stems }
                guard let first = keys.first else { continue }
                for key in first { index[key, default: []].append((keys, c, t)) }
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
                    for (k, wanted) in candidate.keys.enumerated() where !words[i + k].matches(wanted) {
                        fits = false
                        break
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

    /// Words (runs of letters, digits and combining marks) with their keys.
    static func words(_ text: String, stemmer: Stemmer) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        var offset = 0
        func flush() {
            guard !current.isEmpty else { return }
            let lower = current.lowercased()
            let stems = [Tokenizer.fold(stemmer.stem(lower)), stemmer.stem(Tokenizer.fold(lower))]
            words.append(Word(range: start..<offset, stems: stems[0] == stems[1] ? [stems[0]] : stems, exact: "=" + current))
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber {
                if current.isEmpty { start = offset }
                current.append(character)
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        return words
    }
}
