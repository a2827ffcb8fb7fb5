import Foundation
import Testing
@testable import SejajarKit

struct TextNormalisationTests {
    static let composedAlone: [Unicode.Scalar] = (0..<0x20D0).compactMap { Unicode.Scalar(UInt32($0)) }
        .filter(TextNormalisation.isComposedAlone)

    /// Every scalar taken as NFC by itself is one Foundation leaves alone, alone and after any
    /// letter it could compose with (Latin, Greek, Cyrillic, Hangul, Indic and Sinhala bases).
    @Test func theScalarsTakenAsComposedAreLeftAloneByComposition() {
        let bases = ["a", "E", "o", "u", "ω", "и", "가", "\u{1100}", "अ", "ক", "ଏ", "க", "ക", "ක", "ေ", "\u{E9}"]
        for scalar in Self.composedAlone {
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(scalar.value, radix: 16))")
            for base in [""] + bases {
                let text = base + String(scalar)
                #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars),
                        "U+\(String(scalar.value, radix: 16)) after \(base)")
            }
        }
    }

    @Test(arguments: [
        ("El Gobierno “municipal” — 3 €", true),
        ("Thành phố Hồ Chí Minh", true),
        ("cafe\u{301}", false),  // a combining mark: composed by Foundation
        ("\u{212B}ngström", false),  // the Angstrom sign composes to Å
        ("\u{2000}", false),  // EN QUAD is a singleton: NFC makes it EN SPACE
        ("日本", false),
    ])
    func textsOutsideTheScalarsAreComposedByFoundation(text: String, composed: Bool) {
        #expect(TextNormalisation.isComposed(text) == composed)
        #expect(TextNormalisation.normalise(text).unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }
}
