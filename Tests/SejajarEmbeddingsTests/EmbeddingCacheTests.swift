import Foundation
import SejajarKit
import Testing
@testable import SejajarEmbeddings

@Suite struct EmbeddingCacheTests {
    func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sejajar-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test("vectors stored under a model come back bit for bit, and only under that model")
    func roundTrip() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let vector: [Float] = [0.25, -1.5, .leastNonzeroMagnitude, 3.4028235e38]
        try EmbeddingCache(directory: directory).store(model: "e5", vectors: [("Hola.", vector)])
        // A second process opening the same file sees them.
        let reopened = try EmbeddingCache(directory: directory)
        #expect(try reopened.vectors(model: "e5", texts: ["Hola.", "Adiós."]) == ["Hola.": vector])
        #expect(try reopened.vectors(model: "other", texts: ["Hola."]).isEmpty)
    }

    @Test("a file that is not a cache is an error naming it, and it is left as it was")
    func corruptFile() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/embeddings.sqlite"
        let garbage = Data("this is not SQLite, a user's file that happens to have the name\n".utf8) + Data(repeating: 7, count: 5000)
        try garbage.write(to: URL(fileURLWithPath: path))
        do {
            let cache = try EmbeddingCache(directory: directory)
            _ = try cache.vectors(model: "m", texts: ["x"])
            Issue.record("a garbage file was used as a cache")
        } catch {
            #expect(error.description.hasPrefix("\(path): error: "), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test("a cache file that is a FIFO is an error naming it, not a hang")
    func fifo() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(mkfifo(directory + "/embeddings.sqlite", 0o600) == 0)
        do {
            _ = try EmbeddingCache(directory: directory)
            Issue.record("a FIFO was opened as a cache")
        } catch {
            #expect(error.description.contains("not a regular file"), "\(error.description)")
        }
    }

    @Test("a cache folder that is a file is an error naming it")
    func folderIsAFile() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: SejajarError.self) { try EmbeddingCache(directory: file) }
    }

    @Test("the default folder follows XDG_CACHE_HOME, else HOME")
    func defaultFolder() {
        #expect(EmbeddingCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]) == "/c/sejajar")
        #expect(EmbeddingCache.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.cache/sejajar")
    }
}
