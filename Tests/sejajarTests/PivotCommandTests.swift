import Foundation
import Testing

/// `sejajar align ORIGINAL FIRST SECOND --to A,B`: three renderings of one original.
struct PivotCommandTests {
    static let vi = CLI.sample("ntrex-doc010.vi"), es = CLI.sample("ntrex-doc010.es"), id = CLI.sample("ntrex-doc010.id")
    static let three = [vi, es, id, "--from", "vi", "--to", "es,id", "--input", "lines"]

    /// The Indonesian without its sentence 13, written in `folder`.
    static func cut(in folder: String) throws -> String {
        var lines = try String(contentsOfFile: id, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.remove(at: 13)
        let path = folder + "/cut.id"
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theJSONHoldsAllThreeAlignmentsAndTheUnits() throws {
        let result = try CLI.run(["align"] + Self.three)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "sejajar-pivot")
        #expect(json["languages"] as? [String] == ["vi", "es", "id"])
        let alignments = try #require(json["alignments"] as? [[String: Any]])
        #expect(alignments.count == 3)
        let languages = alignments.map { [($0["source"] as? [String: Any])?["language"] as? String, ($0["target"] as? [String: Any])?["language"] as? String] }
        #expect(languages == [["vi", "es"], ["vi", "id"], ["es", "id"]])
        #expect(alignments.allSatisfy { $0["verdict"] as? String == "parallel" })
        let units = try #require(json["units"] as? [[String: Any]])
        #expect(units.count == 18 && units.allSatisfy { $0["shape"] as? String == "1-1-1" })
        // One summary line per alignment on standard error.
        #expect(result.stderr.split(separator: "\n").filter { $0.contains(": parallel, ") }.count == 3)
    }

    @Test func eachUnitOfTheMemoryHasATuvPerLanguage() throws {
        let result = try CLI.run(["align"] + Self.three + ["--format", "tmx"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "<tu ").count - 1 == 18)
        for language in ["vi", "es", "id"] {
            #expect(result.stdout.components(separatedBy: "<tuv xml:lang=\"\(language)\">").count - 1 == 18)
        }
        #expect(result.stdout.contains("<prop type=\"x-bead\">1-1-1</prop>"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pivot-\(UUID().uuidString).tmx").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try result.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        // Valid against the TMX 1.4 DTD.
        let xmllint = Process()
        xmllint.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        xmllint.arguments = ["--noout", "--nonet", "--dtdvalid", CLI.root.appendingPathComponent("Tests/SejajarKitTests/Fixtures/tmx14.dtd").path, file]
        try xmllint.run()
        xmllint.waitUntilExit()
        #expect(xmllint.terminationStatus == 0)
    }

    @Test func aSentenceOneTranslationLeftOutIsUnpairedBetweenTheTranslations() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cut = try Self.cut(in: folder)
        let result = try CLI.run(["align", Self.vi, Self.es, cut, "--from", "vi", "--to", "es,id", "--input", "lines", "--format", "ladder"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("[13]:[]:") })
    }

    @Test func checkNamesASentenceOneTranslationLeftOut() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cut = try Self.cut(in: folder)
        let result = try CLI.run(["check", Self.vi, Self.es, cut, "--from", "vi", "--to", "es,id", "--input", "lines", "--fail-on", "warning"])
        #expect(result.status == 1, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("[pivot.one-sided]") })
        #expect(line.hasPrefix("\(Self.vi):14:1: warning: [pivot.one-sided] the original's line 14 "))
        #expect(line.hasSuffix("is rendered in es (ntrex-doc010.es:14) but missing from id"))
        #expect(result.stderr.contains("pivot.one-sided"))
    }

    @Test func theReportShowsTheThreeTextsInThreeColumns() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CLI.run(["check", Self.vi, Self.es, try Self.cut(in: folder), "--from", "vi", "--to", "es,id", "--input", "lines", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.contains("<body data-units=\"18\">"))
        #expect(html.components(separatedBy: "<td class=\"original").count - 1 == 18)
        #expect(html.components(separatedBy: "<td class=\"second missing\" lang=\"id\">").count - 1 == 1)
        #expect(html.contains("<code>pivot.one-sided</code> the original&#39;s line 14") || html.contains("<code>pivot.one-sided</code> the original's line 14"))
        #expect(!html.contains("<script"))
    }

    @Test("three texts need two languages, and two need one", arguments: [
        (["align", vi, es, id, "--from", "vi", "--to", "es"], "two languages in --to"),
        (["align", vi, es, "--from", "vi", "--to", "es,id"], "give ORIGINAL FIRST SECOND"),
        (["check", vi, es, "--from", "vi", "--to", "es,id"], "names two translations"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status != 0 && !result.signalled)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
