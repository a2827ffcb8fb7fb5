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
}
