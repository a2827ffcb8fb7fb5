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
                // Shard 1 as a Slurm array task would run it, the others by number.
                let environment = shard == 1 ? ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "3"] : [:]
                _ = try Self.run(["corpus", "map"] + common + ["--shard", shard == 1 ? "auto" : "\(shard)/3", "--output", path] + model,
                                 environment: environment)
                statistics.append(path)
            }
            _ = try Self.run(["corpus", "reduce"] + common + statistics.reversed() + model + ["--output", "\(folder)/model-\(round)"])
            model = ["--corpus-model", "\(folder)/model-\(round)"]
        }
        for shard in 0..<3 {
            _ = try Self.run(["align"] + common + model + ["--shard", "\(shard)/3", "--format", "json", "--output-dir", folder + "/sharded",
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
