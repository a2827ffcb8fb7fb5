import Foundation
import Testing

/// Every subcommand through its happy path, and bad input through each: the exit status and
/// the shape of the one-line message.
struct CommandTests {
    static let seedES = CLI.sample("seed-000.es.txt"), seedID = CLI.sample("seed-004.id.txt")
    static let doc010ES = CLI.sample("ntrex-doc010.es"), doc010ID = CLI.sample("ntrex-doc010.id")
    static let saved = CLI.sample("ntrex-doc010.alignment.json")

    /// One message on standard error, compiler-style, naming the file.
    static func expectOneLineError(_ result: CLI.Result, naming file: String, status: Int32 = 2,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("sejajar: \(file)"), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(": error: "), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func alignWritesTheSavedAlignmentAndAVerdict() throws {
        let result = try CLI.run(["align", Self.doc010ES, Self.doc010ID, "--from", "es", "--to", "id", "--input", "lines"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["verdict"] as? String == "parallel")
        #expect(result.stderr.contains(": parallel, "))
    }

    @Test func alignNamesAMissingFile() throws {
        Self.expectOneLineError(try CLI.run(["align", "nothere.es", Self.seedID, "--from", "es", "--to", "id"]), naming: "nothere.es")
    }

    @Test func checkPrintsFindingsLikeACompiler() throws {
        let result = try CLI.run(["check", CLI.sample("seed-000-004.alignment.json")])
        #expect(result.status == 0)
        let first = try #require(result.stdout.split(separator: "\n").first)
        #expect(first.contains(": warning: [") || first.contains(": error: ["))
        #expect(result.stderr.contains("findings (glossary: "))
    }

    @Test func checkFailsOnWarningsWhenAsked() throws {
        let result = try CLI.run(["check", CLI.sample("seed-000-004.alignment.json"), "--fail-on", "warning", "--quiet"])
        #expect(result.status == 1)
    }

    @Test func checkNamesAMalformedAlignment() throws {
        let folder = try CLI.temporaryDirectory()
        let bad = folder + "/bad.json"
        try Data("{\"source\": 1}".utf8).write(to: URL(fileURLWithPath: bad))
        Self.expectOneLineError(try CLI.run(["check", bad]), naming: bad)
    }

    @Test func exportWritesTMXAndMoses() throws {
        let folder = try CLI.temporaryDirectory()
        let tmx = try CLI.run(["export", Self.saved, "--format", "tmx"])
        #expect(tmx.status == 0)
        #expect(tmx.stdout.contains("<tmx version=\"1.4\">"))
        #expect(tmx.stderr.hasPrefix("tmx: "))
        let moses = try CLI.run(["export", Self.saved, "--format", "moses", "--output", folder + "/corpus"])
        #expect(moses.status == 0)
        let es = try String(contentsOfFile: folder + "/corpus.es", encoding: .utf8)
        let id = try String(contentsOfFile: folder + "/corpus.id", encoding: .utf8)
        #expect(es.split(separator: "\n").count == id.split(separator: "\n").count)
    }

    @Test func exportRejectsAnOutOfRangeFloor() throws {
        let result = try CLI.run(["export", Self.saved, "--min-confidence", "2"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("sejajar: error: --min-confidence must be between 0 and 1"))
    }

    /// One rule for memories: `align --format tmx` and `align` then `export` give the same units,
    /// and a locked bead under the floor stays in both.
    @Test func alignAndExportPutTheSameBeadsInAMemory() throws {
        let folder = try CLI.temporaryDirectory()
        var file = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.saved))) as? [String: Any])
        var beads = try #require(file["beads"] as? [[String: Any]])
        let lockedAt = try #require(beads.firstIndex { ($0["role"] as? String) == "content" && !(($0["source"] as? [Int]) ?? []).isEmpty
            && !(($0["target"] as? [Int]) ?? []).isEmpty })
        beads[lockedAt]["locked"] = true
        file["beads"] = beads
        let locked = folder + "/locked.json"
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: locked))
        let direct = try CLI.run(["align", "--resume", locked, "--format", "tmx", "--min-confidence", "0.99", "--quiet"])
        #expect(direct.status == 0)
        let resumed = folder + "/resumed.json"
        #expect(try CLI.run(["align", "--resume", locked, "--output", resumed, "--quiet"]).status == 0)
        let exported = try CLI.run(["export", resumed, "--format", "tmx", "--min-confidence", "0.99", "--quiet"])
        #expect(exported.status == 0)
        #expect(direct.stdout == exported.stdout)
        let lockedSource = try #require(beads[lockedAt]["sourceText"] as? String)
        #expect(direct.stdout.contains(lockedSource))
    }

    @Test func tmxStatsCountsAndRejectsAnythingElse() throws {
        let folder = try CLI.temporaryDirectory()
        let memory = folder + "/a.tmx"
        #expect(try CLI.run(["export", Self.saved, "--output", memory, "--quiet"]).status == 0)
        let stats = try CLI.run(["tmx", "stats", memory, "--json"])
        #expect(stats.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect((json["units"] as? Int ?? 0) > 0)
        Self.expectOneLineError(try CLI.run(["tmx", "stats", Self.seedES]), naming: Self.seedES)
    }

    @Test func tmxMergeKeepsEachUnitOnce() throws {
        let folder = try CLI.temporaryDirectory()
        let memory = folder + "/a.tmx"
        #expect(try CLI.run(["export", Self.saved, "--output", memory, "--quiet"]).status == 0)
        let merged = try CLI.run(["tmx", "merge", memory, memory, "--output", folder + "/both.tmx"])
        #expect(merged.status == 0)
        #expect(merged.stderr.contains("duplicates dropped"))
        let usage = try CLI.run(["tmx", "merge", memory, "--output", folder + "/one.tmx"])
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("sejajar: error: give at least two TMX files"))
    }

    @Test func glossaryToolsConvertImportLookUpAndLint() throws {
        let folder = try CLI.temporaryDirectory()
        let csv = try CLI.run(["glossary", "convert", "--format", "csv", "--output", folder + "/terms.csv"])
        #expect(csv.status == 0)
        let imported = try CLI.run(["glossary", "import", folder + "/terms.csv", "--output", folder + "/terms.tbx"])
        #expect(imported.status == 0)
        #expect(try CLI.run(["glossary", "lint", folder + "/terms.tbx"]).status == 0)
        let lookup = try CLI.run(["glossary", "lookup", "comités del Partido"])
        #expect(lookup.status == 0)
        #expect(lookup.stdout.contains("[Party bodies]"))
        #expect(try CLI.run(["glossary", "lookup", "xyzzy"]).status == 1)
        try Data("concept,lang,term,status\nc1,es,uno,favourite\n".utf8).write(to: URL(fileURLWithPath: folder + "/bad.csv"))
        let bad = try CLI.run(["glossary", "import", folder + "/bad.csv"])
        Self.expectOneLineError(bad, naming: folder + "/bad.csv:2:1")
    }

    @Test func evaluateScoresALadderAndNamesABadLine() throws {
        let folder = try CLI.temporaryDirectory()
        try Data("[0]:[0]\n[1]:[1]\n".utf8).write(to: URL(fileURLWithPath: folder + "/gold"))
        try Data("[0]:[0]:0.9\n[1]:[1]:0.8\n".utf8).write(to: URL(fileURLWithPath: folder + "/test"))
        let result = try CLI.run(["evaluate", "--gold", folder + "/gold", "--test", folder + "/test"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("strict  P 1.000  R 1.000  F1 1.000"))
        try Data("[0]:[0]\n[1]-[1]\n".utf8).write(to: URL(fileURLWithPath: folder + "/broken"))
        Self.expectOneLineError(try CLI.run(["evaluate", "--gold", folder + "/gold", "--test", folder + "/broken"]),
                                naming: folder + "/broken:2:4")
    }

    @Test func evaluatePrintsTheReliabilityOfTheConfidences() throws {
        let folder = try CLI.temporaryDirectory()
        try Data("[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[3]\n".utf8).write(to: URL(fileURLWithPath: folder + "/gold"))
        try Data("[0]:[0]:0.95\n[1]:[1,2]:0.7\n[2]:[3]:0.3\n".utf8).write(to: URL(fileURLWithPath: folder + "/test"))
        let result = try CLI.run(["evaluate", "--gold", folder + "/gold", "--test", folder + "/test"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("0.7–0.8        1  0.700  0.000"))
        #expect(lines.contains("ECE 0.483; confidence ≥ 0.90: 1 beads, 100.0% exact; exact beads reaching it: 50.0%"))
        #expect(lines.contains("gold 1-0/0-1 beads reproduced exactly: 0 of 1 (0.0%)"))
        let json = try CLI.run(["evaluate", "--gold", folder + "/gold", "--test", folder + "/test", "--json"])
        let reliability = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["reliability"] as? [String: Any])
        #expect(reliability["goldNull"] as? Int == 1)
    }

    @Test func aMemoryOfTwoDifferentArticlesIsEmptyAndSaysWhy() throws {
        let result = try CLI.run(["align", Self.seedES, Self.seedID, "--format", "tmx", "--from", "es", "--to", "id"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("<tu "))
        #expect(result.stderr.contains("tmx: 0 units; left out "))
        #expect(result.stderr.contains("judged comparable or unrelated (--keep-comparable keeps them)"))
        let kept = try CLI.run(["align", Self.seedES, Self.seedID, "--format", "tmx", "--keep-comparable", "--min-confidence", "0", "--quiet", "--from", "es", "--to", "id"])
        #expect(kept.status == 0)
        #expect(kept.stdout.contains("<tu "))
    }

    @Test func checkReportsAnUntranslatedSentenceAsAnOmission() throws {
        let folder = try CLI.temporaryDirectory()
        var lines = try String(contentsOfFile: Self.doc010ID, encoding: .utf8).split(separator: "\n")
        lines.remove(at: 8)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/short.id"))
        #expect(try CLI.run(["align", Self.doc010ES, folder + "/short.id", "--input", "lines", "--output", folder + "/a.json", "--quiet", "--from", "es", "--to", "id"]).status == 0)
        let check = try CLI.run(["check", folder + "/a.json", "--format", "json", "--fail-on", "note", "--quiet"])
        #expect(check.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let omission = try #require(findings.first { $0["code"] as? String == "alignment.omission" })
        #expect(omission["line"] as? Int == 9)
        #expect((omission["message"] as? String ?? "").contains("La investigación está en curso"), "\(omission)")
        let text = try CLI.run(["check", folder + "/a.json", "--quiet"])
        #expect(text.stdout.contains("ntrex-doc010.es:9:1: "))
    }

    @Test func lexiconTrainSavesWordPairsAlignUsesThem() throws {
        let folder = try CLI.temporaryDirectory()
        let lexicon = folder + "/es-id.lexicon"
        let trained = try CLI.run(["lexicon", "train", Self.doc010ES, Self.doc010ID, "--input", "lines", "--output", lexicon, "--from", "es", "--to", "id"])
        #expect(trained.status == 0)
        #expect(try String(contentsOfFile: lexicon, encoding: .utf8).hasPrefix("# sejajar lexicon"))
        #expect(try CLI.run(["align", Self.doc010ES, Self.doc010ID, "--input", "lines", "--lexicon", lexicon, "--quiet", "--from", "es", "--to", "id"]).status == 0)
        try Data("casa\trumah\tmuch\n".utf8).write(to: URL(fileURLWithPath: folder + "/bad.lexicon"))
        Self.expectOneLineError(try CLI.run(["align", Self.doc010ES, Self.doc010ID, "--lexicon", folder + "/bad.lexicon", "--from", "es", "--to", "id"]),
                                naming: folder + "/bad.lexicon:1:1")
    }

    @Test(arguments: ["align", "check", "export", "evaluate", "tmx stats", "tmx merge", "glossary convert", "glossary import",
                      "glossary lookup", "glossary lint", "glossary usage", "lexicon train", "text", "corpus rounds", "corpus map",
                      "corpus reduce", "corpus merge", "corpus merge-caches"])
    func everySubcommandHasHelpWithAnExample(_ command: String) throws {
        let result = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("sejajar \(command)"))
        #expect(result.stdout.lowercased().contains("example"))
    }

    /// Lint findings point at the concept's own line, in a TBX file and in a term table.
    @Test func lintPointsAtTheConcept() throws {
        let folder = try CLI.temporaryDirectory()
        let table = folder + "/terms.tsv"
        try "concept\tsubject\tlang\tterm\tstatus\nc1\tpolitics\tvi\tủy ban\tpreferred\nc2\tpolitics\tvi\thội đồng\tpreferred\nc2\tpolitics\tes\tconsejo\tpreferred\n"
            .write(toFile: table, atomically: true, encoding: .utf8)
        let result = try CLI.run(["glossary", "lint", table])
        #expect(result.stdout.contains("terms.tsv:2:1: error: [glossary.missing-language] c1"), "\(result.stdout)")
        #expect(result.stdout.contains("terms.tsv:3:1: error: [glossary.missing-language] c2"), "\(result.stdout)")
        let tbx = folder + "/terms.tbx"
        #expect(try CLI.run(["glossary", "import", table, "--output", tbx]).status == 0)
        let lines = try String(contentsOfFile: tbx, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let c2 = try #require(lines.firstIndex { $0.contains("id=\"c2\"") }) + 1
        #expect(try CLI.run(["glossary", "lint", tbx]).stdout.contains("terms.tbx:\(c2):1: error: [glossary.missing-language] c2"))
    }

    /// The term base informs the aligner and never overrides it: the clean Vietnamese and
    /// Indonesian NTREX document 10 aligns one to one with it as without it, and `check`, which
    /// aligns with the term base, reports no omission on it (it reported sentence 14 omitted when
    /// the term base's words were paired one by one).
    @Test func theTermBaseNeverPullsAClearPairApart() throws {
        let vi = CLI.sample("ntrex-doc010.vi"), id = CLI.sample("ntrex-doc010.id")
        let aligned = try CLI.run(["align", vi, id, "--from", "vi", "--to", "id", "--input", "lines", "--format", "ladder", "--quiet",
                                   "--glossary", CLI.root.appendingPathComponent("Glossary/political-administrative.tbx").path])
        #expect(aligned.status == 0)
        let beads = aligned.stdout.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
        #expect(beads == (0..<18).map { "[\($0)]:[\($0)]" }, "\(aligned.stdout)")
        let checked = try CLI.run(["check", vi, id, "--from", "vi", "--to", "id", "--input", "lines"])
        #expect(!checked.stdout.contains("alignment.omission") && !checked.stdout.contains("alignment.addition"), "\(checked.stdout)")
    }
}
