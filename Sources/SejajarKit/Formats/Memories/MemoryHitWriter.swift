/// Writes concordance hits for people (each segment found with the matched places between ⟦ and
/// ⟧, then what it renders or is rendered by in each unit, with where the unit came from) or for
/// scripts (JSON).
public struct MemoryHitWriter: FormatWriter {
    /// Which form to write.
    public var format: ReportFormat

    /// Creates a writer.
    public init(format: ReportFormat = .text) {
        self.format = format
    }

    private struct Hit: Encodable {
        var language: String
        var text: String
        var marks: [[Int]]
        var units: [Use]
    }

    private struct Use: Encodable {
        var side: String
        var unit: MemoryListing.Unit
    }

    /// The hits, ending with a newline.
    public func write(_ hits: [MemoryHit]) throws(SejajarError) -> FormatOutput {
        switch format {
        case .json:
            return FormatOutput(try JSONFormat.text(["hits": hits.map { hit in
                Hit(language: hit.language, text: hit.text, marks: hit.marks.map { [$0.lowerBound, $0.upperBound] },
                    units: hit.uses.map { Use(side: $0.isSource ? "source" : "target", unit: MemoryListing.Unit($0.unit)) })
            }]))
        case .text:
            guard !hits.isEmpty else { return FormatOutput("nothing found\n") }
            var lines: [String] = []
            for hit in hits {
                lines.append("\(hit.language)  " + MemoryListing.marked(hit.text, hit.marks))
                for use in hit.uses {
                    let arrow = use.isSource ? "→" : "←"
                    lines.append("  \(arrow) \(use.other.language)  \(use.other.text)")
                    lines.append("      " + MemoryListing.provenance(use.unit.provenance))
                }
            }
            return FormatOutput(lines.joined(separator: "\n") + "\n")
        }
    }
}
