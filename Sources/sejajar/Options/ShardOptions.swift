import ArgumentParser
import Foundation
import SejajarKit

/// A share of a `--batch` list, for a corpus aligned as many jobs (`sejajar corpus`).
struct ShardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        Only shard I of N of the --batch list (from 0), balanced by sentence count; 'auto' takes I and N from a Slurm job array \
        (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT), 'auto/N' from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX).
        """, valueName: "I/N|auto"))
    var shard: String?

    @Option(help: ArgumentHelp("The corpus model of the latest round ('sejajar corpus reduce'): the words and lexicons of the whole list.",
                               valueName: "model"))
    var corpusModel: String?

    @Option(help: ArgumentHelp("""
        The shard's documents as read, segmented and tokenised (binary): the round-0 map writes them there, the later maps and \
        align of the same shard start from them instead of reading the texts again. Refused when of another shard, list or settings.
        """, valueName: "file"))
    var shardDocuments: String?

    /// The shard `--shard` names, or the whole list.
    func selected() throws -> Shard {
        try shard.map { text throws(SejajarError) in try Shard(parsing: text, environment: ProcessInfo.processInfo.environment) } ?? .whole
    }
}
