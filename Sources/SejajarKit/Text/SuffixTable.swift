/// Endings a language writes on its words that a lexicon should not see, for a language
/// Snowball has no stemmer for: the longest ending of the table that leaves at least
/// `minimumStem` characters of the word is cut off. The lexicon's units then meet across a
/// word's forms, as Snowball's stems do for the languages it knows (`Stemmer`).
struct SuffixTable: Sendable {
    /// Endings, longest first.
    let endings: [String]
    /// Characters an ending must leave.
    let minimumStem: Int

    init(endings: [String], minimumStem: Int) {
        self.endings = endings.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        self.minimumStem = minimumStem
    }

    /// `word` without its longest ending from the table, when that leaves `minimumStem` characters.
    func stem(_ word: String) -> String {
        let length = word.count
        for ending in endings where length - ending.count >= minimumStem && word.hasSuffix(ending) {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// Tables by primary language subtag.
    static let tables: [String: SuffixTable] = [
        // Korean writes case and topic particles (조사) and the endings of 하다/되다 verbs on the
        // word: 대통령은, 대통령이, 대통령의 are one word to a translation; 발표했다 is 발표 "announce".
        // Two syllables must stay, so that 국가, 회의 and 차이 keep their last syllable.
        "ko": SuffixTable(endings: [
            "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "만", "로", "들",
            "에서", "에게", "께서", "한테", "으로", "까지", "부터", "보다", "처럼", "에는", "에도", "에의", "와의",
            "과의", "로는", "로서", "로써", "이나", "이며", "이고", "이다", "였다", "라는", "라고", "들이", "들은",
            "들을", "들의", "들에", "들과", "들도", "들로", "에서는", "에서도", "에서의", "으로는", "으로도", "으로서",
            "으로써", "에게서", "에게는", "까지는", "부터는", "이라는", "이라고", "이었다",
            "했다", "했고", "했으며", "했지만", "하였다", "하고", "하는", "하며", "하여", "해야", "한다", "하기",
            "했던", "하던", "하면", "하지", "할", "한", "해", "함", "된다", "됐다", "되었다", "되는", "되고", "되며",
            "될", "된", "적인", "적으로",
        ], minimumStem: 2),
    ]
}
