import ArgumentParser

/// `sejajar corpus`: a `--batch` list aligned as many jobs (a Slurm job array, a Kubernetes
/// Indexed Job) with the same outputs as one run.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Align a corpus as many jobs: map and reduce the lexicon, then align shards with it.",
        discussion: """
        The steps, each with the same --batch list and options (--from, --to, --input …; deploy/slurm
        runs them as a job array):
          sejajar corpus rounds --batch pairs.tsv …                     # R: how many map+reduce rounds
          sejajar corpus map --batch pairs.tsv --shard I/N … --output stats/0-I    # round 0, every I
          sejajar corpus reduce --batch pairs.tsv stats/0-* … --output model-0
          sejajar corpus map --batch pairs.tsv --shard I/N --corpus-model model-0 … --output stats/1-I
          sejajar corpus reduce --batch pairs.tsv stats/1-* --corpus-model model-0 … --output model-1
          … until round R − 1, then every shard:
          sejajar align --batch pairs.tsv --from es --to id --shard I/N --corpus-model model-(R-1) … --output-dir out/
          sejajar tmx merge --files-from tmx-files.txt --output merged.tmx
        The outputs are those of one 'sejajar align --batch pairs.tsv' run, byte for byte, for any N.
        """,
        subcommands: [CorpusRoundsCommand.self, CorpusMapCommand.self, CorpusReduceCommand.self, CorpusMergeCommand.self, CorpusMergeCachesCommand.self]
    )
}
