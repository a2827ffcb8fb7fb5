import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar corpus map`: one shard's statistics for the next round.
struct CorpusMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Write one shard's statistics for the next round: its words (no --corpus-model), else the sentence pairs its next pass learns from.",
        discussion: """
        Example:
          sejajar corpus map --batch pairs.tsv --shard auto --corpus-model model-0 --from es --to id --input lines --output stats/1-$SLURM_ARRAY_TASK_ID
        """
    )

    @OptionGroup(title: "Input") var corpus: BatchOptions
    @OptionGroup(title: "Corpus") var sharding: ShardOptions
    @OptionGroup var setup: JobOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard corpus.batch != nil else { throw ValidationError("give the list with --batch PAIRS.tsv") }
        guard output.output != nil else { throw ValidationError("give the statistics file with --output") }
    }

    func run() throws {
        let console = output.console
        let job = try AlignmentJob(setup, console: console)
        defer { console.endProgress() }
        let list = try PairListReader(limits: job.limits).read(path: corpus.batch!)
        let shard = try sharding.selected()
        let fingerprint = try job.corpusFingerprint(list)
        let model = try sharding.corpusModel.map { path throws(SejajarError) in try job.corpusModel(path, fingerprint: fingerprint, pairs: list.count) }
        // Round 0 writes the shard's documents (--shard-documents) beside its statistics; the later
        // rounds start from them.
        let kept = try model == nil ? nil : sharding.shardDocuments.map { path throws(SejajarError) in
            try job.shardDocuments(path: path, fingerprint: fingerprint, pairs: list.count, shard: shard)
        }
        let (statistics, documents) = try job.corpusMap(list, shard: shard, model: model, fingerprint: fingerprint, kept: kept)
        console.endProgress()
        if model == nil, let path = sharding.shardDocuments {
            // Both files or neither.
            var transaction = OutputTransaction()
            transaction.add(CorpusStatisticsWriter().write(statistics).text, to: output.output!)
            transaction.add(ShardDocumentsWriter().write(documents), to: path)
            try transaction.commit()
        } else {
            try output.write(CorpusStatisticsWriter().write(statistics))
        }
        console.note("corpus map: round \(statistics.round), shard \(shard): \(statistics.members.count) pairs, "
                     + (statistics.round == 0 ? "\(statistics.words.count) words" : "\(statistics.training.count) sentence pairs to learn from"))
    }
}
