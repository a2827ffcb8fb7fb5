import Foundation

/// What every text is made into before it is segmented, whatever file it came from: line breaks
/// folded to LF (CRLF and CR), and Unicode composed to NFC, so that "é" typed two ways is one
/// word for the tokenizer, the term base and the memory.
public enum TextNormalisation {
    /// Folds CRLF and CR to LF and composes to NFC.
    public static func normalise(_ text: String) -> String {
        var text = text
        if text.utf8.contains(13) { text = foldingLineBreaks(text) }
        return isComposed(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Whether `text` is in NFC by Unicode's quick check (UAX #15) on the scalars most texts
    /// are written in: below U+0300 (ASCII, Latin-1, Latin Extended A and B, IPA, spacing
    /// modifiers), Latin Extended Additional (U+1E00–U+1EFF, Vietnamese) and punctuation and
    /// currency signs (U+2002–U+20CF). Each of them is NFC_Quick_Check=Yes with combining class
    /// 0 — neither changed by composing nor composed with what comes before — so a text of them
    /// alone is NFC as it stands; any other scalar sends the text to Foundation's composition.
    /// (Composing a whole file that is NFC already was a tenth of reading it.)
    static func isComposed(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isComposedAlone)
    }

    static func isComposedAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x1E00...0x1EFF, 0x2002...0x20CF: return true
        default: return false
        }
    }

    private static func foldingLineBreaks(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
