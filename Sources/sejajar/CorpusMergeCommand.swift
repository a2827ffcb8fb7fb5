import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar corpus merge`: the corpus reports of every shard into the corpus's report, findings
/// JSON and summary.
struct CorpusMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the corpus reports of every shard (align --corpus-report) into one, with the corpus's findings JSON and summary.",
        discussion: """
        Pairs come out in list order, whatever the shards: the same bytes as from the report of one \\
        'align --batch' over the whole list. The translation memories merge with 'sejajar tmx merge'.

        Example:
          sejajar corpus merge work/reports/* --report corpus.json --findings-json findings.json --summary summary.txt
        """
    )

    @Argument(help: ArgumentHelp("The corpus reports of the shards, in any order.", valueName: "report"))
    var reports: [String]

    @Option(help: ArgumentHelp("The merged corpus report (JSON).", valueName: "file"))
    var report: String?

    @Option(help: ArgumentHelp("Every finding of every pair, in list order, as 'check --format json' writes findings.", valueName: "file"))
    var findingsJson: String?

    @Option(help: ArgumentHelp("The corpus summary (text): pairs by verdict, sentence pairs, findings by code (default: standard output).",
                               valueName: "file"))
    var summary: String?

    @OptionGroup(title: "Output") var output: OutputOptions

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("give the corpus reports of the shards") }
        guard output.output == nil else { throw ValidationError("name the outputs with --report, --findings-json and --summary") }
    }

    func run() throws {
        let reader = CorpusReportReader(limits: try userLimits())
        var entries: [CorpusReport.Entry] = []
        var from: [Int: String] = [:]
        for path in reports {
            for entry in try reader.read(path: path).entries {
                if let other = from[entry.index] { throw SejajarError.io(path: path, message: "holds pair \(entry.index + 1) of the list, which \(other) holds too") }
                from[entry.index] = path
                entries.append(entry)
            }
        }
        let merged = CorpusReport(entries: entries.sorted { $0.index < $1.index })
        if let gap = merged.entries.indices.first(where: { merged.entries[$0].index != $0 }) {
            output.console.note("corpus merge: pair \(gap + 1) of the list is in no report")
        }
        var transaction = OutputTransaction()
        if let report { transaction.add(try CorpusReportWriter().write(merged).text, to: report) }
        if let findingsJson { transaction.add(try FindingsJSONWriter().write(merged.findings).text, to: findingsJson) }
        let text = CorpusSummaryWriter().write(merged).text
        if let summary { transaction.add(text, to: summary) }
        try transaction.commit()
        if summary == nil { try OutputFile.emit(text, to: nil) }
        output.console.note("corpus merge: \(merged.entries.count) pairs from \(reports.count) reports, \(merged.findings.count) findings")
    }
}
