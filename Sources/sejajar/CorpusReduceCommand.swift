import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar corpus reduce`: every shard's statistics of a round into the corpus model.
struct CorpusReduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reduce",
        abstract: "Combine every shard's statistics of one round into the corpus model: the words of the whole list, or its lexicons.",
        discussion: """
        Example:
          sejajar corpus reduce --batch pairs.tsv stats/1-* --corpus-model model-0 --from es --to id --input lines --output model-1
        """
    )

    @Argument(help: ArgumentHelp("The statistics of every shard of the round ('sejajar corpus map'), in any order.", valueName: "statistics"))
    var files: [String]

    @OptionGroup(title: "Input") var corpus: BatchOptions
    @OptionGroup(title: "Corpus") var sharding: ShardOptions
    @OptionGroup var setup: JobOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard corpus.batch != nil else { throw ValidationError("give the list with --batch PAIRS.tsv") }
        guard !files.isEmpty else { throw ValidationError("give the statistics files of every shard") }
        guard output.output != nil else { throw ValidationError("give the model's file with --output") }
        guard sharding.shard == nil, sharding.shardDocuments == nil else { throw ValidationError("--shard and --shard-documents go with map and align: reduce reads every shard") }
    }

    func run() throws {
        let console = output.console
        let job = try AlignmentJob(setup, console: console)
        defer { console.endProgress() }
        let list = try PairListReader(limits: job.limits).read(path: corpus.batch!)
        let fingerprint = try job.corpusFingerprint(list)
        let previous = try sharding.corpusModel.map { path throws(SejajarError) in try job.corpusModel(path, fingerprint: fingerprint, pairs: list.count) }
        let model = try job.corpusReduce(files, previous: previous, list: list, fingerprint: fingerprint)
        console.endProgress()
        try output.write(CorpusModelWriter().write(model))
        console.note("corpus reduce: round \(model.round) of \(model.rounds), \(files.count) shards, \(model.words.count) words"
                     + (model.lexicons.isEmpty ? "" : ", \(model.lexicons.count) fold lexicons of \(model.lexicons.map(\.count).reduce(0, +)) word pairs")
                     + (model.isComplete ? ": complete, next is align" : ""))
    }
}
