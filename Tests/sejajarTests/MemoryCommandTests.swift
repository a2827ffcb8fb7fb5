import Foundation
import SejajarKit
import Testing

/// `sejajar memory` as a user runs it: add, search, lookup, export, stats, remove; a TMX that
/// fails half-way, Ctrl-C during an add, and stores that are not stores.
@Suite struct MemoryCommandTests {
    static let saved = CLI.sample("seed-000-004.alignment.json")

    /// A small TMX: two es-id units, one with a number, and a Vietnamese one.
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="es" datatype="plaintext"/>
          <body>
            <tu creationdate="20240301T120000Z"><tuv xml:lang="es"><seg>El Comité Popular aprobó el plan de 2024.</seg></tuv><tuv xml:lang="id"><seg>Komite Rakyat menyetujui rencana tahun 2024.</seg></tuv></tu>
            <tu creationdate="20230301T120000Z"><prop type="x-reviewed">true</prop><tuv xml:lang="es"><seg>La campaña de vacunación empieza el lunes.</seg></tuv><tuv xml:lang="id"><seg>Kampanye vaksinasi dimulai hari Senin.</seg></tuv></tu>
            <tu srclang="vi"><tuv xml:lang="vi"><seg>Ủy ban nhân dân quận họp.</seg></tuv><tuv xml:lang="es"><seg>El comité popular del distrito se reunió.</seg></tuv></tu>
          </body>
        </tmx>

        """

    /// A folder with the TMX in it, and the store's path there.
    static func setUp() throws -> (folder: String, store: String) {
        let folder = try CLI.temporaryDirectory()
        try Data(tmx.utf8).write(to: URL(fileURLWithPath: folder + "/small.tmx"))
        return (folder, folder + "/memory.sqlite")
    }

    static func units(_ store: String) throws -> Int {
        let result = try CLI.run(["memory", "stats", "--memory", store, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return object?["units"] as? Int ?? -1
    }

    @Test func addSearchLookUpExportStatsRemove() throws {
        let (folder, store) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let added = try CLI.run(["memory", "add", folder + "/small.tmx", Self.saved, "--memory", store])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.contains("small.tmx: 3 units added (6 new segments)"), "\(added.stderr)")
        #expect(added.stderr.contains("seed-000-004.alignment.json: "), "\(added.stderr)")
        // Again: every unit is a duplicate.
        let again = try CLI.run(["memory", "add", folder + "/small.tmx", "--memory", store])
        #expect(again.stderr.contains("0 units added (0 new segments), 3 duplicates"), "\(again.stderr)")

        let search = try CLI.run(["memory", "search", "comite popular", "--memory", store, "--from", "es"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("es  El ⟦Comité⟧ ⟦Popular⟧ aprobó el plan de 2024.\n  → id  Komite Rakyat menyetujui rencana tahun 2024.\n      "
                                        + folder + "/small.tmx:5 · 2024-03-01 · translated\n"), "\(search.stdout)")
        #expect(search.stdout.contains("es  El ⟦comité⟧ ⟦popular⟧ del distrito se reunió.\n  ← vi  Ủy ban nhân dân quận họp."), "\(search.stdout)")

        let lookup = try CLI.run(["memory", "lookup", "El Comité Popular aprobó el plan de 2025.", "--memory", store, "--from", "es", "--to", "id"])
        #expect(lookup.status == 0)
        #expect(lookup.stdout.hasPrefix("""
            1. 99%  numbers, tags or punctuation differ
               es  El Comité Popular aprobó el plan de ⟦2024⟧.
               id  Komite Rakyat menyetujui rencana tahun 2024.
            """), "\(lookup.stdout)")
        let json = try CLI.run(["memory", "lookup", "La campaña de vacunación empieza el martes.", "--memory", store, "--from", "es", "--format", "json"])
        let matches = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["matches"] as? [[String: Any]])
        #expect(matches.first?["percent"] as? Int == 86 && matches.first?["kind"] as? String == "fuzzy", "\(json.stdout)")

        let exported = try CLI.run(["memory", "export", "--memory", store, "--from", "es", "--to", "id", "--reviewed", "--output", folder + "/reviewed.tmx"])
        #expect(exported.status == 0 && exported.stderr.contains("memory export: 1 units"), "\(exported.stderr)")
        let memory = try TMXReader().read(path: folder + "/reviewed.tmx")
        #expect(memory.units.map { $0.variants.map(\.segment.plainText) } == [["La campaña de vacunación empieza el lunes.", "Kampanye vaksinasi dimulai hari Senin."]])
        #expect(memory.units.first?.property("x-reviewed") == "true" && memory.units.first?.creationDate == "20230301T120000Z")
        let xliff = try CLI.run(["memory", "export", "--memory", store, "--format", "xliff", "--file", "small.tmx"])
        #expect(xliff.status == 2 && xliff.stderr.contains("several language pairs"), "\(xliff.stderr)")

        let before = try Self.units(store)
        let removed = try CLI.run(["memory", "remove", "--memory", store, "--file", "small.tmx"])
        #expect(removed.status == 0 && removed.stderr.contains("memory remove: 3 units and 6 segments removed"), "\(removed.stderr)")
        #expect(try Self.units(store) == before - 3)
        let refused = try CLI.run(["memory", "remove", "--memory", store])
        #expect(refused.status == 2 && refused.stderr.contains("give a filter"))
    }

    @Test("a TMX malformed half-way adds nothing, and says where")
    func malformedTMX() throws {
        let (folder, store) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try CLI.run(["memory", "add", Self.saved, "--memory", store, "--quiet"]).status == 0)
        let before = try Self.units(store)
        let broken = Self.tmx.replacingOccurrences(of: "<tu srclang=\"vi\">", with: "<tu srclang=\"vi\"><tuv>")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: folder + "/broken.tmx"))
        let result = try CLI.run(["memory", "add", folder + "/broken.tmx", "--memory", store])
        CommandTests.expectOneLineError(result, naming: folder + "/broken.tmx:7")
        #expect(try Self.units(store) == before)
        #expect(try CLI.run(["memory", "search", "vacunación", "--memory", store]).stdout == "nothing found\n")
    }

    @Test("Ctrl-C during an add leaves the store as it was")
    func interrupted() throws {
        let (folder, store) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try CLI.run(["memory", "add", folder + "/small.tmx", "--memory", store, "--quiet"]).status == 0)
        // The TMX comes through a FIFO: half of it, then the process is interrupted mid-file.
        let fifo = folder + "/stream.tmx"
        #expect(mkfifo(fifo, 0o600) == 0)
        let process = try CLI.start(["memory", "add", fifo, "--memory", store])
        let writer = try #require(FileHandle(forWritingAtPath: fifo))
        var head = Self.tmx.components(separatedBy: "</body>")[0]
        for k in 0..<2000 {
            head += "<tu><tuv xml:lang=\"es\"><seg>Frase \(k).</seg></tuv><tuv xml:lang=\"id\"><seg>Kalimat \(k).</seg></tuv></tu>\n"
        }
        writer.write(Data(head.utf8))
        usleep(1_500_000)
        #expect(process.isRunning)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        try? writer.close()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try Self.units(store) == 3)
        #expect(try CLI.run(["memory", "search", "Frase", "--memory", store]).stdout == "nothing found\n")
    }

    @Test("stores that are not stores: a folder, garbage, a missing one; each one line, exit 2")
    func hostileStores() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        CommandTests.expectOneLineError(try CLI.run(["memory", "add", Self.saved, "--memory", folder]), naming: folder)
        let garbage = folder + "/garbage.sqlite"
        try Data(repeating: 0x41, count: 10_000).write(to: URL(fileURLWithPath: garbage))
        CommandTests.expectOneLineError(try CLI.run(["memory", "stats", "--memory", garbage]), naming: garbage)
        CommandTests.expectOneLineError(try CLI.run(["memory", "add", Self.saved, "--memory", garbage]), naming: garbage)
        #expect(try Data(contentsOf: URL(fileURLWithPath: garbage)) == Data(repeating: 0x41, count: 10_000))
        let missing = folder + "/none.sqlite"
        let result = try CLI.run(["memory", "lookup", "Hola.", "--from", "es", "--memory", missing])
        CommandTests.expectOneLineError(result, naming: missing)
        #expect(result.stderr.contains("sejajar memory add"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        CommandTests.expectOneLineError(try CLI.run(["memory", "add", folder + "/absent.tmx", "--memory", folder + "/m.sqlite"]), naming: folder + "/absent.tmx")
    }

    @Test(arguments: ["memory add", "memory search", "memory lookup", "memory export", "memory stats", "memory remove"])
    func helpWithAnExample(_ command: String) throws {
        let result = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(result.status == 0 && result.stdout.contains("sejajar \(command)") && result.stdout.lowercased().contains("example"))
    }
}
