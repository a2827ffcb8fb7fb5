/// What any reader sees first of a text's language: its script, and in a script many languages
/// share (Latin) the small words every sentence has. Enough to tell a Spanish text from an
/// Indonesian or a German one, or a Thai text from a Chinese one — not to tell Indonesian from
/// Malay, which is why those are one profile. Used to warn when a text does not look like the
/// language it was declared in, or two texts look swapped.
public enum LanguageProfile {
    /// The writing systems told apart.
    public enum Script: String, Sendable, CaseIterable {
        case latin, cyrillic, greek, arabic, hebrew, devanagari, bengali, thai, lao, khmer, myanmar, hangul, kana, han, georgian, armenian, ethiopic,
             tamil, other
    }

    /// The script of one scalar.
    static func script(of scalar: Unicode.Scalar) -> Script? {
        // ASCII without the property tables (a long text is mostly ASCII in Latin script).
        if scalar.value < 0x80 {
            return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) ? .latin : nil
        }
        guard scalar.properties.isAlphabetic else { return nil }
        switch scalar.value {
        case 0x41...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F: return .cyrillic
        case 0x530...0x58F: return .armenian
        case 0x590...0x5FF, 0xFB1D...0xFB4F: return .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x900...0x97F: return .devanagari
        case 0x980...0x9FF: return .bengali
        case 0xB80...0xBFF: return .tamil
        case 0xE00...0xE7F: return .thai
        case 0xE80...0xEFF: return .lao
        case 0x1000...0x109F: return .myanmar
        case 0x10A0...0x10FF: return .georgian
        case 0x1200...0x139F: return .ethiopic
        case 0x1780...0x17FF: return .khmer
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x3040...0x30FF, 0x31F0...0x31FF: return .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return .han
        default: return .other
        }
    }

    /// The scripts a language is written in (languages not listed: Latin).
    static let scripts: [String: Set<Script>] = [
        "ru": [.cyrillic], "uk": [.cyrillic], "bg": [.cyrillic], "be": [.cyrillic], "mk": [.cyrillic], "kk": [.cyrillic], "mn": [.cyrillic],
        "sr": [.cyrillic, .latin], "el": [.greek], "ar": [.arabic], "fa": [.arabic], "ur": [.arabic], "ps": [.arabic], "he": [.hebrew],
        "yi": [.hebrew], "hi": [.devanagari], "mr": [.devanagari], "ne": [.devanagari], "bn": [.bengali], "ta": [.tamil], "th": [.thai],
        "lo": [.lao], "km": [.khmer], "my": [.myanmar], "ko": [.hangul], "ja": [.kana], "zh": [.han], "ka": [.georgian],
        "hy": [.armenian], "am": [.ethiopic],
    ]

    /// The language a script alone names, when it names one.
    static let languageOfScript: [Script: String] = [
        .greek: "el", .hebrew: "he", .thai: "th", .lao: "lo", .khmer: "km", .myanmar: "my", .hangul: "ko", .kana: "ja", .han: "zh",
        .georgian: "ka", .armenian: "hy", .tamil: "ta", .bengali: "bn",
        // The most written language of a script several share: what a guess says, never what a
        // warning is raised on (a warning compares scripts).
        .arabic: "ar", .cyrillic: "ru", .devanagari: "hi", .ethiopic: "am",
    ]

    /// Small words of Latin-script languages: articles, prepositions, conjunctions, auxiliaries,
    /// the words that make up a third of any running text and tell its language at a glance.
    static let smallWords: [String: Set<String>] = [
        "en": ["the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "with", "as", "on", "be", "at", "by", "this", "are", "from",
               "have", "has", "not", "which", "they", "he", "she", "but", "said", "were", "will", "would", "their", "been", "an"],
        "es": ["el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "es", "por", "con", "para", "se", "no", "al", "lo", "su",
               "sus", "como", "más", "pero", "fue", "este", "esta", "han", "ha", "también", "sobre", "entre", "desde", "ya"],
        "pt": ["o", "os", "as", "do", "da", "dos", "das", "que", "e", "em", "um", "uma", "é", "para", "com", "não", "no", "na", "nos", "nas",
               "por", "mais", "foi", "ao", "seu", "sua", "ele", "ela", "também", "como", "pelo", "pela", "são", "está", "mas", "já", "muito",
               "isso", "seus", "suas", "depois", "quando", "ainda", "onde", "eles", "então", "até", "essa", "esse", "pelos", "num", "numa"],
        "fr": ["le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est", "que", "qui", "pour", "dans", "pas", "sur", "au", "aux",
               "ce", "il", "elle", "avec", "ne", "se", "son", "sa", "été", "plus", "mais", "ont", "par", "cette", "sont"],
        "it": ["il", "lo", "la", "gli", "le", "di", "del", "della", "che", "e", "è", "in", "un", "una", "per", "con", "non", "si", "al",
               "alla", "dei", "ha", "sono", "come", "più", "anche", "ma", "nel", "nella", "delle", "stato", "questo", "questa", "dello",
               "degli", "perché", "quella", "già", "dopo", "ancora", "molto", "tra", "fra", "hanno", "essere", "suo", "loro", "sulla", "agli"],
        "de": ["der", "die", "das", "und", "ist", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "für", "nicht", "ein", "eine",
               "dem", "im", "es", "auch", "als", "an", "wird", "sie", "werden", "nach", "bei", "aus", "hat", "sind", "wurde", "dass"],
        "id": ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "ke", "adalah", "oleh",
               "juga", "telah", "ada", "atau", "saya", "kami", "mereka", "bahwa", "sudah", "karena", "kerana", "tetapi", "bagi", "para", "sebagai"],
        "vi": ["của", "và", "là", "các", "những", "được", "trong", "có", "không", "cho", "với", "này", "người", "một", "đã", "để", "theo",
               "tại", "từ", "về", "khi", "đến", "cũng", "nhiều", "năm", "ra", "nhưng", "đó", "sẽ", "vào"],
        "tr": ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "ama", "her", "ne", "kadar", "sonra",
               "değil", "var", "şu", "ise", "en", "göre", "tarafından", "ancak", "yeni", "ilk", "şey", "olduğunu", "dedi", "yılında", "bin",
               "iki", "arasında", "üzerinde", "olduğu", "ya", "veya", "kendi", "böyle", "yok", "çünkü"],
        "pl": ["i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "jak", "po", "ale", "od", "co", "przez", "dla", "za",
               "jego", "już", "tak", "czy", "oraz", "być", "który", "która"],
        "sw": ["na", "ya", "wa", "kwa", "katika", "ni", "za", "cha", "kuwa", "hiyo", "huo", "yake", "alisema", "hii", "wake", "pia",
               "lakini", "kama", "baada", "hata", "ambao", "ambayo", "zaidi"],
        "fil": ["ang", "ng", "sa", "mga", "at", "ay", "si", "ni", "para", "hindi", "ito", "kanyang", "kay", "mula", "siya", "noong",
                "isang", "din", "rin", "naman", "nang", "niya"],
        "is": ["og", "að", "í", "á", "sem", "er", "til", "um", "við", "með", "en", "var", "ekki", "það", "af", "frá", "hann", "hún",
               "sé", "þess", "eru", "hefur", "þeir"],
        "nl": ["de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "voor", "met", "zijn", "niet", "aan", "er", "die", "ook",
               "als", "bij", "door", "werd", "naar"],
    ]

    /// Each profile's small words that no other profile has: what tells the languages apart
    /// (`de`, `que`, `la` are small words in half of them).
    static let distinctive: [String: Set<String>] = {
        var owners: [String: Int] = [:]
        for words in smallWords.values { for word in words { owners[word, default: 0] += 1 } }
        return smallWords.mapValues { $0.filter { owners[$0] == 1 } }
    }()

    /// The profile each distinctive small word belongs to (one each, by their definition): one
    /// lookup a word instead of one a profile.
    static let distinctiveOwner: [String: String] = {
        var owner: [String: String] = [:]
        for (language, words) in distinctive { for word in words { owner[word] = language } }
        return owner
    }()

    /// The distinctive words of up to seven ASCII bytes by their packed bytes (`PackedBytes`),
    /// with their language: an ASCII word is found without hashing a string.
    static let packedDistinctiveOwner: [UInt64: String] = {
        var owner: [UInt64: String] = [:]
        for (word, language) in distinctiveOwner where word.utf8.allSatisfy({ $0 < 0x80 }) {
            if let key = PackedBytes.key(word.utf8) { owner[key] = language }
        }
        return owner
    }()

    /// The most bytes of a distinctive word written in ASCII.
    static let longestASCIIDistinctive = distinctiveOwner.keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map(\.utf8.count).max() ?? 0

    /// The language whose distinctive word `word` is, lower-cased. An ASCII word (most of a
    /// Latin-script text) is lower-cased byte by byte, found by its packed bytes when it has up
    /// to seven, and not looked up when it is longer than every ASCII distinctive word:
    /// lower-casing keeps an ASCII word ASCII and its length, and a word in ASCII is only ever
    /// equal to one in ASCII.
    static func distinctiveOwner(of word: Substring) -> String? {
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return distinctiveOwner[String(word).lowercased()] }
        guard utf8.count <= longestASCIIDistinctive else { return nil }
        let lowered = utf8.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if let key = PackedBytes.key(lowered) { return packedDistinctiveOwner[key] }
        return distinctiveOwner[String(decoding: Array(lowered), as: UTF8.self)]
    }

    /// Languages one profile stands for (Indonesian and Malay share their small words).
    static let sameProfile: [String: String] = ["ms": "id"]

    /// Names for messages.
    static let names: [String: String] = [
        "en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French", "it": "Italian", "de": "German", "id": "Indonesian",
        "vi": "Vietnamese", "tr": "Turkish", "pl": "Polish", "sw": "Swahili", "fil": "Filipino", "is": "Icelandic", "nl": "Dutch",
        "el": "Greek", "he": "Hebrew", "th": "Thai", "lo": "Lao", "km": "Khmer", "my": "Burmese", "ko": "Korean", "ja": "Japanese",
        "zh": "Chinese", "ka": "Georgian", "hy": "Armenian", "ta": "Tamil", "bn": "Bengali",
    ]

    /// The name of a language for a message ("Spanish"), or its code.
    public static func name(_ code: String) -> String { names[code] ?? code }

    /// What a text shows of its language.
    public struct Reading: Sendable, Hashable {
        /// The script most of its letters are in, and its share of them.
        public var script: Script
        public var scriptShare: Double
        /// Letters counted.
        public var letters: Int
        /// Words counted (in a script with spaces between words).
        public var words: Int
        /// The share of words that are small words of each profile.
        public var shares: [String: Double]

        /// The language the text looks most like, when it shows one clearly: by script alone, or
        /// in Latin script by its profile's distinctive small words (at least 20 words, the best
        /// profile covering at least 8 % of them and twice any other).
        public var language: String? {
            guard letters >= 40, scriptShare >= 0.6 else { return nil }
            if script != .latin {
                return Self.fromScript(script)
            }
            guard words >= 20 else { return nil }
            let ranked = shares.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            guard let best = ranked.first, best.value >= 0.08 else { return nil }
            if ranked.count > 1, ranked[1].value * 2 > best.value { return nil }
            return best.key
        }

        static func fromScript(_ script: Script) -> String? { languageOfScript[script] }
    }

    /// Reads `text`.
    public static func read(_ text: String) -> Reading {
        let scripts = Script.allCases
        var tally = [Int](repeating: 0, count: scripts.count)
        var letters = 0
        for scalar in text.unicodeScalars {
            guard let script = script(of: scalar) else { continue }
            tally[scripts.firstIndex(of: script)!] += 1
            letters += 1
        }
        var counts: [Script: Int] = [:]
        for (script, count) in zip(scripts, tally) where count > 0 { counts[script] = count }
        // Japanese writes kana among its Chinese characters, Korean hangul: the two scripts count
        // as one there.
        if let kana = counts[.kana], kana * 20 >= letters { counts[.kana] = kana + (counts[.han] ?? 0); counts[.han] = nil }
        if let hangul = counts[.hangul], hangul * 5 >= letters { counts[.hangul] = hangul + (counts[.han] ?? 0); counts[.han] = nil }
        let dominant = counts.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }
        var words = 0
        var hits: [String: Int] = [:]
        forEachWord(in: text) { word in
            words += 1
            if let language = distinctiveOwner(of: word) { hits[language, default: 0] += 1 }
        }
        var shares = hits.mapValues { Double($0) / Double(max(words, 1)) }
        return Reading(script: dominant?.key ?? .other, scriptShare: letters == 0 ? 0 : Double(dominant?.value ?? 0) / Double(letters),
                       letters: letters, words: words, shares: shares)
    }

    /// Calls `body` with each run of letters and apostrophes of `text`: the words
    /// `split(whereSeparator: { !($0.isLetter || $0 == "'") })` gives, found without Unicode's
    /// tables where a character is one ASCII byte (most of a Latin-script text). A byte is a
    /// character of its own when the next is ASCII too: every grapheme cluster that joins an
    /// ASCII byte to more (a combining mark, a prepended sign, CR LF) involves a non-ASCII one,
    /// and is read whole as a `Character`. Lowercasing a word and lowercasing the text give the
    /// same words: only letters have lowercase forms, and those are letters too.
    static func forEachWord(in text: String, _ body: (Substring) -> Void) {
        let utf8 = text.utf8
        var index = utf8.startIndex
        var start: String.Index?
        while index < utf8.endIndex {
            let byte = utf8[index], following = utf8.index(after: index)
            let next: String.Index, inWord: Bool
            if byte < 0x80, following == utf8.endIndex || utf8[following] < 0x80 {
                let lower = byte | 0x20
                inWord = (lower >= 0x61 && lower <= 0x7A) || byte == 0x27
                // CR LF is one character: step over both, to stand on character boundaries only.
                next = byte == 0x0D && following < utf8.endIndex && utf8[following] == 0x0A ? utf8.index(after: following) : following
            } else {
                let character = text[index]
                inWord = character.isLetter || character == "'"
                next = text.index(after: index)
            }
            if inWord {
                if start == nil { start = index }
            } else if let first = start {
                body(text[first..<index])
                start = nil
            }
            index = next
        }
        if let first = start { body(text[first..<text.endIndex]) }
    }

    /// The profile a language is read with (Malay's is Indonesian's).
    static func base(_ language: Language) -> String { sameProfile[language.base] ?? language.base }

    /// Whether a text's distinctive small words are rather `towards`'s than `from`'s, though not
    /// clearly enough to name its language: a weaker sign, asked only to confirm a swap.
    public static func leans(_ reading: Reading, towards: Language, from: Language) -> Bool {
        let a = reading.shares[base(towards), default: 0], b = reading.shares[base(from), default: 0]
        return reading.words >= 20 && a >= 0.04 && a > 3 * b
    }

    /// Whether a text that reads as `reading` can be in `language`: nil when it can (or when the
    /// text does not show its language clearly), else the language it looks like (or its script's
    /// name when no language of it is known).
    public static func mismatch(_ reading: Reading, declared language: Language) -> String? {
        let base = sameProfile[language.base] ?? language.base
        guard reading.letters >= 40, reading.scriptShare >= 0.6 else { return nil }
        let expected = scripts[base] ?? [.latin]
        if !expected.contains(reading.script) {
            return reading.language ?? "a text in \(reading.script.rawValue.capitalized) script"
        }
        guard reading.script == .latin, distinctive[base] != nil, let seen = reading.language, seen != base else { return nil }
        // The declared language's own small words must be rare for the text to be another's.
        return reading.shares[base, default: 0] * 3 < reading.shares[seen, default: 0] ? seen : nil
    }
}
