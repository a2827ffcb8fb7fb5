import Foundation

/// What every text is made into before it is segmented, whatever file it came from: line breaks
/// folded to LF (CRLF and CR), and Unicode composed to NFC, so that "é" typed two ways is one
/// word for the tokenizer, the term base and the memory.
public enum TextNormalisation {
    /// Folds CRLF and CR to LF and composes to NFC.
    public static func normalise(_ text: String) -> String {
        var text = text
        if text.utf8.contains(13) { text = foldingLineBreaks(text) }
        // ASCII is already in NFC.
        return text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
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
