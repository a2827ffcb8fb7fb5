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
        let withAddress = Self.screenAgrees(pieces: pieces, seed: 32, texts: 5000, longest: 16) { AddressCheck.addresses($0, screened: $1) }
        #expect(withAddress > 300)
    }

    @Test(arguments: [
        "los comités del Partido y comités del Partido",
        "pengaduan, pengaduan dan keluhan",
        "rumah, rumah sakit, pusat perbelanjaan",
        "uno dos tres cuatro cinco, y uno dos tres cuatro cinco",
        "la la la la",
        "los que, los que",
        "Comités, y COMITÉS del Partido",
        "sah atau sah",
        "pengaduan ,pengaduan",
    ])
    func doubletsAreFoundBehindTheScreen(text: String) {
        #expect(DoubletCheck.spans(text) == DoubletCheck.spans(text, screened: false))
    }

    @Test func theDoubletScreenLetsThroughEveryTextWithADoublet() {
        let pieces = ["comité ", "Comité ", "comite\u{301} ", "del ", "partido ", "y ", "dan ", ", ", "mmm ", "itu ", "la ", "uno ", "dos ", "tres ",
                      "sah ", "pro-", "-", "«", "\u{A0}", "\t", "ÑOÑO ", "ñoño ", "日本 ", "7 ", "và ", "hoặc ", "Y ", "yang ", "YANG ",
                      "atau ", ",", " ,", "2024 ", "que ", "qué ", "brr "]
        let withDoublet = Self.screenAgrees(pieces: pieces, seed: 28, texts: 3000, longest: 20) { DoubletCheck.spans($0, screened: $1) }
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

    /// Over `texts` generated texts of up to `longest` pieces: `scan` screened finds what it finds
    /// unscreened. How many texts it found something in (so that the texts test the screen).
    static func screenAgrees<T: Equatable>(pieces: [String], seed: UInt64, texts: Int, longest: Int,
                                           _ scan: (String, Bool) -> [T]) -> Int {
        var generator = SeededGenerator(seed: seed)
        var found = 0
        for _ in 0..<texts {
            let text = generator.text(of: pieces, count: Int.random(in: 1...longest, using: &generator))
            let full = scan(text, false)
            found += full.isEmpty ? 0 : 1
            #expect(scan(text, true) == full, "\(text)")
        }
        return found
    }

    @Test(arguments: [" ", ", ", "\t,\t", " y ", "\u{A0}, ", " — ", "  ", "", " ,\u{2003}", "\r\n"])
    func gapsAreTrimmedAsFoundationTrimsThem(gap: String) {
        #expect(DoubletCheck.trimmedGap(ArraySlice(Array(gap))) == gap.trimmingCharacters(in: .whitespaces))
    }
}
