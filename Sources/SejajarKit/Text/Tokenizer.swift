/// A word or number of a sentence, folded for comparison across languages.
public struct Token: Sendable, Hashable {
    /// Lower-cased, diacritics removed ("Comités" → "comites"); numbers lose their group and
    /// decimal separators ("1.500" → "1500") so that "1,500" and "1.500" meet.
    public var folded: String
    /// True when the token is a number.
    public var isNumber: Bool
    /// True when the token was written with a capital letter (names, acronyms).
    public var isCapitalised: Bool
}

/// Splits sentences into folded tokens: the common currency of anchors, lexicons and glossaries.
public enum Tokenizer {
    /// The tokens of `text`, in order.
    public static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        var current = ""
        var currentIsNumber = true
        var capitalised = false
        var pendingSeparator = false
        func flush() {
            if !current.isEmpty {
                result.append(Token(folded: fold(current), isNumber: currentIsNumber, isCapitalised: capitalised))
            }
            current = ""
            currentIsNumber = true
            capitalised = false
            pendingSeparator = false
        }
        for character in text {
            if character.isLetter || character.isNumber {
                if pendingSeparator && !(currentIsNumber && character.isNumber) { flush() }
                pendingSeparator = false
                if current.isEmpty { capitalised = character.isUppercase }
                if !character.isNumber { currentIsNumber = false }
                current.append(character)
            } else if (character == "." || character == ",") && currentIsNumber && !current.isEmpty && !pendingSeparator {
                // Possibly a group or decimal separator inside a number: decide on the next character.
                pendingSeparator = true
            } else {
                flush()
            }
        }
        flush()
        return result
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
