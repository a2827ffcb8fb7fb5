import Foundation
import Testing
@testable import SejajarKit

/// A shard's documents file round-trips (texts, paragraphs, roles, positions, inline codes and
/// words), and a file of another version, cut short at any length, or with any byte changed is
/// one error naming the file.
struct ShardDocumentsFileTests {
    static func documents() -> ShardDocuments {
        var source = Document(path: "/data/a.es", language: "es-ES", paragraphs: [["Hola, mundo.", "¿Qué tal?"], ["Fuente: ejemplo.org"]])
        source.paragraphs[1].role = .sourceLine
        source.sentences[2].role = .sourceLine
        source.sentences[0].breaks = [Sentence.Break(offset: 6, line: 2, column: 1)]
        source.sentences[0].codes = [InlineCode(kind: .bold, start: 0, end: 4), InlineCode(kind: .link, start: 6, end: 11, value: "https://e.org/?a=1&b=2")]
        source.sentences[1].column = 0
        let target = Document(path: "/data/a.id", language: "id", paragraphs: [["Halo, dunia.", "Apa kabar?"], []])
        let empty = Document(path: "/data/b.es", language: "es", paragraphs: [])
        let pairs = [(source, target), (empty, target)]
        let words = Aligner().wordTokens(pairs)
        return ShardDocuments(corpus: "f00d", corpusPairs: 9, shard: 1, shards: 3, members: [2, 7], pairs: pairs, words: words)
    }

    @Test func roundTrips() throws {
        let documents = Self.documents()
        let data = ShardDocumentsWriter().write(documents)
        let read = try ShardDocumentsReader().read(data: data, path: "d")
        #expect(read.isSame(as: documents))
        #expect(read.words.flatMap { $0.flatMap { $0 } }.contains { $0.isMark })
        #expect(read.words.flatMap { $0.flatMap { $0 } }.contains { $0.isCapitalised })
        #expect(ShardDocumentsWriter().write(read) == data)
    }

    /// Every prefix of the file, and the file with any one byte changed, is refused naming it.
    @Test func cutOrDamagedFilesAreRefused() throws {
        let data = ShardDocumentsWriter().write(Self.documents())
        var bad: [(String, Data)] = (0..<data.count).map { ("cut at \($0)", data.prefix($0)) }
        for k in stride(from: 0, to: data.count, by: 1) {
            var changed = data
            changed[k] ^= 0x20
            bad.append(("byte \(k) changed", changed))
        }
        bad.append(("longer", data + Data([0])))
        bad.append(("text", Data("sejajar corpus statistics 1\n".utf8)))
        for (what, bytes) in bad {
            do {
                _ = try ShardDocumentsReader().read(data: bytes, path: "shard.documents")
                Issue.record("\(what): read without an error")
            } catch {
                guard case .io(let path, let message) = error else { Issue.record("\(what): \(error)"); continue }
                #expect(path == "shard.documents" && !message.contains("\n"), "\(what): \(message)")
            }
        }
    }

    /// Numbers that do not hold together are refused even under a matching hash (a file written
    /// by something else than `ShardDocumentsWriter`).
    @Test func inconsistentNumbersAreRefusedUnderAGoodHash() throws {
        var documents = Self.documents()
        documents.members = [7, 2]
        let descending = ShardDocumentsWriter().write(documents)
        #expect(throws: SejajarError.self) { try ShardDocumentsReader().read(data: descending, path: "d") }
        documents = Self.documents()
        documents.pairs[0].0.sentences[0].paragraph = 5
        let beyond = ShardDocumentsWriter().write(documents)
        #expect(throws: SejajarError.self) { try ShardDocumentsReader().read(data: beyond, path: "d") }
        documents = Self.documents()
        documents.members = [2, 9]
        let outside = ShardDocumentsWriter().write(documents)
        #expect(throws: SejajarError.self) { try ShardDocumentsReader().read(data: outside, path: "d") }
    }
}
