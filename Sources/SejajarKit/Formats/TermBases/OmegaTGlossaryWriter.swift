/// Writes OmegaT's glossary file (`glossary.utf8`): `source<TAB>target<TAB>comment`, one line per
/// accepted source term and target rendering; the comment names the concept, the status and the
/// preferred rendering.
public struct OmegaTGlossaryWriter: FormatWriter {
    /// The project's source language.
    public var source: Language
    /// The project's target language.
    public var target: Language

    /// Creates a writer for a project from `source` to `target`.
    public init(source: Language, target: Language) {
        self.source = source
        self.target = target
    }

    /// The file's contents.
    public func write(_ glossary: Glossary) -> FormatOutput {
        var lines = ["# Sejajar glossary \(source.tag) → \(target.tag), generated from the TBX term base"]
        for concept in glossary.concepts {
            guard let preferred = concept.preferred(in: target) else { continue }
            for sourceTerm in concept.terms(in: source) where sourceTerm.status != .deprecated {
                for targetTerm in concept.terms(in: target) {
                    var comment = "\(concept.id) \(targetTerm.status.rawValue)"
                    if targetTerm.status == .deprecated { comment += "; use: \(preferred.text)" }
                    lines.append([sourceTerm.text, targetTerm.text, comment].map(GlossaryTableWriter.flatten).joined(separator: "\t"))
                }
            }
        }
        return FormatOutput(lines.joined(separator: "\n") + "\n")
    }
}
