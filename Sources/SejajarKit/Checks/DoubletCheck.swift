/// A coordinated pair that lost an item in translation: one item repeated, joined by a comma or a
/// coordinator — a word ("pengaduan, pengaduan", "sah dan sah") or a phrase ("pegawai negeri
/// sipil, dan pegawai negeri sipil", "comités del Partido y comités del Partido") — on one side
/// where the other has no such repetition (`doublet`). Both sides are looked at: each is a
/// translation of the same original. A repetition both sides have ("más y más" / "lagi dan
/// lagi") is style, not loss; a pronoun repeated across clauses ("kami, dan kami") is grammar;
/// a word repeated as the head of a longer item of a list ("rumah, rumah sakit, pusat
/// perbelanjaan": houses, hospitals, shopping centres) is two items; a word said three times
/// ("tidak, tidak, tidak") is emphasis; an interjection ("Mmm, Mmm") is speech; and a repeated
/// noun pointed back to ("sasaran, dan sasaran itu adalah …") opens a clause.
public struct DoubletCheck: PairCheck {
    /// Coordinators that join two items, in the languages Sejajar knows and a few more.
    static let coordinators: Set<String> = ["dan", "atau", "serta", "maupun", "y", "e", "o", "u", "ni", "and", "or", "et", "ou", "und", "oder", "và", "hoặc"]
    /// Words whose repetition says nothing: pronouns and the commonest function words.
    static let grammatical: Set<String> = [
        "yo", "tu", "el", "ella", "nosotros", "nosotras", "ellos", "ellas", "usted", "ustedes", "que", "lo", "la", "los", "las", "se", "de", "del",
        "saya", "aku", "kami", "kita", "anda", "kamu", "dia", "ia", "mereka", "yang", "itu", "ini", "nya", "di", "ke", "dari",
        "i", "we", "you", "he", "she", "they", "it", "the", "that", "this", "of",
    ]
    /// Demonstratives that follow the noun they point back with ("sasaran itu").
    static let demonstratives: Set<String> = ["itu", "ini", "tersebut"]

    static func isVowel(_ c: Character) -> Bool { "aeiouy".contains(c) }

    /// The longest repeated item looked for, in words.
    static let longestItem = 5

    /// Creates the check.
    public init() {}

    /// The doublets of each side that the other side does not have.
    public func findings(in pair: CheckedPair) -> [Finding] {
        let sourceSpans = Self.spans(pair.sourceText), targetSpans = Self.spans(pair.targetText)
        var findings: [Finding] = []
        for (side, spans, other) in [(CheckedPair.Side.target, targetSpans, sourceSpans), (.source, sourceSpans, targetSpans)]
        where spans.count > other.count {
            let otherDoublets = Set(other.map { Tokenizer.fold($0.text) })
            for span in spans where !otherDoublets.contains(Tokenizer.fold(span.text)) {
                let other = side == .target ? "source" : "target"
                let message = pair.isTrustedTranslation
                    ? "“\(span.text)” repeats one item where the \(other) has two: a word was lost in translation"
                    : "“\(span.text)” repeats one item: a word may have been lost in translation (the \(other) is no translation to compare with here)"
                findings.append(pair.finding(.text.doublet, .warning, message, side: side, offset: span.start,
                                             source: side == .source ? span : nil, target: side == .target ? span : nil))
            }
        }
        return findings
    }

    /// Repeated items joined by a comma, a coordinator or both, as spans of `text`: the longest
    /// repeated item at each place.
    /// `screened: false` scans every text (what the screen is tested against).
    static func spans(_ text: String, screened: Bool = true) -> [Finding.Span] {
        guard !screened || mayRepeat(text) else { return [] }
        let words = Tokenizer.words(in: text, rules: .innerHyphens).map { (range: $0.range, text: $0.text, folded: Tokenizer.fold($0.text)) }
        let characters = Array(text)
        /// Whether word `w` is a coordinator: told as it is written, not folded (items compare
        /// folded, but "và" and "va" are two words).
        func joins(_ w: Int) -> Bool { coordinators.contains(words[w].text.lowercased()) }
        // What stands between each word and the next, trimmed (every gap looked at is between neighbours).
        let gaps = words.indices.dropLast().map {
            trimmedGap(characters[words[$0].range.upperBound..<words[$0 + 1].range.lowerBound])
        }
        func gap(after a: Int) -> String { gaps[a] }
        /// Whether words[a..<a+k] and words[b..<b+k] are the same item, with nothing but spaces inside.
        func same(_ a: Int, _ b: Int, _ k: Int) -> Bool {
            guard b + k <= words.count else { return false }
            for offset in 0..<k {
                if words[a + offset].folded != words[b + offset].folded { return false }
                if offset > 0 && (!gap(after: a + offset - 1).isEmpty || !gap(after: b + offset - 1).isEmpty) { return false }
            }
            return true
        }
        var spans: [Finding.Span] = []
        var k0 = 0
        while k0 < words.count {
            var found: (end: Int, length: Int)?
            for k in stride(from: longestItem, through: 1, by: -1) where k0 + 2 * k <= words.count {
                let last = k0 + k - 1
                // "X, X" or "X, dan X" / "X dan X".
                var second = last + 1
                let separator = gap(after: last)
                if separator != "," && separator != "" { continue }
                if joins(second), second + 1 < words.count, gap(after: second).isEmpty {
                    second += 1
                } else if separator != "," {
                    continue
                }
                guard same(k0, second, k) else { continue }
                let item = words[k0..<(k0 + k)].map(\.folded)
                guard item.contains(where: { $0.count >= 3 && $0.contains(where: \.isLetter) && !grammatical.contains($0) && $0.contains(where: Self.isVowel) })
                else { continue }  // "Mmm, Mmm": an interjection
                let end = second + k - 1
                // "tidak, tidak, tidak": emphasis, not a pair; "sasaran, dan sasaran itu …": the
                // second is a clause's subject, pointed back to.
                if end + 1 < words.count, gap(after: end) == ",", same(k0, end + 1, k) { continue }
                if k0 >= k, gap(after: k0 - 1) == ",", same(k0 - k, k0, k) { continue }
                if end + 1 < words.count, gap(after: end).isEmpty, Self.demonstratives.contains(words[end + 1].folded) { continue }
                // An item repeated as the head of a longer item of a list that goes on is two
                // items ("rumah, rumah sakit, pusat perbelanjaan": houses, hospitals, …). A
                // coordinator joins a list's last item, so after "X y X Y" the list has ended.
                if second == last + 1, end + 2 < words.count, gap(after: end).isEmpty, !joins(end + 1),
                   !grammatical.contains(words[end + 1].folded),
                   gap(after: end + 1) == "," || (gap(after: end + 1).isEmpty && joins(end + 2)) {
                    continue
                }
                found = (end, k)
                break
            }
            if let found {
                let range = words[k0].range.lowerBound..<words[found.end].range.upperBound
                spans.append(Finding.Span(start: range.lowerBound, end: range.upperBound, text: String(characters[range])))
                k0 = found.end + 1
            } else {
                k0 += 1
            }
        }
        return spans
    }

    /// Whether a word of `text` that an item needs (three letters or more, a vowel, not a
    /// pronoun or function word) comes again within the next item, at most `longestItem` words
    /// and a coordinator on, with a comma or a coordinator between the two: what every doublet
    /// has, and one news sentence in fourteen (185 of the 2632 of NTREX es and id; a quarter
    /// passed when any word of three letters sufficed). Words are cut as
    /// `Tokenizer.words(in:rules: .innerHyphens)` cuts them (letters, digits and marks, a hyphen
    /// inside; the cuts depend on scalars only, so the character offsets it counts are not
    /// needed) and compared by a hash of their folded form: ASCII words hashed as read (folding
    /// them only lowercases), others folded first. Equal words have equal hashes, so no doublet
    /// is missed; two words that only hash alike send the text on to the full look. A word whose
    /// hash is a function word's is compared in full before it is taken for one; one whose hash
    /// is a coordinator's is taken for one (the full look then says).
    static func mayRepeat(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        /// A word: its hash, whether an item needs it, whether it may be a coordinator, and
        /// whether a comma follows it before the next word.
        struct Word { var hash: UInt64, needed: Bool, joins: Bool, commaAfter = false }
        var words: [Word] = []
        var start = scalars.startIndex, inWord = false, ascii = true, length = 0, letter = false, vowel = false
        var hash = fnvBasis
        var index = scalars.startIndex
        func close() {
            if ascii {
                var needed = length >= 3 && letter && vowel
                if needed, grammaticalHashes.contains(hash) { needed = !grammatical.contains(String(scalars[start..<index]).lowercased()) }
                words.append(Word(hash: hash, needed: needed, joins: coordinatorHashes.contains(hash)))
            } else {
                let folded = Tokenizer.fold(String(scalars[start..<index]))
                let needed = folded.count >= 3 && folded.contains(where: \.isLetter) && !grammatical.contains(folded) && folded.contains(where: Self.isVowel)
                let hash = Self.hash(folded)
                words.append(Word(hash: hash, needed: needed, joins: coordinatorHashes.contains(hash)))
            }
            inWord = false
        }
        // Walked by UTF-8 bytes: an ASCII byte is its scalar, a longer scalar is decoded where it
        // starts (the views share their indices at scalar boundaries).
        let utf8 = text.utf8
        while index < scalars.endIndex {
            let byte = utf8[index], value: UInt32, next: String.Index
            let continues: Bool
            if byte < 0x80 {
                value = UInt32(byte)
                next = utf8.index(after: index)
                let lower = value | 0x20
                continues = (lower >= 0x61 && lower <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value == 0x2D && inWord)
            } else {
                let scalar = scalars[index]
                value = scalar.value
                next = scalars.index(after: index)
                let kind = Tokenizer.kind(of: scalar)
                continues = kind != .other && (inWord || kind != .mark)
            }
            if continues {
                if !inWord { inWord = true; ascii = true; length = 0; letter = false; vowel = false; hash = fnvBasis; start = index }
                if value < 0x80 {
                    let folded = value >= 0x41 && value <= 0x5A ? value | 0x20 : value
                    hash = (hash ^ UInt64(folded)) &* fnvPrime
                    length += 1
                    if folded >= 0x61 && folded <= 0x7A {
                        letter = true
                        if folded == 0x61 || folded == 0x65 || folded == 0x69 || folded == 0x6F || folded == 0x75 || folded == 0x79 { vowel = true }
                    }
                } else {
                    ascii = false
                }
            } else {
                if inWord { close() }
                if value == 0x2C, !words.isEmpty { words[words.count - 1].commaAfter = true }
            }
            index = next
        }
        if inWord { close() }
        // The first item's needed word at `a`, the second's at `b`: between them the comma after
        // the first item or the coordinator before the second.
        for a in words.indices where words[a].needed {
            var separated = false
            for b in (a + 1)..<min(a + longestItem + 2, words.count) {
                if words[b - 1].commaAfter { separated = true }
                if separated, words[b].hash == words[a].hash { return true }
                if words[b].joins { separated = true }
            }
        }
        return false
    }

    /// The FNV-1a hash of `word`'s UTF-8.
    static func hash(_ word: String) -> UInt64 { word.utf8.reduce(fnvBasis) { ($0 ^ UInt64($1)) &* fnvPrime } }
    static let grammaticalHashes = Set(grammatical.map(hash))
    static let coordinatorHashes = Set(coordinators.map { hash(Tokenizer.fold($0)) })

    static let fnvBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// What stands between two words, without the spaces and tabs around it
    /// (`trimmingCharacters(in: .whitespaces)`; ASCII gaps, nearly all, trimmed without Foundation).
    static func trimmedGap(_ gap: ArraySlice<Character>) -> String {
        if gap.isEmpty || (gap.count == 1 && gap.first == " ") { return "" }  // most gaps
        guard gap.allSatisfy(\.isASCII) else { return String(gap).trimmingCharacters(in: .whitespaces) }
        let kept = gap.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }
        return String(kept.reversed())
    }
}
