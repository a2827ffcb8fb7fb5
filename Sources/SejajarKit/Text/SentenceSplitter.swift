/// Splits a paragraph into sentences with rules that a translator would accept: abbreviations,
/// initials, decimals and thousands, URLs and e-mail addresses never split; "¿…?" and "¡…!" stay
/// whole; "..." before a capital is a boundary; a semicolon is not (except in Greek, where it is
/// the question mark); closing quotes and brackets stay with the sentence they close. Chinese and
/// Japanese (。！？) and Khmer (។ ៕) end sentences without a space after them; Thai writes no
/// sentence mark at all (a space separates sentences and clauses alike), so a Thai paragraph is
/// split only where it carries one.
///
/// Spanish and Indonesian have their own abbreviation lists; every other language gets a generic
/// list with the same rules.
public struct SentenceSplitter: Sendable {
    /// The abbreviations in force.
    public var abbreviations: Abbreviations
    /// Whether ";" asks a question and ends a sentence (Greek).
    public var semicolonAsks = false

    /// A splitter for a language (its primary subtag picks the abbreviation list).
    public init(language: Language) {
        self.abbreviations = .forLanguage(language.base)
        self.semicolonAsks = language.base == "el"
    }

    /// A splitter with explicit abbreviations.
    public init(abbreviations: Abbreviations) {
        self.abbreviations = abbreviations
    }

    /// Splits `text` and returns the sentences, trimmed, with inner whitespace runs collapsed.
    public func split(_ text: String) -> [String] {
        let characters = Array(text)
        return sentenceRanges(in: characters).map { collapseWhitespace(characters[$0]) }
    }

    /// The sentences of `characters` as ranges of character offsets, trimmed of surrounding whitespace.
    public func sentenceRanges(in characters: [Character]) -> [Range<Int>] {
        let protected = protectedMask(characters)
        var ranges: [Range<Int>] = []
        var start = 0
        var openInverted = 0  // "¿" and "¡" still waiting for their "?" and "!"
        var index = 0
        let count = characters.count
        while index < count {
            let character = characters[index]
            if character == "¿" || character == "¡" { openInverted += 1 }
            guard Self.terminators.contains(character) || (semicolonAsks && character == ";"), !protected[index] else {
                index += 1
                continue
            }
            // The run of terminators ("?!", "...", "…"), then closing quotes and brackets.
            var end = index
            var hasQuestionOrBang = false
            var hasEllipsis = character == "…"
            var dots = 0
            while end < count, Self.terminators.contains(characters[end]) || (semicolonAsks && characters[end] == ";") {
                switch characters[end] {
                case "?", "!", "？", "！", "؟", ";": hasQuestionOrBang = true
                case "…": hasEllipsis = true
                case ".": dots += 1
                default: break
                }
                end += 1
            }
            if dots >= 3 { hasEllipsis = true }
            // Khmer's "។ល។" (et cetera) ends nothing.
            if character == "។", index + 2 < count, characters[index + 1] == "ល", characters[index + 2] == "។" {
                index += 3
                continue
            }
            let ideographic = characters[index..<end].contains { Self.ideographicTerminators.contains($0) }
            let runEnd = end
            while end < count, Self.closers.contains(characters[end]) { end += 1 }
            // Chinese and Japanese end sentences with full-width marks and no space after them;
            // a quotation closed after the mark and followed by more text continues the sentence
            // (「ありがとう。」と言った。).
            if ideographic && !(end > runEnd && end < count && !characters[end].isWhitespace) {
                if let range = trimmed(characters, start..<end) { ranges.append(range) }
                start = end
                openInverted = 0
                index = end
                continue
            }
            // A boundary needs white space (or the end of the paragraph) after it.
            if end < count && !characters[end].isWhitespace {
                index = end
                continue
            }
            if hasQuestionOrBang { openInverted = 0 }
            if end >= count || isBoundary(characters, terminatorAt: index, runEnd: end,
                                          questionOrBang: hasQuestionOrBang, ellipsis: hasEllipsis,
                                          insideInverted: openInverted > 0) {
                if let range = trimmed(characters, start..<end) { ranges.append(range) }
                start = end
                openInverted = 0
            }
            index = end
        }
        if let range = trimmed(characters, start..<count) { ranges.append(range) }
        return ranges
    }

    private func isBoundary(_ characters: [Character], terminatorAt index: Int, runEnd: Int,
                            questionOrBang: Bool, ellipsis: Bool, insideInverted: Bool) -> Bool {
        // The first letter or digit of what follows, past white space, opening marks and dashes.
        var next = runEnd
        var sawOpener = false
        while next < characters.count {
            let character = characters[next]
            if character.isWhitespace || Self.dashes.contains(character) {
                next += 1
            } else if Self.openers.contains(character) {
                sawOpener = true
                next += 1
            } else {
                break
            }
        }
        guard next < characters.count else { return true }
        let following = characters[next]
        if following.isLowercase { return false }
        if questionOrBang { return true }
        if insideInverted { return false }
        // Scripts without case (Arabic, Devanagari, Thai …) cannot show a capital: any letter may
        // start a sentence there.
        let caseless = following.isLetter && !following.isCased
        let startsSentence = following.isUppercase || sawOpener || following.isNumber || !following.isLetter || caseless
        if ellipsis { return following.isUppercase || sawOpener || caseless }
        // A single full stop: look at the word it ends.
        let word = wordEnding(at: index, in: characters)
        if abbreviations.isNonFinal(word) || abbreviations.isNonFinal(twoWordsEnding(at: index, in: characters)) {
            return false
        }
        if isInitial(word) { return false }
        return startsSentence
    }

    /// The non-space run that ends with the character at `index`, without leading opening marks.
    private func wordEnding(at index: Int, in characters: [Character]) -> String {
        var start = index
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        while start < index, Self.openers.contains(characters[start]) { start += 1 }
        return String(characters[start...index])
    }

    /// The last two words before and including `index` ("EE. UU.", "p. ej.").
    private func twoWordsEnding(at index: Int, in characters: [Character]) -> String {
        let last = wordEnding(at: index, in: characters)
        var cursor = index - last.count
        guard cursor > 0, characters[cursor].isWhitespace else { return last }
        while cursor > 0, characters[cursor].isWhitespace { cursor -= 1 }
        guard !characters[cursor].isWhitespace else { return last }
        return wordEnding(at: cursor, in: characters) + " " + last
    }

    /// A single capital letter with a full stop: an initial ("J. Smith").
    private func isInitial(_ word: String) -> Bool {
        let letters = word.dropLast()
        return letters.count == 1 && letters.first!.isUppercase
    }

    /// Marks the characters of URLs and e-mail addresses, except trailing punctuation, so that no
    /// boundary is found inside them.
    private func protectedMask(_ characters: [Character]) -> [Bool] {
        var mask = [Bool](repeating: false, count: characters.count)
        var index = 0
        while index < characters.count {
            guard !characters[index].isWhitespace else { index += 1; continue }
            var end = index
            while end < characters.count, !characters[end].isWhitespace { end += 1 }
            let token = String(characters[index..<end])
            if Self.looksLikeAddress(token) {
                var last = end - 1
                while last > index, Self.terminators.contains(characters[last]) || Self.closers.contains(characters[last]) {
                    last -= 1
                }
                for k in index...last { mask[k] = true }
            }
            index = end
        }
        return mask
    }

    /// True for URLs, "www." hosts and e-mail addresses.
    static func looksLikeAddress(_ token: String) -> Bool {
        let lowered = token.lowercased()
        if lowered.contains("://") || lowered.hasPrefix("www.") { return true }
        if let at = lowered.firstIndex(of: "@"), lowered[lowered.index(after: at)...].contains(".") {
            return lowered.first?.isLetter == true || lowered.first?.isNumber == true
        }
        return false
    }

    private func trimmed(_ characters: [Character], _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, characters[lower].isWhitespace { lower += 1 }
        while upper > lower, characters[upper - 1].isWhitespace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    private func collapseWhitespace(_ characters: ArraySlice<Character>) -> String {
        var result = ""
        var pendingSpace = false
        for character in characters {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// Full-width sentence marks of Chinese and Japanese: always a boundary, no space needed.
    /// Marks that end a sentence with no space after them: Chinese and Japanese full stops and
    /// their full-width marks, Khmer's khan and bariyoosan (។ ៕), which Khmer text often runs on from.
    static let ideographicTerminators: Set<Character> = ["。", "！", "？", "។", "៕"]
    static let terminators: Set<Character> = [".", "!", "?", "…", "。", "！", "？", "‼", "⁇", "⁈", "⁉", "؟", "۔", "।", "॥", "։", "።", "။", "។", "៕"]
    static let closers: Set<Character> = ["\"", "'", "”", "’", "»", "›", ")", "]", "}", "」", "』"]
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "«", "‹", "(", "[", "{", "¿", "¡", "「", "『"]
    static let dashes: Set<Character> = ["—", "–", "-"]
}
