/// Splits text into words: folded tokens for the aligner (anchors, lexicons), words with their
/// character offsets for glossary matching and the checks. One scanner does both.
public enum Tokenizer {
    /// The tokens of `text`, in order.
    public static func tokens(_ text: String) -> [Token] {
        var cache = FoldCache()
        return tokens(text, cache: &cache)
    }

    /// Remembers the folded form of each word seen, so that a document folds each distinct word
    /// once (folding non-ASCII words needs a canonical decomposition, which is slow).
    public struct FoldCache: Sendable {
        var folded: [String: String] = [:]
        /// An empty cache.
        public init() {}

        /// `word` folded; with `stemmer`, its stem (of the lower-cased word, folded after, since
        /// Snowball's rules are written for the language's own letters). One cache serves one
        /// stemmer.
        mutating func fold(_ word: String, stemmer: ((String) -> String)? = nil) -> String {
            if let known = folded[word] { return known }
            let result = Tokenizer.fold(stemmer.map { $0(word.lowercased()) } ?? word)
            folded[word] = result
            return result
        }
    }

    /// The tokens of `text`, folding through `cache`. Works on Unicode scalars (the text is NFC)
    /// with ASCII fast paths; combining marks continue the word they follow; numbers keep their
    /// group and decimal separators out ("1.500" is the token "1500"); every ideograph or kana is
    /// a token of its own (Chinese and Japanese write no spaces, and a lexicon can then learn what
    /// a run of them renders); a run of Thai, Lao, Khmer or Myanmar is cut into the words ICU's
    /// dictionaries find in it (`WordBreaks`).
    public static func tokens(_ text: String, cache: inout FoldCache) -> [Token] {
        tokens(text, cache: &cache, stemmer: nil)
    }

    /// The tokens of `text` as `tokens(_:cache:)` makes them, each word (not number) cut to its
    /// stem by `stemmer` when one is given: the lexicon's units for a language whose words carry
    /// their case, number or person as endings (`AlignerParameters.lexiconStems`).
    static func tokens(_ text: String, cache: inout FoldCache, stemmer: ((String) -> String)?) -> [Token] {
        var scanner = Scanner(rules: [.numberGroups, .ideographsAlone])
        for scalar in text.unicodeScalars { scanner.feed(scalar, at: 0) }
        scanner.finish()
        return scanner.words.flatMap { word -> [Token] in
            // Thai, Lao, Khmer and Myanmar run words together: ICU cuts the run (`WordBreaks`).
            let pieces = word.isNumber ? [word.scalars] : WordBreaks.split(word.scalars)
            return pieces.map {
                Token(folded: cache.fold(String($0), stemmer: word.isNumber ? nil : stemmer), isNumber: word.isNumber, isCapitalised: word.capitalised)
            }
        }
    }

    /// How the scanner cuts words beyond runs of letters, digits and marks.
    public struct Rules: OptionSet, Sendable {
        /// The raw value.
        public let rawValue: Int
        /// Creates rules.
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// "1.500" and "3,5" are one number, written without the separator.
        public static let numberGroups = Rules(rawValue: 1)
        /// Every ideograph or kana is a word of its own.
        public static let ideographsAlone = Rules(rawValue: 2)
        /// A hyphen after a letter or digit continues the word ("Sekretaris-Jenderal").
        public static let innerHyphens = Rules(rawValue: 4)
    }

    /// The words of `text` (runs of letters and digits, marks continuing them) with their
    /// character offsets: what glossary matching and the checks point into. The same scanner
    /// as `tokens`, fed character by character.
    public static func words(in text: String, rules: Rules = []) -> [Word] {
        var scanner = Scanner(rules: rules)
        var offset = 0
        for character in text {
            for scalar in character.unicodeScalars { scanner.feed(scalar, at: offset) }
            offset += 1
        }
        scanner.finish()
        return scanner.words.map { Word(range: $0.start..<$0.end, text: String($0.scalars)) }
    }

    /// The one word scanner: fed scalars with their position (a scalar or character offset),
    /// it collects words as runs of letters, digits and combining marks, under `rules`.
    struct Scanner {
        struct Found {
            var start: Int
            var end: Int
            var scalars: String.UnicodeScalarView
            var isNumber: Bool
            var capitalised: Bool
        }

        let rules: Rules
        private(set) var words: [Found] = []
        /// The word being read, as UTF-8: appending a byte costs less than a scalar to a string.
        private var current: [UInt8] = []
        private var start = 0
        private var end = 0
        private var currentIsNumber = true
        private var capitalised = false
        private var pendingSeparator = false

        init(rules: Rules) {
            self.rules = rules
        }

        private mutating func flush() {
            if !current.isEmpty {
                words.append(Found(start: start, end: end, scalars: String(decoding: current, as: UTF8.self).unicodeScalars,
                                   isNumber: currentIsNumber, capitalised: capitalised))
            }
            current.removeAll(keepingCapacity: true)
            currentIsNumber = true
            capitalised = false
            pendingSeparator = false
        }

        private mutating func append(_ scalar: Unicode.Scalar, at position: Int) {
            if current.isEmpty { start = position }
            if scalar.value < 0x80 { current.append(UInt8(truncatingIfNeeded: scalar.value)) } else { current.append(contentsOf: scalar.utf8) }
            end = position + 1
        }

        mutating func feed(_ scalar: Unicode.Scalar, at position: Int) {
            let kind = Tokenizer.kind(of: scalar)
            if kind == .letter && rules.contains(.ideographsAlone) && Tokenizer.isIdeographic(scalar) {
                flush()
                words.append(Found(start: position, end: position + 1, scalars: String.UnicodeScalarView([scalar]),
                                   isNumber: false, capitalised: false))
                return
            }
            if kind != .other {
                let isNumber = kind == .digit
                if kind == .mark && current.isEmpty { flush(); return }
                if pendingSeparator && !(currentIsNumber && isNumber) { flush() }
                pendingSeparator = false
                if current.isEmpty { capitalised = kind == .upper }
                if !isNumber && kind != .mark { currentIsNumber = false }
                append(scalar, at: position)
            } else if rules.contains(.numberGroups), scalar == "." || scalar == ",", currentIsNumber, !current.isEmpty, !pendingSeparator {
                // Possibly a group or decimal separator inside a number: decide on the next character.
                pendingSeparator = true
            } else if rules.contains(.innerHyphens), scalar == "-", !current.isEmpty {
                append(scalar, at: position)
                currentIsNumber = false
            } else {
                flush()
            }
        }

        mutating func finish() {
            flush()
        }
    }

    enum ScalarKind { case upper, letter, digit, mark, other }

    /// Han ideographs, hiragana and katakana.
    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }

    /// Letters, digits and marks continue a word; the zero-width (non-)joiners inside Persian,
    /// Hindi and other words count as marks.
    static func kind(of scalar: Unicode.Scalar) -> ScalarKind {
        switch scalar.value {
        case 0x30...0x39: return .digit
        case 0x41...0x5A: return .upper
        case 0x61...0x7A: return .letter
        case 0..<0x80: return .other
        case 0x200C, 0x200D: return .mark
        default:
            let properties = scalar.properties
            switch properties.generalCategory {
            case .uppercaseLetter, .titlecaseLetter: return .upper
            case .lowercaseLetter, .modifierLetter, .otherLetter: return .letter
            case .decimalNumber, .letterNumber, .otherNumber: return .digit
            case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
            default: return .other
            }
        }
    }

    /// The punctuation marks of `text` that a translation usually keeps, once each, in a fixed
    /// order: question and exclamation marks, colon, semicolon and brackets (all brackets as "(",
    /// full-width forms as their ASCII ones). Short sentences carry few words a lexicon knows,
    /// but "Une seule solution :" still ends where "Somit gibt es nur eines :" does. A colon
    /// inside a time or an address ("18:00", "https://") is not a mark. Greek writes its question
    /// mark as ";" (`language` el); Armenian and Ethiopic have their own.
    public static func marks(_ text: String, language: Language? = nil) -> [Token] {
        let semicolonAsks = language?.base == "el"
        let scalars = Array(text.unicodeScalars)
        var found: Set<String> = []
        for (k, scalar) in scalars.enumerated() {
            let mark: String
            switch scalar {
            case "?", "\u{FF1F}", "\u{061F}", "\u{055E}", "\u{1367}", "\u{037E}": mark = "?"
            case "!", "\u{FF01}", "\u{055C}": mark = "!"
            case ":", "\u{FF1A}": mark = ":"
            case ";" where semicolonAsks: mark = "?"
            case ";", "\u{FF1B}", "\u{061B}": mark = ";"
            case "(", ")", "[", "]", "\u{FF08}", "\u{FF09}": mark = "("
            default: continue
            }
            if mark == ":" {
                let before = k > 0 ? scalars[k - 1] : " ", after = k + 1 < scalars.count ? scalars[k + 1] : " "
                if ("0"..."9").contains(before) && ("0"..."9").contains(after) || after == "/" { continue }
            }
            found.insert(mark)
        }
        return ["?", "!", ":", ";", "("].filter(found.contains).map { Token(folded: $0, isNumber: false, isCapitalised: false, isMark: true) }
    }

    /// Case and diacritic folding of one word.
    public static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.lowercased()
        }
        return FoldTable.fold(word) ?? decomposingFold(word)
    }

    /// Whether folding drops `scalar` (a diacritic, once decomposed).
    static func dropsInFolding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF: true
        default: false
        }
    }

    /// `fold` by its definition: lower-cased, decomposed canonically, diacritics dropped, and a few
    /// letters that carry no separable diacritic written as their base letters.
    static func decomposingFold(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if dropsInFolding(scalar) { continue }
            switch scalar.value {
            case 0x0111: scalars.append("d")  // đ
            case 0x00F8: scalars.append("o")  // ø
            case 0x0142: scalars.append("l")  // ł
            case 0x00DF: scalars.append(contentsOf: "ss".unicodeScalars)
            case 0x00E6: scalars.append(contentsOf: "ae".unicodeScalars)
            case 0x0153: scalars.append(contentsOf: "oe".unicodeScalars)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

import Foundation
