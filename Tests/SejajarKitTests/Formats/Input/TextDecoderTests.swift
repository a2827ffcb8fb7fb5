import Foundation
import Testing
@testable import SejajarKit

struct TextDecoderTests {
    @Test func readsUTF8WithAndWithoutBOM() throws {
        #expect(try TextDecoder.decode(Array("año".utf8), path: "a") == "año")
        #expect(try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("año".utf8), path: "a") == "año")
    }

    @Test func readsUTF16WithBOM() throws {
        let little: [UInt8] = [0xFF, 0xFE] + "añ\r\no".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + "añ\ro".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(little, path: "a") == "añ\no")
        #expect(try TextDecoder.decode(big, path: "a") == "añ\no")
    }

    @Test func foldsLineEndingsAndComposesNFC() throws {
        let decomposed = "a\u{0301}\r\nb\rc"
        #expect(try TextDecoder.decode(Array(decomposed.utf8), path: "a") == "á\nb\nc")
    }

    @Test func reportsTheByteOffsetOfInvalidUTF8() {
        let bytes: [UInt8] = Array("Komentar ".utf8) + [0xC3, 0x28] + Array(" ok".utf8)
        #expect(throws: SejajarError.invalidEncoding(path: "id.txt", byteOffset: 10, reason: "invalid UTF-8")) {
            try TextDecoder.decode(bytes, path: "id.txt")
        }
        #expect(TextDecoder.firstInvalidUTF8Offset([0x61, 0xFF]) == 1)
        #expect(TextDecoder.firstInvalidUTF8Offset([0xE2, 0x82]) == 0)  // truncated sequence
        #expect(TextDecoder.firstInvalidUTF8Offset([0xC0, 0xAF]) == 0)  // overlong
        #expect(TextDecoder.firstInvalidUTF8Offset([0xED, 0xA0, 0x80]) == 1)  // surrogate
    }

    @Test func reportsUnpairedSurrogatesInUTF16() {
        #expect(throws: SejajarError.invalidEncoding(path: "x", byteOffset: 2, reason: "unpaired UTF-16 surrogate")) {
            try TextDecoder.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], path: "x")
        }
    }

    @Test func missingFileIsAnIOError() {
        #expect(throws: SejajarError.io(path: "/nonexistent/x.txt", message: "no such file")) {
            try TextDecoder.read(path: "/nonexistent/x.txt")
        }
    }

    @Test func readsUTF32WithBOMInBothByteOrders() throws {
        let little: [UInt8] = [0xFF, 0xFE, 0x00, 0x00] + "año 🎉".unicodeScalars.flatMap { scalar in
            (0..<4).map { UInt8((scalar.value >> (8 * UInt32($0))) & 0xFF) }
        }
        let big: [UInt8] = [0x00, 0x00, 0xFE, 0xFF] + "año 🎉".unicodeScalars.flatMap { scalar in
            (0..<4).reversed().map { UInt8((scalar.value >> (8 * UInt32($0))) & 0xFF) }
        }
        #expect(try TextDecoder.decode(little, path: "a") == "año 🎉")
        #expect(try TextDecoder.decode(big, path: "a") == "año 🎉")
    }

    @Test(arguments: [
        (Array("Hola".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), 1, "UTF-16 without a byte-order mark"),
        (Array("Hola".unicodeScalars.flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] }), 1, "UTF-32 without a byte-order mark"),
        ([0x48, 0x6F, 0x00, 0x6C, 0x61], 2, "NUL byte"),
        (Array("Hola \u{1B}[31m".utf8), 5, "control character U+001B"),
        (Array("año\u{7F}".utf8), 4, "control character U+007F"),
        (Array("it\u{92}s".utf8), 2, "control character U+0092 (text in Windows-1252 read as Latin-1?)"),
    ] as [([UInt8], Int, String)])
    func refusesTextFullOfNULsOrControlsWithItsByteOffset(_ bytes: [UInt8], _ offset: Int, _ reason: String) {
        do {
            _ = try TextDecoder.decode(bytes, path: "x.txt")
            Issue.record("accepted")
        } catch {
            guard case .invalidEncoding(let path, let at, let message) = error else { Issue.record("\(error)"); return }
            #expect(path == "x.txt")
            #expect(at == offset)
            #expect(message.contains(reason), "\(message)")
        }
    }

    @Test func keepsTabsPageBreaksAndNoBreakSpaces() throws {
        #expect(try TextDecoder.decode(Array("a\tb\u{0C}c\u{A0}d".utf8), path: "a") == "a\tb\u{0C}c\u{A0}d")
    }
}
