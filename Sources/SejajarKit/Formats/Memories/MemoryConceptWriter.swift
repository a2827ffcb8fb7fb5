/// Writes the units of a store that name a concept, grouped by rendering, for people or for
/// scripts (JSON).
public struct MemoryConceptWriter: FormatWriter {
    /// Which form to write.
    public var format: ReportFormat
    /// The term base, for the concept's terms in the heading.
    public var glossary: Glossary

    /// Creates a writer.
    public init(format: ReportFormat = .text, glossary: Glossary) {
        self.format = format
        self.glossary = glossary
    }

    private struct Report: Encodable {
        var concept: String
        var groups: [Group]
    }

    private struct Group: Encodable {
        var sourceLanguage: String
        var targetLanguage: String
        var rendering: String?
        var status: String?
        var units: [MemoryListing.Unit]
    }

    /// The groups, ending with a newline.
    public func write(_ usage: MemoryConceptUsage) throws(SejajarError) -> FormatOutput {
        switch format {
        case .json:
            return FormatOutput(try JSONFormat.text(Report(concept: usage.concept, groups: usage.groups.map { group in
                Group(sourceLanguage: group.sourceLanguage, targetLanguage: group.targetLanguage, rendering: group.rendering,
                      status: group.status?.rawValue, units: group.units.map { MemoryListing.Unit($0) })
            })))
        case .text:
            var lines: [String] = []
            if let concept = glossary.concept(usage.concept) {
                let terms = concept.terms.map { "\($0.language): \($0.text)" }.joined(separator: "; ")
                lines.append("\(usage.concept)  \(terms)")
            }
            guard !usage.groups.isEmpty else { return FormatOutput((lines + ["no unit names it"]).joined(separator: "\n") + "\n") }
            for group in usage.groups {
                let rendering = group.rendering.map { "\"\($0)\"" + (group.status.map { " (\($0.rawValue))" } ?? "") } ?? "no rendering the term base knows"
                lines.append("\(group.sourceLanguage) → \(group.targetLanguage)  \(rendering): \(group.units.count) unit\(group.units.count == 1 ? "" : "s")")
                for unit in group.units {
                    lines.append("    \(unit.source.text)")
                    lines.append("    \(unit.target.text)")
                    lines.append("      " + MemoryListing.provenance(unit.provenance))
                }
            }
            return FormatOutput(lines.joined(separator: "\n") + "\n")
        }
    }
}
