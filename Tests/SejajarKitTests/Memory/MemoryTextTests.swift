import Foundation
import Testing
@testable import SejajarKit

/// How the store normalises, hashes, folds and keeps text.
struct MemoryTextTests {
    @Test("white space collapsed, NFC, none at the ends")
    func normalised() {
        #expect(MemoryText.normalised("  El\tComite\u{301}  aprobó\n ") == "El Comité aprobó")
        let segment = Segment(parts: [.text("  Ver  "), .element(name: "ph", attributes: [], children: [.text("<br/>")]), .text("  nota ")])
        #expect(MemoryText.normalised(segment).parts == [.text("Ver "), .element(name: "ph", attributes: [], children: [.text("<br/>")]), .text(" nota")])
    }

    @Test("language tags in one case", arguments: [("ES", "es"), ("es-es", "es-ES"), ("pt_br", "pt-BR"), ("zh-hant-tw", "zh-Hant-TW"), ("sr-latn", "sr-Latn")])
    func tags(_ tag: String, _ canonical: String) {
        #expect(MemoryText.canonicalTag(tag) == canonical)
    }

    @Test("the hash is the same in every process and version (it is stored)")
    func stableHash() {
        #expect(MemoryText.hash("") == Int64(bitPattern: 0xcbf2_9ce4_8422_2325))
        #expect(MemoryText.hash("a") == Int64(bitPattern: 0xaf63_dc4c_8601_ec8c))
        #expect(MemoryText.hash("es", "x") != MemoryText.hash("esx"))
    }

    @Test("markup survives its JSON form")
    func markup() throws {
        let segment = Segment(parts: [.text("Ver \"la\" \\ nota\n"), .element(name: "bpt", attributes: [.init(name: "i", value: "1"), .init(name: "type", value: "bold")],
                                                                              children: [.text("<b>")]), .text("\u{1}x")])
        let json = try #require(MemoryText.markup(of: segment))
        #expect(MemoryText.segment(markup: json) == segment)
        #expect(MemoryText.markup(of: Segment("plain")) == nil)
        #expect(MemoryText.segment(markup: "[{\"e\": 3}]") == nil)
        #expect(MemoryText.segment(markup: "not json") == nil)
    }

    @Test("folded text keeps where each character came from")
    func offsets() {
        let (folded, origin) = MemoryText.foldedWithOffsets("Straße Comité", language: "de")
        #expect(String(folded) == "strasse comite")
        #expect(origin[4] == 4 && origin[5] == 4 && origin[6] == 5)
    }

    @Test("index words: folded words and numbers, no punctuation")
    func indexWords() {
        #expect(MemoryText.indexWords("El Comité, en 2024.", language: "es") == "el comite en 2024")
        #expect(MemoryText.indexCharacters("Quận Ba Đình", language: "vi") == "quận ba đình")
    }

    @Test("TMX dates and typed days", arguments: [
        ("20240301T120000Z", Int64(1_709_294_400)), ("19700101T000000Z", 0), ("20000229T235959Z", 951_868_799),
    ])
    func dates(_ tmx: String, _ seconds: Int64) {
        #expect(MemoryDate.seconds(tmx: tmx) == seconds)
        #expect(MemoryDate.tmx(seconds) == tmx)
    }

    @Test func badDates() {
        for text in ["20230229T000000Z", "2024031T120000Z", "20241301T000000Z", "x"] { #expect(MemoryDate.seconds(tmx: text) == nil) }
        #expect(MemoryDate.seconds(day: "2024-03-01") == 1_709_251_200)
        #expect(MemoryDate.seconds(day: "2024-03-01T12:00:00Z") == 1_709_294_400)
        #expect(MemoryDate.seconds(day: "2024-3-1") == nil && MemoryDate.seconds(day: "yesterday") == nil)
        #expect(MemoryDate.day(1_709_294_400) == "2024-03-01" && MemoryDate.iso(0) == "1970-01-01T00:00:00Z")
    }
}
