import Testing
@testable import SejajarKit

struct LanguageProfileTests {
    /// The words as the profile read them before it told ASCII without Unicode's tables.
    static func reference(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0 == "'") }).map(String.init)
    }

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        LanguageProfile.forEachWord(in: text) { words.append(String($0).lowercased()) }
        return words
    }

    @Test(arguments: [
        "",
        "El Gobierno y l'État: ¿qué dijo?",
        "cafe\u{301}s y caf\u{E9}s",  // a combining accent after an ASCII letter joins its character
        "line\r\nnext\r\n\u{E9}t\u{E9}\r\u{301}x",  // CR LF before a non-ASCII letter; CR before a mark
        "İSTANBUL'da ΣΟΦΙΑ ΣΟΦΟΣ",  // lowercasing that grows a word (İ) and Greek sigma
        "\u{600}12 a\u{600}b Ⓐbc Ⅻ x",  // a prepended sign joins what follows; circled and Roman letters
        "日本語のテキスト 한국어 ไทย 🇻🇳🇪🇸 a👍🏽b",
        "don't 'quoted' '' x'",
    ])
    func findsTheWordsTheCharacterSplitFound(text: String) {
        #expect(Self.words(text) == Self.reference(text))
    }

    @Test func findsTheSameWordsInGeneratedMixedText() {
        let pieces = ["a", "Z", "é", "e", "\u{301}", "\u{308}", "'", " ", "\r", "\n", "\r\n", ",", "-", "ß", "İ", "Σ", "ñ", "1",
                      "\u{600}", "\u{200D}", "\u{FE0F}", "日", "ท", "\u{E34}", "🇻", "👍", "\u{1F3FD}", "Ⓐ", "\t"]
        var generator = SeededGenerator(seed: 29)
        for _ in 0..<2000 {
            let text = generator.text(of: pieces, count: Int.random(in: 1...40, using: &generator))
            #expect(Self.words(text) == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Every distinctive word, written as it is, capitalised, in capitals and with a letter more
    /// or less, is owned as the dictionary of distinctive words says of it lower-cased.
    @Test func aWordsOwnerIsTheDictionarysOfItLowerCased() {
        var words: [String] = []
        for word in LanguageProfile.distinctiveOwner.keys.sorted() {
            words += [word, word.capitalized, word.uppercased(), word + "s", String(word.dropLast()), "x" + word]
        }
        words += ["", "'", "l'", "GOBIERNO", "Straße", "İstanbul", "ĐƯỢC", "được", "ที่", "的"]
        var found = 0
        for word in words {
            let expected = LanguageProfile.distinctiveOwner[word.lowercased()]
            #expect(LanguageProfile.distinctiveOwner(of: word[...]) == expected, "\(word)")
            if expected != nil { found += 1 }
        }
        #expect(found > LanguageProfile.distinctiveOwner.count * 3)
    }
}
