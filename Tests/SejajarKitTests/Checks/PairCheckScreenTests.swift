import Foundation
import Testing
@testable import SejajarKit

/// The byte screens in front of the address and doublet checks: a text the screen passes over
/// must be one the full scan finds nothing in.
struct PairCheckScreenTests {
    @Test(arguments: [
        ("see https://example.org/a, or write to info@example.org.", ["https://example.org/a", "info@example.org"]),
        ("(WWW.Example.com/path)", ["WWW.Example.com/path"]),
        ("wwww.site.net/x y", []),  // "www." must begin the word
        ("a/b and c@d and www and http:/x", []),
    ])
    func addressesAreFoundBehindTheScreen(text: String, expected: [String]) {
        #expect(AddressCheck.addresses(text) == expected)
        #expect(AddressCheck.addresses(text, screened: false) == expected)
    }

    @Test func theAddressScreenLetsThroughEveryTextWithAnAddress() {
        let pieces = ["w", "W", "ww", "www", ".", ":", "/", "//", "@", "a", "é", " ", "\"", "(", ")", "ftp", "x.y", "«", "“"]
        var generator = SeededGenerator(seed: 32)
        var withAddress = 0
        for _ in 0..<5000 {
            let text = generator.text(of: pieces, count: Int.random(in: 1...16, using: &generator))
            let full = AddressCheck.addresses(text, screened: false)
            withAddress += full.isEmpty ? 0 : 1
            #expect(AddressCheck.addresses(text) == full, "\(text)")
        }
        #expect(withAddress > 300)
    }

    @Test(arguments: [
        "los comités del Partido y comités del Partido",
        "pengaduan, pengaduan dan keluhan",
        "rumah, rumah sakit, pusat perbelanjaan",
        "uno dos tres cuatro cinco, y uno dos tres cuatro cinco",
        "la la la la",
    ])
    func doubletsAreFoundBehindTheScreen(text: String) {
        #expect(DoubletCheck.spans(text) == DoubletCheck.spans(text, screened: false))
    }

    @Test func theDoubletScreenLetsThroughEveryTextWithADoublet() {
        let pieces = ["comité ", "Comité ", "comite\u{301} ", "del ", "partido ", "y ", "dan ", ", ", "mmm ", "itu ", "la ", "uno ", "dos ", "tres ",
                      "sah ", "pro-", "-", "«", "\u{A0}", "\t", "ÑOÑO ", "ñoño ", "日本 ", "7 "]
        var generator = SeededGenerator(seed: 28)
        var withDoublet = 0
        for _ in 0..<3000 {
            let text = generator.text(of: pieces, count: Int.random(in: 1...20, using: &generator))
            let full = DoubletCheck.spans(text, screened: false)
            withDoublet += full.isEmpty ? 0 : 1
            #expect(DoubletCheck.spans(text) == full, "\(text)")
        }
        #expect(withDoublet > 50)
    }

    @Test func theUntranslatedScreenReadsTheFirstWordTheTokensHave() {
        let pieces = ["1", ".", ",", "500", "abc", "Ábc", " ", "-", "日本", "ภาษาไทย", "\u{301}", "3rd", "ß", "ⅻ", "x", "'"]
        var generator = SeededGenerator(seed: 31)
        for _ in 0..<3000 {
            let text = generator.text(of: pieces, count: Int.random(in: 1...12, using: &generator))
            #expect(UntranslatedCheck.firstWord(text) == Tokenizer.tokens(text).first { !$0.isNumber }?.folded, "\(text)")
        }
    }

    @Test(arguments: [" ", ", ", "\t,\t", " y ", "\u{A0}, ", " — ", "  ", "", " ,\u{2003}", "\r\n"])
    func gapsAreTrimmedAsFoundationTrimsThem(gap: String) {
        #expect(DoubletCheck.trimmedGap(ArraySlice(Array(gap))) == gap.trimmingCharacters(in: .whitespaces))
    }
}
