import ArgumentParser
import SejajarEmbeddings
import SejajarIO
import SejajarKit

/// `sejajar corpus merge-caches`: the vector caches the jobs of a corpus run added to, into the
/// cache they shared (read-only while they ran).
struct CorpusMergeCachesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-caches",
        abstract: "Add the vectors of per-job embedding caches to a shared one (run once, when no job reads or writes it); with none, make it.",
        discussion: """
        SQLite's locks are not reliable over a network file system, so the jobs of a corpus run never \\
        write one cache together: each reads the shared cache (--embedding-cache-shared, read-only) and \\
        writes what it adds to its own (--embedding-cache, e.g. one folder per shard); this step, one \\
        job after the others, brings those additions into the shared cache for the next run.

        Example:
          sejajar corpus merge-caches --into /shared/cache work/cache/*
        """
    )

    @Argument(help: ArgumentHelp("The per-job cache folders.", valueName: "cache-dir"))
    var caches: [String] = []

    @Option(help: ArgumentHelp("The shared cache folder (made when missing).", valueName: "dir"))
    var into: String

    @OptionGroup(title: "Output") var output: OutputOptions

    func run() throws {
        let shared = try EmbeddingCache(directory: into)
        let added = try shared.merge(caches)
        output.console.note("corpus merge-caches: \(added) vectors added to \(shared.path) from \(caches.count) caches")
    }
}
