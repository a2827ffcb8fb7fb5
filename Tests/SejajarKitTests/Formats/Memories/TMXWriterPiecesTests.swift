import Foundation
import Testing
@testable import SejajarKit

/// A memory written in pieces as it streams by (`tmx merge`) is the memory written whole.
struct TMXWriterPiecesTests {
    @Test func piecesMakeTheWholeFile() throws {
        let path = Bundle.module.path(forResource: "omegat-3.6-pseudotranslate-tmx11", ofType: "tmx", inDirectory: "Fixtures")!
        let memory = try TMXReader().read(path: path)
        #expect(memory.units.count >= 2)
        let writer = TMXWriter()
        let (head, tail) = try writer.pieces(memory.header)
        for cut in [0, 1, memory.units.count] {
            let first = try writer.body(Array(memory.units.prefix(cut)), header: memory.header)
            let second = try writer.body(Array(memory.units.dropFirst(cut)), header: memory.header)
            #expect(head + first.text + second.text + tail == (try writer.write(memory).text), "cut at \(cut)")
        }
        #expect(head + tail == (try writer.write(TranslationMemory(header: memory.header)).text))
    }
}
