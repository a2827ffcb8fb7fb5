/// Checks a term base for what makes it unreliable: duplicate concept ids, a term listed twice in
/// one concept, concepts missing a required language or a preferred term, unknown subject fields,
/// a term that is preferred in two concepts. Results are findings located in the glossary file.
public struct GlossaryLint: Sendable {
    /// Languages every concept must have.
    public var requiredLanguages: [String]

    /// Creates a linter.
    public init(requiredLanguages: [String] = ["vi", "es", "id"]) {
        self.requiredLanguages = requiredLanguages
    }

    /// The findings for `glossary`, read from `path`.
    public func lint(_ glossary: Glossary, path: String) -> [Finding] {
        var findings: [Finding] = []
        func report(_ code: FindingCode, _ severity: Severity, _ message: String, _ concept: String) {
            findings.append(Finding(code: code, severity: severity, message: message, location: SourceLocation(path: path, line: glossary.lines[concept] ?? 1), concept: concept))
        }
        var seenIDs = Set<String>()
        struct Key: Hashable, Comparable {
            var language: String
            var text: String
            static func < (a: Key, b: Key) -> Bool { (a.language, a.text) < (b.language, b.text) }
        }
        var preferredIn: [Key: [String]] = [:]
        for concept in glossary.concepts {
            if !seenIDs.insert(concept.id).inserted { report(.glossary.duplicateConcept, .error, "concept id \(concept.id) is used twice", concept.id) }
            if !Concept.subjectFields.contains(concept.subjectField) {
                report(.glossary.subjectField, .warning, "\(concept.id): unknown subject field '\(concept.subjectField)'", concept.id)
            }
            var seenTerms = Set<Key>()
            for term in concept.terms where !seenTerms.insert(Key(language: term.language.lowercased(), text: term.text)).inserted {
                report(.glossary.duplicateTerm, .error, "\(concept.id): '\(term.text)' (\(term.language)) is listed twice", concept.id)
            }
            for language in requiredLanguages where concept.terms(in: Language(language)).isEmpty {
                report(.glossary.missingLanguage, .error, "\(concept.id): no \(language) term", concept.id)
            }
            let languages = Set(concept.terms.map { $0.language })
            for language in languages.sorted() {
                let preferred = concept.terms.filter { $0.language == language && $0.status == .preferred }
                if preferred.isEmpty { report(.glossary.noPreferred, .warning, "\(concept.id): no preferred \(language) term", concept.id) }
                if preferred.count > 1 {
                    report(.glossary.severalPreferred, .warning, "\(concept.id): \(preferred.count) preferred \(language) terms", concept.id)
                }
                for term in preferred { preferredIn[Key(language: language, text: term.text.lowercased()), default: []].append(concept.id) }
            }
        }
        for (key, concepts) in preferredIn.sorted(by: { $0.key < $1.key }) where Set(concepts).count > 1 {
            report(.glossary.preferredTwice, .error,
                   "'\(key.text)' (\(key.language)) is the preferred term of \(concepts.joined(separator: " and "))", concepts[0])
        }
        return findings
    }
}
