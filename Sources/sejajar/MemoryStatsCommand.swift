import ArgumentParser
import SejajarIO
import SejajarKit
import SejajarMemory

/// `sejajar memory stats`: what the store holds.
struct MemoryStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Units, distinct segments, language pairs, files added, origins and dates of the store.",
        discussion: """
        Example:
          sejajar memory stats --memory client.sqlite --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup(title: "Translation memory") var memory: MemoryOptions

    @Option(help: "Output: text or json.")
    var format: Format = .text

    @OptionGroup(title: "Output") var output: OutputOptions

    func run() throws {
        let statistics = try memory.store().statistics()
        try output.write(try MemoryStatisticsWriter(format: format == .json ? .json : .text).write(statistics))
    }
}
