/// Whether the two texts are in the languages they were declared in (`LanguageProfile`): a text
/// that reads as another language (`language.unexpected`), or two that read as each other's
/// (`language.swapped`, one finding instead of two). Term checks, segmentation and a memory's
/// language tags all follow the declared languages, so a wrong one silently loses findings.
public struct LanguageCheck {
    /// Creates the check.
    public init() {}

    /// The findings about the documents of `alignment`.
    public func findings(_ alignment: Alignment) -> [Finding] {
        let documents = [alignment.source, alignment.target]
        let readings = documents.map { document in
            LanguageProfile.read(document.sentences.filter { $0.role.isContent }.map(\.text).joined(separator: " "))
        }
        let seen = zip(documents, readings).map { LanguageProfile.mismatch($1, declared: $0.language) }
        let source = alignment.source, target = alignment.target
        // Swapped: one side reads as the other's language, and the other side at least leans
        // that way (its own language shows less than the first side's).
        let sourceSwapped = seen[0].map { Self.same($0, target.language) } ?? false
        let targetSwapped = seen[1].map { Self.same($0, source.language) } ?? false
        if (sourceSwapped && (targetSwapped || LanguageProfile.leans(readings[1], towards: source.language, from: target.language)))
            || (targetSwapped && LanguageProfile.leans(readings[0], towards: target.language, from: source.language)) {
            let s = seen[0] ?? LanguageProfile.base(target.language), t = seen[1] ?? LanguageProfile.base(source.language)
            return [Finding(code: .language.swapped, severity: .warning,
                            message: "the source reads as \(LanguageProfile.name(s)) and the target as \(LanguageProfile.name(t)): "
                                + "are the two texts (or --from \(source.language.tag) and --to \(target.language.tag)) swapped?",
                            location: SourceLocation(path: source.path))]
        }
        return zip(documents, seen).compactMap { document, language in
            language.map { language in
                Finding(code: .language.unexpected, severity: .warning,
                        message: "the text reads as \(LanguageProfile.name(language)), not as its declared language '\(document.language.tag)'",
                        location: SourceLocation(path: document.path))
            }
        }
    }

    /// Whether a language the profile names is `language` (Malay counts as Indonesian).
    static func same(_ seen: String, _ language: Language) -> Bool {
        (LanguageProfile.sameProfile[language.base] ?? language.base) == seen
    }
}
