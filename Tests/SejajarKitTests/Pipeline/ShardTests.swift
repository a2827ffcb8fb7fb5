import Testing
@testable import SejajarKit

/// `--shard`: I/N, and `auto` from a Slurm array or a Kubernetes Indexed Job; the balanced split.
struct ShardTests {
    @Test(arguments: [
        ("0/4", [String: String](), "0/4"),
        ("3/4", [:], "3/4"),
        ("auto", ["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_COUNT": "4"], "2/4"),
        ("auto", ["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_MIN": "3", "SLURM_ARRAY_TASK_COUNT": "4"], "2/4"),
        ("auto/8", ["JOB_COMPLETION_INDEX": "7"], "7/8"),
        ("auto/4", ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "4", "JOB_COMPLETION_INDEX": "3"], "1/4"),
    ])
    func parses(_ text: String, environment: [String: String], expected: String) throws {
        #expect(try Shard(parsing: text, environment: environment).description == expected)
    }

    @Test(arguments: [
        ("4/4", [String: String](), "numbered from 0 to 3"),
        ("1", [:], "give the number of shards"),
        ("a/b", [:], "N must be a whole number"),
        ("x/4", [:], "takes I/N"),
        ("1/0", [:], "1 or more"),
        ("auto", [:], "neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX"),
        ("auto", ["JOB_COMPLETION_INDEX": "1"], "give --shard auto/N"),
        ("auto/2", ["JOB_COMPLETION_INDEX": "2"], "not below 2"),
        ("auto/3", ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "4"], "has 4 tasks"),
        ("auto", ["SLURM_ARRAY_TASK_ID": "x", "SLURM_ARRAY_TASK_COUNT": "4"], "not a whole number"),
    ])
    func refuses(_ text: String, environment: [String: String], message: String) {
        do {
            _ = try Shard(parsing: text, environment: environment)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.diagnosticLine.contains(message), "\(error.diagnosticLine)")
        }
    }

    @Test(arguments: [
        ([5, 1, 1, 1, 1, 1], 2, [[0], [1, 2, 3, 4, 5]]),
        ([3, 3, 3, 3], 2, [[0, 2], [1, 3]]),
        ([1, 2, 3], 5, [[2], [1], [0], [], []]),
        ([4, 4, 2, 2, 2, 2], 3, [[0, 4], [1, 5], [2, 3]]),
    ])
    func splitsHeaviestFirstToTheLightest(_ weights: [Int], shards: Int, expected: [[Int]]) {
        let split = Shard.split(weights: weights, shards: shards)
        #expect(split == expected)
        #expect(split.joined().sorted() == Array(weights.indices))
    }

    /// The lines a shard's weight counts: those with more than spaces, tabs and carriage returns,
    /// the last with or without its line feed.
    @Test(arguments: [
        ("", 0), ("\n", 0), ("a", 1), ("a\n", 1), ("a\nb", 2), (" \t\r\n\n  \n", 0), ("\r\nx\r\n", 1),
        ("  x  \n \n\ty\n   ", 2), ("uno\ndos\n\ntres\n \n", 3), ("é\n\u{00A0}\n", 2),
    ])
    func countsTheLinesThatHoldText(_ text: String, expected: Int) {
        let counted = Array(text.utf8).withUnsafeBytes { AlignmentJob.contentLines($0) }
        #expect(counted == expected)
        // The line-by-line definition, on the same bytes (a Character "\r\n" is not "\n").
        let lines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        #expect(counted == lines.filter { $0.contains { !" \t\r".utf8.contains($0) } }.count)
    }

    @Test func countsTheLinesOfLongGeneratedTexts() {
        var state: UInt64 = 7
        for _ in 0..<50 {
            var bytes: [UInt8] = []
            for _ in 0..<2000 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append([UInt8(ascii: "\n"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "a")][Int(state >> 61) % 5])
            }
            var lines = 0, blank = true
            for byte in bytes {
                if byte == UInt8(ascii: "\n") { if !blank { lines += 1 }; blank = true } else if byte == UInt8(ascii: "a") { blank = false }
            }
            #expect(bytes.withUnsafeBytes { AlignmentJob.contentLines($0) } == lines + (blank ? 0 : 1))
        }
    }
}
