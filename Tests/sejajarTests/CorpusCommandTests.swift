import Foundation
import Testing

/// `sejajar corpus` end to end, as jobs run it: the rounds of map and reduce in 3 shards, then
/// align and merge, give the files of one `align --batch`; files of another run or round are
/// refused with one line naming them.
struct CorpusCommandTests {
    static let documents = ["doc040", "doc045", "doc050", "doc055", "doc060", "doc065"]

    static func list(_ folder: String) throws -> String {
        let fixtures = CLI.root.appendingPathComponent("Tests/SejajarKitTests/Fixtures/ntrex-docs").path
        let text = documents.map { "\(fixtures)/\($0).es\t\(fixtures)/\($0).id\n" }.joined()
        try text.write(toFile: folder + "/pairs.tsv", atomically: true, encoding: .utf8)
        return folder + "/pairs.tsv"
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLI.Result {
        let result = try CLI.run(arguments, environment: environment)
        #expect(result.status == 0, "\(arguments.prefix(2)): \(result.stderr)")
        return result
    }

    @Test func shardsGiveTheFilesOfOneBatch() throws {
        let folder = try CLI.temporaryDirectory()
        let list = try Self.list(folder)
        let common = ["--batch", list, "--from", "es", "--to", "id", "--input", "lines", "--quiet"]
        _ = try Self.run(["align"] + common + ["--format", "json", "--output-dir", folder + "/one", "--corpus-report", folder + "/one.report"])
        let rounds = try #require(Int(try Self.run(["corpus", "rounds"] + common).stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(rounds == 3)
        var model: [String] = []
        for round in 0..<rounds {
            var statistics: [String] = []
            for shard in 0..<3 {
                let path = "\(folder)/stats-\(round)-\(shard)"
                // Shard 1 as a Slurm array task would run it, the others by number; shards 0 and 1
                // keep their documents from round 0 on, shard 2 reads the texts at every step.
                let environment = shard == 1 ? ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "3"] : [:]
                let kept = shard < 2 ? ["--shard-documents", "\(folder)/documents-\(shard)"] : []
                _ = try Self.run(["corpus", "map"] + common + ["--shard", shard == 1 ? "auto" : "\(shard)/3", "--output", path] + model + kept,
                                 environment: environment)
                statistics.append(path)
            }
            _ = try Self.run(["corpus", "reduce"] + common + statistics.reversed() + model + ["--output", "\(folder)/model-\(round)"])
            model = ["--corpus-model", "\(folder)/model-\(round)"]
        }
        for shard in 0..<3 {
            let kept = shard < 2 ? ["--shard-documents", "\(folder)/documents-\(shard)"] : []
            _ = try Self.run(["align"] + common + model + kept + ["--shard", "\(shard)/3", "--format", "json", "--output-dir", folder + "/sharded",
                                                                 "--corpus-report", "\(folder)/report-\(shard)"])
        }
        for name in Self.documents {
            let one = try String(contentsOfFile: "\(folder)/one/\(name).es.json", encoding: .utf8)
            let sharded = try String(contentsOfFile: "\(folder)/sharded/\(name).es.json", encoding: .utf8)
            #expect(one == sharded, "\(name)")
        }
        _ = try Self.run(["corpus", "merge", folder + "/one.report", "--summary", folder + "/one.summary", "--findings-json", folder + "/one.findings"])
        _ = try Self.run(["corpus", "merge"] + (0..<3).map { "\(folder)/report-\($0)" } + ["--summary", folder + "/summary", "--findings-json", folder + "/findings"])
        for name in ["summary", "findings"] {
            #expect(try String(contentsOfFile: "\(folder)/one.\(name)", encoding: .utf8) == (try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)))
        }
        let summary = try String(contentsOfFile: folder + "/summary", encoding: .utf8)
        #expect(summary.hasPrefix("corpus: 6 document pairs\n"), "\(summary)")

        // Refused, each with one line naming the file: a model of other settings, statistics of
        // another round, a shard missing.
        let other = try CLI.run(["corpus", "map"] + common + ["--no-learning", "--shard", "0/3", "--corpus-model", "\(folder)/model-0", "--output", folder + "/x"])
        CommandTests.expectOneLineError(other, naming: "\(folder)/model-0")
        let round = try CLI.run(["corpus", "reduce"] + common + ["\(folder)/stats-1-0", "\(folder)/stats-1-1", "\(folder)/stats-1-2", "--output", folder + "/x"])
        CommandTests.expectOneLineError(round, naming: "\(folder)/stats-1-")
        let missing = try CLI.run(["corpus", "reduce"] + common + ["\(folder)/stats-0-0", "\(folder)/stats-0-2", "--output", folder + "/x"])
        #expect(missing.status == 2 && missing.stderr.contains("the statistics of shard 1 of 3 are missing"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/x"))

        // Round 0's documents refused, each with one line naming the file and nothing written:
        // another shard's, another list's, one cut short, one damaged, one that is not one.
        let otherList = folder + "/other.tsv"
        try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n").prefix(4).map { $0 + "\n" }.joined()
            .write(toFile: otherList, atomically: true, encoding: .utf8)
        _ = try Self.run(["corpus", "map", "--batch", otherList, "--from", "es", "--to", "id", "--input", "lines", "--quiet", "--shard", "0/3",
                          "--output", folder + "/other-stats", "--shard-documents", folder + "/other-documents"])
        let good = try Data(contentsOf: URL(fileURLWithPath: folder + "/documents-0"))
        var flipped = good
        flipped[good.count / 2] ^= 1
        try good.prefix(good.count / 2).write(to: URL(fileURLWithPath: folder + "/documents-cut"))
        try flipped.write(to: URL(fileURLWithPath: folder + "/documents-flipped"))
        try Data("sejajar corpus statistics 1\n".utf8).write(to: URL(fileURLWithPath: folder + "/documents-text"))
        for (path, message) in [("documents-1", "shard 1/3"), ("other-documents", "another list"), ("documents-cut", "cut short"),
                                ("documents-flipped", "damaged"), ("documents-text", "not a shard documents file")] {
            for step in [["corpus", "map", "--corpus-model", "\(folder)/model-0", "--output", folder + "/x"],
                         ["align"] + model + ["--format", "json", "--output-dir", folder + "/y"]] {
                let result = try CLI.run(step + common + ["--shard", "0/3", "--shard-documents", "\(folder)/\(path)"])
                CommandTests.expectOneLineError(result, naming: "\(folder)/\(path): ")
                #expect(result.stderr.contains(message), "\(result.stderr)")
            }
            #expect(!FileManager.default.fileExists(atPath: folder + "/x"))
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder + "/y")) ?? []).isEmpty)
        }
    }

    /// Statistics files that are not what `corpus map` writes: binary garbage, one cut short, one
    /// in another encoding, a huge line. One line naming the file (and the line), exit 2, no model.
    @Test func damagedStatisticsAreOneLine() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let list = try Self.list(folder)
        let common = ["--batch", list, "--from", "es", "--to", "id", "--input", "lines", "--quiet"]
        _ = try Self.run(["corpus", "map"] + common + ["--shard", "0/1", "--output", folder + "/stats"])
        let good = try Data(contentsOf: URL(fileURLWithPath: folder + "/stats"))
        let damaged: [String: Data] = [
            "garbage": Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131) }),
            "cut": good.prefix(good.count / 2),
            "utf16": Data(String(decoding: good, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            "huge-line": Data("sejajar corpus statistics 1\ncorpus\t".utf8) + Data(repeating: UInt8(ascii: "x"), count: 4 << 20),
        ]
        for (name, data) in damaged.sorted(by: { $0.key < $1.key }) {
            let path = folder + "/" + name
            try data.write(to: URL(fileURLWithPath: path))
            let result = try CLI.run(["corpus", "reduce"] + common + [path, "--output", folder + "/model"], timeout: 60)
            CommandTests.expectOneLineError(result, naming: path + ":")
            #expect(!FileManager.default.fileExists(atPath: folder + "/model"), "\(name): a model was written")
        }
    }

    @Test(arguments: [
        (["--shard", "auto"], "neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX"),
        (["--shard", "3/3"], "numbered from 0 to 2"),
    ])
    func badShardsAreOneLine(_ arguments: [String], message: String) throws {
        let folder = try CLI.temporaryDirectory()
        let list = try Self.list(folder)
        let result = try CLI.run(["corpus", "map", "--batch", list, "--from", "es", "--to", "id", "--input", "lines", "--output", folder + "/s"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func tmxMergeStreamsFilesFromAList() throws {
        let folder = try CLI.temporaryDirectory()
        let list = try Self.list(folder)
        _ = try Self.run(["align", "--batch", list, "--from", "es", "--to", "id", "--input", "lines", "--format", "tmx", "--output-dir", folder + "/tmx", "--quiet"])
        let files = Self.documents.map { "\(folder)/tmx/\($0).es.tmx" }
        try (files.joined(separator: "\n") + "\n").write(toFile: folder + "/files.txt", atomically: true, encoding: .utf8)
        _ = try Self.run(["tmx", "merge"] + files + files + ["--output", folder + "/args.tmx"])
        let streamed = try Self.run(["tmx", "merge", files[0], "--files-from", folder + "/files.txt", "--output", folder + "/list.tmx"])
        #expect(streamed.stderr.contains("duplicates dropped"))
        #expect(try String(contentsOfFile: folder + "/args.tmx", encoding: .utf8) == (try String(contentsOfFile: folder + "/list.tmx", encoding: .utf8)))
    }
}
