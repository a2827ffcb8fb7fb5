import Foundation

/// One share of a corpus list aligned as many jobs (`--shard I/N`): shard `index` of `count`.
///
/// The pairs are dealt by weight (content sentences, both sides), not by line of the list:
/// heaviest first (ties in list order), each to the lightest shard so far (ties to the lowest
/// index); a shard keeps its pairs in list order. The split depends only on the weights, so every
/// job computes the same one on its own.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// This shard, from 0.
    public var index: Int
    /// Shards in all.
    public var count: Int

    /// Shard `index` of `count` (0 ≤ index < count).
    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// The whole list as one shard.
    public static let whole = Shard(index: 0, count: 1)

    /// "I/N".
    public var description: String { "\(index)/\(count)" }

    /// Parses `--shard`: `I/N` (0 ≤ I < N), or `auto` (or `auto/N`) to take the index, and the
    /// count unless given, from the scheduler: `SLURM_ARRAY_TASK_ID` less `SLURM_ARRAY_TASK_MIN`
    /// with `SLURM_ARRAY_TASK_COUNT` (a Slurm job array), else `JOB_COMPLETION_INDEX` (a Kubernetes
    /// Indexed Job, whose count is not in its environment: give `auto/N`).
    public init(parsing text: String, environment: [String: String]) throws(SejajarError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, !parts[0].isEmpty else { throw .usage(message: "--shard takes I/N (shard I of N, from 0) or auto, not '\(text)'") }
        var count: Int?
        if parts.count == 2 {
            guard let n = Int(parts[1]), n >= 1 else { throw .usage(message: "--shard \(text): N must be a whole number of shards, 1 or more") }
            count = n
        }
        if parts[0] == "auto" {
            func number(_ name: String) throws(SejajarError) -> Int? {
                guard let value = environment[name] else { return nil }
                guard let n = Int(value.trimmingCharacters(in: .whitespaces)), n >= 0 else { throw .usage(message: "--shard auto: \(name) is '\(value)', not a whole number") }
                return n
            }
            if let id = try number("SLURM_ARRAY_TASK_ID") {
                let first = try number("SLURM_ARRAY_TASK_MIN") ?? 0
                guard let tasks = try number("SLURM_ARRAY_TASK_COUNT") ?? count else {
                    throw .usage(message: "--shard auto: SLURM_ARRAY_TASK_ID is set but not SLURM_ARRAY_TASK_COUNT; give --shard auto/N")
                }
                if let count, count != tasks {
                    throw .usage(message: "--shard auto/\(count): the Slurm array has \(tasks) tasks (SLURM_ARRAY_TASK_COUNT)")
                }
                guard id >= first, id - first < tasks else {
                    throw .usage(message: "--shard auto: task \(id) of an array of \(tasks) from \(first) is not one of 0…\(tasks - 1) after the first: submit the array as --array=0-\(tasks - 1)")
                }
                self.init(index: id - first, count: tasks)
            } else if let id = try number("JOB_COMPLETION_INDEX") {
                guard let count else { throw .usage(message: "--shard auto: a Kubernetes Indexed Job does not say how many completions it has: give --shard auto/N") }
                guard id < count else { throw .usage(message: "--shard auto/\(count): JOB_COMPLETION_INDEX is \(id), not below \(count)") }
                self.init(index: id, count: count)
            } else {
                throw .usage(message: "--shard auto: neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX is set (not a Slurm array task or a Kubernetes Indexed Job): give --shard I/N")
            }
            return
        }
        guard let i = Int(parts[0]), i >= 0 else { throw .usage(message: "--shard takes I/N (shard I of N, from 0) or auto, not '\(text)'") }
        guard let count else { throw .usage(message: "--shard \(text): give the number of shards too, as \(text)/N") }
        guard i < count else { throw .usage(message: "--shard \(text): shards are numbered from 0 to \(count - 1)") }
        self.init(index: i, count: count)
    }

    /// The list indices of every shard for pairs of these weights, each shard's in list order.
    public static func split(weights: [Int], shards: Int) -> [[Int]] {
        let order = weights.indices.sorted { (weights[$0], $1) > (weights[$1], $0) }
        var load = [Int](repeating: 0, count: shards)
        var members = [[Int]](repeating: [], count: shards)
        for p in order {
            var lightest = 0
            for s in 1..<max(1, shards) where load[s] < load[lightest] { lightest = s }
            load[lightest] += weights[p]
            members[lightest].append(p)
        }
        return members.map { $0.sorted() }
    }

    /// This shard's list indices for pairs of these weights.
    public func members(weights: [Int]) -> [Int] {
        count == 1 ? Array(weights.indices) : Self.split(weights: weights, shards: count)[index]
    }
}
