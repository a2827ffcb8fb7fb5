/// A word or number of a sentence, folded for comparison across languages.
public struct Token: Sendable, Hashable {
    /// Lower-cased, diacritics removed ("Comités" → "comites"); numbers lose their group and
    /// decimal separators ("1.500" → "1500") so that "1,500" and "1.500" meet.
    public var folded: String
    /// True when the token is a number.
    public var isNumber: Bool
    /// True when the token was written with a capital letter (names, acronyms).
    public var isCapitalised: Bool
    /// True when the token is a punctuation mark that translations keep (see `Tokenizer.marks`).
    public var isMark: Bool = false
}

/// Splits sentences into folded tokens: the common currency of anchors, lexicons and glossaries.
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

        mutating func fold(_ word: String) -> String {
            if let known = folded[word] { return known }
            let result = Tokenizer.fold(word)
            folded[word] = result
            return result
        }
    }

    /// The tokens of `text`, folding through `cache`. Works on Unicode scalars (the text is NFC)
    /// with ASCII fast paths; combining marks continue the word they follow.
    public static func tokens(_ text: String, cache: inout FoldCache) -> [Token] {
        var result: [Token] = []
        var current = String.UnicodeScalarView()
        var currentIsNumber = true
        var capitalised = false
        var pendingSeparator = false
        func flush() {
            if !current.isEmpty {
                result.append(Token(folded: cache.fold(String(current)), isNumber: currentIsNumber, isCapitalised: capitalised))
            }
            current = String.UnicodeScalarView()
            currentIsNumber = true
            capitalised = false
            pendingSeparator = false
        }
        for scalar in text.unicodeScalars {
            let kind = Self.kind(of: scalar)
            // Chinese and Japanese write no spaces: each ideograph or kana is a token of its own,
            // so that a lexicon can learn what a run of them renders.
            if kind == .letter && Self.isIdeographic(scalar) {
                flush()
                result.append(Token(folded: String(scalar), isNumber: false, isCapitalised: false))
                continue
            }
            if kind != .other {
                let isNumber = kind == .digit
                if kind == .mark && current.isEmpty { flush(); continue }
                if pendingSeparator && !(currentIsNumber && isNumber) { flush() }
                pendingSeparator = false
                if current.isEmpty { capitalised = kind == .upper }
                if !isNumber && kind != .mark { currentIsNumber = false }
                current.append(scalar)
            } else if (scalar == "." || scalar == ",") && currentIsNumber && !current.isEmpty && !pendingSeparator {
                // Possibly a group or decimal separator inside a number: decide on the next character.
                pendingSeparator = true
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    private enum ScalarKind { case upper, letter, digit, mark, other }

    /// Han ideographs, hiragana and katakana.
    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }

    private static func kind(of scalar: Unicode.Scalar) -> ScalarKind {
        switch scalar.value {
        case 0x30...0x39: return .digit
        case 0x41...0x5A: return .upper
        case 0x61...0x7A: return .letter
        case 0..<0x80: return .other
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
        var scalars = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF: continue
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
