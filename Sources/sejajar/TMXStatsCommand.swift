import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar tmx stats`: units, languages, duplicates and empty segments of a TMX file.
struct TMXStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count units, languages, duplicates and empty segments of a TMX file.",
        discussion: """
        Streams the file, so memories of any size are counted in constant memory.

        Example:
          sejajar tmx stats memory.tmx
        """
    )

    @Argument(help: "A TMX file.")
    var file: String

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func run() throws {
        let statistics = try TMXStatistics(path: file, reader: TMXReader(limits: try userLimits()))
        try StandardStream.output.write(try TMXStatisticsWriter(format: json ? .json : .text).write(statistics).text)
    }
}
