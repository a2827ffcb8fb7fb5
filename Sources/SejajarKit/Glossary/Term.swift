/// A term: one way of writing a concept in one language, with its administrative status.
public struct Term: Sendable, Hashable, Codable {
    /// Language tag (`vi`, `es`, `id`, `en`).
    public var language: String
    /// The term as written.
    public var text: String
    /// Whether to use it, accept it or flag it.
    public var status: Status
    /// `noun`, `verb`, `adjective` or `phrase`.
    public var partOfSpeech: String?
    /// Matched only as written (case-sensitive, unstemmed): acronyms such as "UBND".
    public var exactOnly: Bool
    /// Why the term has its status (for deprecated terms: what it mistranslates).
    public var note: String?

    /// TBX administrative status.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case preferred, admitted, deprecated

        /// The TBX-Basic picklist value.
        public var tbxValue: String { "\(rawValue)Term-admn-sts" }

        /// Reads a TBX value (`preferredTerm-admn-sts`) or a plain word (`preferred`).
        public init?(tbx value: String) {
            let trimmed = value.trimmingCharacters(in: .whitespaces).lowercased()
            let word = trimmed.hasSuffix("term-admn-sts") ? String(trimmed.dropLast("term-admn-sts".count)) : trimmed
            self.init(rawValue: word)
        }
    }

    /// Whether the term is also an everyday word — one lower-case word that is not an acronym
    /// ("barrio", "autoridades", "campaña"), or a verb ("implementar", "llevar a cabo") — so that
    /// finding it says little about whether a text is about the term's subject.
    public var isEveryday: Bool {
        if partOfSpeech == "verb" { return true }
        guard !exactOnly, !(text.first?.isUppercase ?? false) else { return false }
        // Vietnamese is written syllable by syllable: most of its words are two of them
        // ("quyết định", decision; "địa phương", locality), after a classifier at times
        // ("cuộc vận động", a campaign).
        let language = Language(language)
        let syllablesPerWord = language.writesSyllables ? 2 : 1
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).filter { !language.isClassifier($0) }
        return words.count <= syllablesPerWord
    }

    /// Whether the term is written as a name or holds one: a word with a capital ("Comité
    /// Popular", "Chủ tịch", "comité del Partido") or an acronym. Outside the term base's domain
    /// only names are asked for; "rumah tangga" (households) is an everyday phrase there.
    public var isName: Bool {
        exactOnly || text.split(whereSeparator: \.isWhitespace).contains { $0.first?.isUppercase ?? false }
    }

    /// Creates a term.
    public init(language: String, text: String, status: Status, partOfSpeech: String? = nil, exactOnly: Bool = false, note: String? = nil) {
        self.language = language
        self.text = text
        self.status = status
        self.partOfSpeech = partOfSpeech
        self.exactOnly = exactOnly
        self.note = note
    }
}
