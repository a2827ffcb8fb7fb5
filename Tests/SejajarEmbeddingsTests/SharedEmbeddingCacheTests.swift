import Foundation
import SejajarKit
import Testing
@testable import SejajarEmbeddings

/// The cache of a corpus aligned as many jobs: a shared cache read-only, each job's additions in
/// its own, merged into the shared one after.
@Suite struct SharedEmbeddingCacheTests {
    func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sejajar-shared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test("jobs' caches merge into the shared one, which they only read; the first vector of a text wins")
    func mergeIntoShared() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let shared = try EmbeddingCache(directory: root + "/shared")
        try shared.store(model: "e5", vectors: [("Hola.", [1, 0])])
        try EmbeddingCache(directory: root + "/0").store(model: "e5", vectors: [("Adiós.", [0, 1]), ("Hola.", [9, 9])])
        try EmbeddingCache(directory: root + "/1").store(model: "e5", vectors: [("Gracias.", [1, 1]), ("Adiós.", [5, 5])])
        let reading = try EmbeddingCache(readingOnly: root + "/shared")
        #expect(reading.isReadOnly)
        #expect(throws: SejajarError.self) { try reading.store(model: "e5", vectors: [("Sí.", [2, 2])]) }
        #expect(try shared.merge([root + "/0", root + "/1"]) == 2)
        #expect(try reading.vectors(model: "e5", texts: ["Hola.", "Adiós.", "Gracias.", "Sí."])
                == ["Hola.": [1, 0], "Adiós.": [0, 1], "Gracias.": [1, 1]])
        #expect(try shared.merge([root + "/0"]) == 0)
    }

    @Test("a shared cache that is not there is an error naming it")
    func missingShared() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: SejajarError.self) { try EmbeddingCache(readingOnly: root + "/none") }
    }
}
