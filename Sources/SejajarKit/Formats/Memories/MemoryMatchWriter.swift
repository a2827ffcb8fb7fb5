/// Writes the fuzzy matches of a lookup for people (each match's score as a percentage, its
/// kind and penalties, the stored source with what differs from the query marked, the target,
/// where the unit came from) or for scripts (JSON).
public struct MemoryMatchWriter: FormatWriter {
    /// Which form to write.
    public var format: ReportFormat
    /// The sentence looked up, and its language.
    public var query: String
    public var language: String

    /// Creates a writer.
    public init(format: ReportFormat = .text, query: String, language: String) {
        self.format = format
        self.query = query
        self.language = language
    }

    private struct Report: Encodable {
        var query: String
        var language: String
        var matches: [Match]
    }

    private struct Match: Encodable {
        var percent: Int
        var kind: String
        var band: String?
        var penalties: [Penalty]
        var unit: MemoryListing.Unit
    }

    private struct Penalty: Encodable {
        var reason: String
        var points: Int
    }

    /// The matches, best first, ending with a newline.
    public func write(_ matches: [MemoryMatch]) throws(SejajarError) -> FormatOutput {
        switch format {
        case .json:
            return FormatOutput(try JSONFormat.text(Report(query: query, language: language, matches: matches.map { match in
                Match(percent: match.score.percent, kind: match.score.kind.rawValue, band: match.score.band?.rawValue,
                      penalties: match.penalties.map { Penalty(reason: $0.reason, points: $0.points) },
                      unit: MemoryListing.Unit(match.unit, sourceMarks: match.score.differences))
            })))
        case .text:
            guard !matches.isEmpty else { return FormatOutput("no match\n") }
            var lines: [String] = []
            for (k, match) in matches.enumerated() {
                var head = "\(k + 1). \(match.score.percent)%  " + (match.score.band?.label ?? "below the bands")
                for penalty in match.penalties { head += ", \(penalty.reason) −\(penalty.points)" }
                lines.append(head)
                lines.append("   \(match.unit.source.language)  " + MemoryListing.marked(match.unit.source.text, match.score.differences))
                lines.append("   \(match.unit.target.language)  " + match.unit.target.text)
                lines.append("   " + MemoryListing.provenance(match.unit.provenance))
            }
            return FormatOutput(lines.joined(separator: "\n") + "\n")
        }
    }
}
