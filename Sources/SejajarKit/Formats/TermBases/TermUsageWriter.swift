import Foundation

/// Writes a term usage report (`TermUsage`): as text for a terminologist to read, as JSON, or
/// its candidate terms as a term table (`GlossaryTableWriter`'s columns) that `glossary import`
/// reads once a person has set each candidate's status.
public struct TermUsageWriter: FormatWriter {
    /// The forms of the report.
    public enum Form: String, Sendable, CaseIterable {
        /// Per concept and language pair, the renderings with counts, status and an example.
        case text
        /// The same for scripts.
        case json
        /// The candidate terms only, as a CSV term table.
        case candidates
    }

    /// The term base the report is about (for the concepts' pivot terms and subject fields).
    public let glossary: Glossary
    /// Which form to write.
    public var form: Form

    /// Creates a writer.
    public init(glossary: Glossary, form: Form = .text) {
        self.glossary = glossary
        self.form = form
    }

    /// The report in the writer's form.
    public func write(_ usage: TermUsage) throws(SejajarError) -> FormatOutput {
        switch form {
        case .text: FormatOutput(text(usage))
        case .json: FormatOutput(try json(usage))
        case .candidates: FormatOutput(candidates(usage))
        }
    }

    /// The report as text: per concept and language pair, the source terms and every rendering
    /// with its count, status and an example.
    func text(_ usage: TermUsage) -> String {
        var lines: [String] = []
        var current = ""
        for entry in usage.entries {
            if entry.concept != current {
                current = entry.concept
                let concept = glossary.concept(entry.concept)
                let pivot = concept.flatMap { glossary.pivot(of: $0) }.map { " \($0.text)" } ?? ""
                if !lines.isEmpty { lines.append("") }
                lines.append("\(entry.concept)\(pivot) (\(concept?.subjectField ?? ""))")
            }
            let sources = entry.sourceTerms.map { "“\($0.text)”\($0.status == .deprecated ? " (deprecated)" : "") \($0.count)" }.joined(separator: ", ")
            lines.append("  \(entry.sourceLanguage.tag) → \(entry.targetLanguage.tag): \(entry.pairs) pairs; \(entry.sourceLanguage.tag) \(sources)")
            for rendering in entry.renderings {
                let what = rendering.text.map { "“\($0)”" } ?? "(no term-base rendering)"
                let status = rendering.status?.rawValue ?? "unknown"
                lines.append(String(format: "    %5d  %-10@ %@   e.g. %@", rendering.count, status, what, Self.example(rendering.example)))
            }
        }
        if !usage.candidates.isEmpty {
            lines.append("")
            lines.append("candidate terms (renderings the term base does not know, seen where a concept had none):")
            for candidate in usage.candidates {
                lines.append("  \(candidate.concept) \(candidate.language.tag) “\(candidate.text)”: \(candidate.count) of \(candidate.unrendered) pairs; e.g. \(Self.example(candidate.example))")
            }
        }
        if !usage.sourceCandidates.isEmpty {
            lines.append("")
            lines.append("candidate source terms (the learned lexicon pairs them with a concept's term where the source has none of its terms):")
            for candidate in usage.sourceCandidates {
                lines.append("  \(candidate.concept) \(candidate.language.tag) “\(candidate.text)” ↔ “\(candidate.pairedWith)”: \(candidate.count) of \(candidate.unnamed) pairs; e.g. \(Self.example(candidate.example))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An example pair in one line, texts cut to a readable length.
    static func example(_ example: TermUsage.Example) -> String {
        func cut(_ text: String) -> String { text.count <= 70 ? text : String(text.prefix(67)) + "…" }
        return "\(example.location): “\(cut(example.source))” ↔ “\(cut(example.target))”"
    }

    /// The candidate terms as a CSV term table: one row per candidate, the status column empty
    /// for a person to fill (`glossary import` refuses the row until then), the note saying
    /// where it was seen.
    func candidates(_ usage: TermUsage) -> String {
        // One term-table row, its status left empty.
        func row(_ concept: String, _ language: Language, _ text: String, note: String) -> String {
            [concept, glossary.concept(concept)?.subjectField ?? "", language.tag, text, "", "", "", note]
                .map { GlossaryTableWriter.quote($0, ",") }.joined(separator: ",")
        }
        var lines = [GlossaryTableWriter.columns.joined(separator: ",")]
        for candidate in usage.candidates {
            lines.append(row(candidate.concept, candidate.language, candidate.text,
                             note: "candidate from glossary usage: in \(candidate.count) of \(candidate.unrendered) pairs without a known rendering; "
                                + "e.g. \(candidate.example.location): “\(candidate.example.target)”"))
        }
        for candidate in usage.sourceCandidates {
            lines.append(row(candidate.concept, candidate.language, candidate.text,
                             note: "candidate from glossary usage: the learned lexicon pairs it with “\(candidate.pairedWith)” in \(candidate.count) of "
                                + "\(candidate.unnamed) pairs where the source has no term of the concept; e.g. \(candidate.example.location): “\(candidate.example.source)”"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON.
    func json(_ usage: TermUsage) throws(SejajarError) -> String {
        struct Example: Encodable { var location: String; var source: String; var target: String }
        struct Rendering: Encodable { var text: String?; var status: String; var count: Int; var example: Example }
        struct Count: Encodable { var text: String; var count: Int; var status: String }
        struct Entry: Encodable {
            var concept: String; var sourceLanguage: Language; var targetLanguage: Language; var pairs: Int
            var sourceTerms: [Count]; var renderings: [Rendering]
        }
        struct Candidate: Encodable { var concept: String; var language: Language; var text: String; var count: Int; var unrendered: Int; var example: Example }
        struct SourceCandidate: Encodable {
            var concept: String; var language: Language; var text: String; var pairedWith: String; var count: Int; var unnamed: Int; var example: Example
        }
        struct File: Encodable { var entries: [Entry]; var candidates: [Candidate]; var sourceCandidates: [SourceCandidate]? }
        func example(_ e: TermUsage.Example) -> Example { Example(location: e.location, source: e.source, target: e.target) }
        let file = File(
            entries: usage.entries.map { entry in
                Entry(concept: entry.concept, sourceLanguage: entry.sourceLanguage, targetLanguage: entry.targetLanguage, pairs: entry.pairs,
                      sourceTerms: entry.sourceTerms.map { Count(text: $0.text, count: $0.count, status: $0.status.rawValue) },
                      renderings: entry.renderings.map { Rendering(text: $0.text, status: $0.status?.rawValue ?? "unknown", count: $0.count, example: example($0.example)) })
            },
            candidates: usage.candidates.map {
                Candidate(concept: $0.concept, language: $0.language, text: $0.text, count: $0.count, unrendered: $0.unrendered, example: example($0.example))
            },
            sourceCandidates: usage.sourceCandidates.isEmpty ? nil : usage.sourceCandidates.map {
                SourceCandidate(concept: $0.concept, language: $0.language, text: $0.text, pairedWith: $0.pairedWith, count: $0.count,
                                unnamed: $0.unnamed, example: example($0.example))
            })
        return try JSONFormat.text(file)
    }
}
