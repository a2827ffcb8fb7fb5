import Foundation
import GRDB
import SejajarKit
import Testing
@testable import SejajarMemory

/// A real store in a temporary folder: adding, deduplicating, searching, looking up, exporting,
/// removing; transactions, concurrency, migrations and hostile files.
@Suite struct MemoryStoreTests {
    /// A fresh folder, removed by the caller.
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sejajar-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func record(_ source: String, _ target: String, from: String = "es", to: String = "id", context: String? = nil,
                       origin: MemoryProvenance.Origin = .translated, reviewed: Bool = false, date: Int64? = nil,
                       confidence: Double? = nil) -> MemoryRecord {
        MemoryRecord(sourceLanguage: from, source: Segment(source), targetLanguage: to, target: Segment(target), context: context,
                     provenance: MemoryProvenance(file: "f", line: 1, date: date, confidence: confidence, reviewed: reviewed, origin: origin))
    }

    /// Adds `records` as `file`.
    @discardableResult
    static func add(_ store: MemoryStore, _ records: [MemoryRecord], file: String = "a.tmx", added: Int64 = 1_700_000_000) throws -> MemoryAddCounts {
        try store.add(file: file, added: added) { sink throws(SejajarError) in
            for record in records { try sink(record) }
            return "test"
        }
    }

    /// A store in a new folder and its folder.
    static func store() throws -> (MemoryStore, String) {
        let folder = try folder()
        return (try MemoryStore(path: folder + "/memory.sqlite", create: true), folder)
    }

    static let sample = [
        record("El Comité Popular de la provincia aprobó el plan de 2024.", "Komite Rakyat provinsi menyetujui rencana tahun 2024."),
        record("El Comité Popular de la provincia rechazó el plan de 2024.", "Komite Rakyat provinsi menolak rencana tahun 2024."),
        record("El Comité Popular de la provincia aprobó el plan de 2023.", "Komite Rakyat provinsi menyetujui rencana tahun 2023.", origin: .aligned),
        record("La campaña de vacunación empieza el lunes.", "Kampanye vaksinasi dimulai hari Senin."),
        record("Los comités populares de los distritos se reunieron.", "Komite rakyat kabupaten bertemu."),
        record("Ủy ban nhân dân quận Ba Đình họp.", "El Comité Popular del distrito de Ba Dinh se reunió.", from: "vi", to: "es"),
        record("Các quan chức địa phương đã họp.", "Los funcionarios locales se reunieron.", from: "vi", to: "es"),
    ]

    @Test("units are added once: the same normalised pair again is a duplicate, a new file adds nothing new")
    func deduplication() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var first = try Self.add(store, Self.sample + [Self.record("El  Comite\u{301} Popular de la provincia aprobó el plan de 2024. ", "Komite Rakyat provinsi menyetujui rencana tahun 2024.")])
        #expect(first.added == 7 && first.duplicates == 1 && first.read == 8)
        first = try Self.add(store, Self.sample, file: "b.tmx")
        #expect(first.added == 0 && first.duplicates == 7 && first.newSegments == 0)
        // Another context makes another unit; an empty side is left out.
        let third = try Self.add(store, [Self.record("La campaña de vacunación empieza el lunes.", "Kampanye vaksinasi dimulai hari Senin.", context: "Antes."),
                                         Self.record("Texto.", "  ")], file: "c.tmx")
        #expect(third.added == 1 && third.empty == 1)
        let statistics = try store.statistics()
        #expect(statistics.units == 8)
        #expect(statistics.segments == 14)
        #expect(statistics.files.map(\.unitsAdded) == [7, 0, 1])
        #expect(statistics.languagePairs.first == MemoryStatistics.LanguagePair(source: "es", target: "id", units: 6))
        #expect(statistics.aligned == 1 && statistics.translated == 7)
    }

    @Test("word search ignores case and accents in Spanish, keeps tones in Vietnamese, marks the words")
    func wordSearch() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.add(store, Self.sample)
        let hits = try store.search("comite popular", languages: ["es"])
        // Whole words, folded: the three sources and the target with "Comité Popular"; not
        // "comités populares" (another word: --substring finds it).
        #expect(hits.count == 4)
        #expect(hits.allSatisfy { $0.text.contains("Comité Popular") })
        #expect(hits[0].marks.map { Array(hits[0].text)[$0].count } == [6, 7])
        // A hit is a source in one unit and a target in another.
        let both = try store.search("Ba Dinh", languages: ["es"])
        #expect(both.count == 1 && both[0].uses.count == 1 && !both[0].uses[0].isSource && both[0].uses[0].other.language == "vi")
        #expect(try store.search("quan", languages: ["vi"]).map(\.text) == ["Các quan chức địa phương đã họp."])
        #expect(try store.search("quận").map(\.text) == ["Ủy ban nhân dân quận Ba Đình họp."])
        #expect(try store.search("nada parecido").isEmpty)
    }

    @Test("substring search finds a piece of a word, folded, and refuses fewer than three characters")
    func substringSearch() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.add(store, Self.sample)
        let hits = try store.search("omité", languages: ["es"], mode: .substring)
        #expect(hits.count == 5)
        let first = try #require(hits.first)
        #expect(first.marks.map { String(Array(first.text)[$0]) } == ["omité"])
        #expect(try store.search("kampanye vaks", mode: .substring).map(\.language) == ["id"])
        #expect(try store.search("ampaña", side: .target, mode: .substring).isEmpty)
        #expect(throws: SejajarError.self) { try store.search("ab", mode: .substring) }
    }

    @Test("lookup scores in bands, ranks a number-only difference above a word difference, penalises aligned units")
    func lookup() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.add(store, Self.sample)
        let matches = try store.lookup("El Comité Popular de la provincia aprobó el plan de 2025.", from: "es", to: "id", previous: nil, minimum: 50, top: 5)
        #expect(matches.map(\.score.percent) == [99, 98, 85], "\(matches.map(\.score))")
        // 2023 (aligned: 99 − 1) and 2024 differ only in the number; "rechazó" is another word.
        #expect(matches[0].score.kind == .formatting && matches[1].score.kind == .formatting)
        #expect(matches[0].unit.source.text.hasSuffix("2024.") && matches[0].score.percent == 99)
        #expect(matches[1].unit.source.text.hasSuffix("2023.") && matches[1].penalties == [.init(reason: "aligned", points: 1)])
        #expect(matches[2].score.kind == .fuzzy && matches[2].unit.source.text.contains("rechazó"))
        #expect(matches[2].score.differences.count == 2)
        #expect(try store.lookup("El Comité Popular de la provincia aprobó el plan de 2025.", from: "es", to: "id", previous: nil, minimum: 95, top: 5).count == 2)
        #expect(try store.lookup("El Comité Popular de la provincia aprobó el plan de 2025.", from: "es", to: "vi", previous: nil, minimum: 50, top: 5).isEmpty)
        #expect(try store.lookup("El Comité Popular de la provincia aprobó el plan de 2025.", from: "es", to: nil, previous: nil, minimum: 50, top: 1).count == 1)
        #expect(try store.lookup("Nada que ver con esto.", from: "es", to: nil, previous: nil, minimum: 50, top: 5).isEmpty)
    }

    @Test("an exact match after the same previous segment is a context match (101)")
    func contextMatch() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.add(store, [Self.record("Se aprobó.", "Disetujui.", context: "El plan llegó."),
                             Self.record("Se aprobó.", "Itu disetujui.", context: "Otra cosa.")])
        let matches = try store.lookup("Se aprobó.", from: "es", to: "id", previous: "El  plan llegó.", minimum: 70, top: 5)
        #expect(matches.map(\.score.percent) == [101, 100])
        #expect(matches[0].unit.target.text == "Disetujui." && matches[0].score.kind == .context)
    }

    @Test("filters: languages, dates, origin, reviewed, confidence, file")
    func filters() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.add(store, [Self.record("Uno.", "Satu.", origin: .aligned, reviewed: true, date: 1_700_000_000, confidence: 0.9),
                             Self.record("Dos.", "Dua.", origin: .aligned, date: 1_600_000_000, confidence: 0.6),
                             Self.record("Tres.", "Ba.", from: "es-ES", to: "vi")], file: "/x/first.tmx")
        try Self.add(store, [Self.record("Cuatro.", "Empat.")], file: "second.tmx")
        func texts(_ filter: MemoryFilter) throws -> [String] {
            var found: [String] = []
            try store.forEachUnit(filter) { found.append($0.source.text) }
            return found
        }
        #expect(try texts(MemoryFilter()) == ["Uno.", "Dos.", "Tres.", "Cuatro."])
        #expect(try texts(MemoryFilter(sourceLanguage: "es")) == ["Uno.", "Dos.", "Tres.", "Cuatro."])
        #expect(try texts(MemoryFilter(sourceLanguage: "es-ES")) == ["Tres."])
        #expect(try texts(MemoryFilter(targetLanguage: "id")) == ["Uno.", "Dos.", "Cuatro."])
        #expect(try texts(MemoryFilter(since: 1_650_000_000)) == ["Uno.", "Tres.", "Cuatro."])
        #expect(try texts(MemoryFilter(until: 1_650_000_000)) == ["Dos."])
        #expect(try texts(MemoryFilter(origin: .aligned)) == ["Uno.", "Dos."])
        #expect(try texts(MemoryFilter(origin: .translated)) == ["Tres.", "Cuatro."])
        #expect(try texts(MemoryFilter(reviewedOnly: true)) == ["Uno."])
        #expect(try texts(MemoryFilter(minimumConfidence: 0.8)) == ["Uno.", "Tres.", "Cuatro."])
        #expect(try texts(MemoryFilter(file: "first.tmx")) == ["Uno.", "Dos.", "Tres."])
        #expect(try texts(MemoryFilter(file: "second.tmx")) == ["Cuatro."])
        #expect(try texts(MemoryFilter(file: "irst.tmx")).isEmpty)
    }

    static let glossary = Glossary(concepts: [
        Concept(id: "c001", subjectField: "State bodies", terms: [
            Term(language: "es", text: "Comité Popular", status: .preferred),
            Term(language: "id", text: "Komite Rakyat", status: .preferred),
            Term(language: "id", text: "Panitia Rakyat", status: .deprecated),
        ]),
    ])

    @Test("a concept's units, grouped by rendering, and the concept filter")
    func concepts() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.add(store, Self.sample + [Self.record("Los Comités Populares firmaron.", "Panitia Rakyat menandatangani."),
                                           Self.record("El Comité Popular habló.", "Pemerintah berbicara.")])
        let usage = try store.conceptUsage("c001", glossary: Self.glossary)
        #expect(usage.groups.map(\.rendering) == ["Komite Rakyat", "Komite rakyat", "Panitia Rakyat", nil] || usage.groups.count == 3,
                "\(usage.groups.map { ($0.rendering, $0.units.count) })")
        #expect(usage.groups.first?.units.count == 4 && usage.groups.first?.status == .preferred)
        #expect(usage.groups.contains { $0.rendering == "Panitia Rakyat" && $0.status == .deprecated })
        #expect(usage.groups.contains { $0.rendering == nil && $0.units.map(\.target.text) == ["Pemerintah berbicara."] })
        var exported = 0
        try store.forEachUnit(MemoryFilter(concept: "c001"), glossary: Self.glossary) { _ in exported += 1 }
        #expect(exported == usage.groups.reduce(0) { $0 + $1.units.count })
        #expect(throws: SejajarError.usage(message: "the term base has no concept 'c999'")) {
            try store.forEachUnit(MemoryFilter(concept: "c999"), glossary: Self.glossary) { _ in }
        }
    }

    @Test("removing units takes their segments out of both indexes")
    func removal() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.add(store, Self.sample, file: "a.tmx")
        try Self.add(store, [Self.record("Una frase sola.", "Satu kalimat saja.")], file: "b.tmx")
        let removed = try store.remove(MemoryFilter(file: "a.tmx"))
        #expect(removed.units == 7 && removed.segments == 14)
        #expect(try store.search("comité").isEmpty)
        #expect(try store.search("omit", mode: .substring).isEmpty)
        #expect(try store.search("frase").count == 1)
        let counts = try store.read("count") { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM segment_words WHERE segment_words MATCH 'comite'"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM languages"))
        }
        #expect(counts.0 == 0 && counts.1 == 2)
        #expect(try store.statistics().units == 1)
    }

    @Test("a file that fails half-way adds nothing: the store is as it was")
    func failedAdd() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.add(store, Array(Self.sample.prefix(2)))
        let before = try store.statistics()
        #expect(throws: SejajarError.malformed(path: "bad.tmx", line: 9, column: 1, message: "broken")) {
            try store.add(file: "bad.tmx", added: 0) { sink throws(SejajarError) in
                for record in Self.sample { try sink(record) }
                throw .malformed(path: "bad.tmx", line: 9, column: 1, message: "broken")
            }
        }
        let after = try store.statistics()
        #expect(after.units == before.units && after.segments == before.segments && after.files == before.files)
        #expect(try store.search("campaña").isEmpty)
        #expect(try store.search("ampañ", mode: .substring).isEmpty)
    }

    @Test("a reader is not blocked by a writer and sees the store as it was until the writer commits")
    func concurrency() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.add(store, Array(Self.sample.prefix(2)))
        let reader = try MemoryStore(path: store.path, create: false)
        let halfway = DispatchSemaphore(value: 0), readDone = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<MemoryAddCounts, SejajarError>?
        // The writer on a thread of its own, holding its transaction open half-way.
        let writer = Thread {
            outcome = Result { () throws(SejajarError) in
                try store.add(file: "big.tmx", added: 0) { sink throws(SejajarError) in
                    for k in 0..<2000 { try sink(Self.record("Frase número \(k) del documento.", "Kalimat nomor \(k) dokumen.")) }
                    halfway.signal()
                    readDone.wait()
                    for k in 2000..<4000 { try sink(Self.record("Frase número \(k) del documento.", "Kalimat nomor \(k) dokumen.")) }
                    return "test"
                }
            }
            finished.signal()
        }
        writer.start()
        halfway.wait()
        let start = Date()
        let during = try reader.statistics().units
        let found = try reader.lookup("Frase número 7 del documento.", from: "es", to: "id", previous: nil, minimum: 50, top: 3)
        #expect(Date().timeIntervalSince(start) < 5, "the reader waited for the writer")
        readDone.signal()
        finished.wait()
        let counts = try #require(try outcome?.get())
        #expect(during == 2 && found.isEmpty && counts.added == 4000)
        #expect(try reader.statistics().units == 4002)
        #expect(try reader.lookup("Frase número 7 del documento.", from: "es", to: "id", previous: nil, minimum: 50, top: 3).first?.score.percent == 100)
    }

    @Test("migrations: a new store has them all; a store from a newer Sejajar is refused; a new folding rebuilds the indexes")
    func migrations() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.add(store, Self.sample)
        #expect(try store.statistics().schema == "v1: segments, units, files, word and trigram indexes")
        // An older folding: the indexes are emptied by hand, then rebuilt when the store opens.
        try store.write("age") { db in
            try db.execute(sql: "INSERT INTO segment_words(segment_words) VALUES ('delete-all')")
            try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'index-version'")
        }
        #expect(try store.search("campaña").isEmpty)
        let reopened = try MemoryStore(path: store.path, create: false)
        #expect(try reopened.search("campaña").count == 1)
        // A migration this version does not know.
        try store.write("future") { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')") }
        #expect {
            _ = try MemoryStore(path: store.path, create: false)
        } throws: { error in
            (error as? SejajarError)?.diagnosticLine.contains("made by a newer Sejajar") == true
        }
    }

    @Test("hostile stores: garbage, a folder, a FIFO, a missing file; each an error naming it, nothing changed")
    func hostile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let garbage = folder + "/garbage.sqlite"
        let bytes = Data("not a database at all, but someone's notes\n".utf8) + Data(repeating: 0x5A, count: 8192)
        try bytes.write(to: URL(fileURLWithPath: garbage))
        for create in [false, true] {
            #expect { _ = try MemoryStore(path: garbage, create: create) } throws: { error in
                (error as? SejajarError)?.diagnosticLine.hasPrefix("\(garbage): error: not a usable translation memory store") == true
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: garbage)) == bytes)
        #expect { _ = try MemoryStore(path: folder, create: true) } throws: { error in
            (error as? SejajarError)?.diagnosticLine == "\(folder): error: not a regular file, so not a translation memory store; give --memory the path of a .sqlite file"
        }
        let fifo = folder + "/fifo.sqlite"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: SejajarError.self) { _ = try MemoryStore(path: fifo, create: true) }
        let missing = folder + "/none.sqlite"
        #expect { _ = try MemoryStore(path: missing, create: false) } throws: { error in
            (error as? SejajarError)?.diagnosticLine.contains("no translation memory store here") == true
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("SQLite has FTS5 and its trigram tokenizer here (the check that refuses a library without them passes)")
    func capabilities() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try MemoryStore.checkCapabilities(store.pool, path: store.path)
        let version = try store.statistics().sqlite.split(separator: ".").compactMap { Int($0) }
        #expect(version.count >= 2 && (version[0], version[1]) >= (3, 34))
    }
}
