/// The stable, machine-readable kind of a finding (`term.missing`, `alignment.different-sources`).
///
/// Codes are made only here, as static members grouped by the stage that raises them, so code
/// that raises or filters findings autocompletes them and cannot misspell one:
/// `finding.code == .term.missing`. Tools that read Sejajar's JSON see the raw strings.
public struct FindingCode: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The code as written in every output (`term.missing`).
    public let rawValue: String

    private init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The known code spelled `rawValue`, or nil.
    public init?(rawValue: String) {
        guard let known = Self.all.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = known
    }

    /// The raw string.
    public var description: String { rawValue }

    /// Orders codes by their raw strings, as reports list them.
    public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes a known code; an unknown one is a decoding error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let code = FindingCode(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown finding code '\(raw)'")
        }
        self = code
    }

    /// Encodes the raw string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Codes about the document pair as a whole, raised from an alignment.
    public struct AlignmentStage: Sendable {
        /// The two documents' source lines name different articles of one site.
        public let differentSources = FindingCode("alignment.different-sources")
        /// A source sentence with nothing in the target that translates it.
        public let omission = FindingCode("alignment.omission")
        /// A target sentence that translates nothing of the source.
        public let addition = FindingCode("alignment.addition")
        /// A pair whose two sentences stand at different places in their documents.
        public let moved = FindingCode("alignment.moved")
        /// The verdict on the pair, stated as a note at the end of a saved alignment's findings
        /// for tools that read findings only. The verdict itself is `Alignment.verdict`.
        public let verdict = FindingCode("alignment.verdict")
    }

    /// Codes of the glossary checks on aligned text.
    public struct TermStage: Sendable {
        /// A source term has no accepted rendering in the target.
        public let missing = FindingCode("term.missing")
        /// A term or rendering the term base marks deprecated.
        public let deprecated = FindingCode("term.deprecated")
        /// One concept rendered several accepted ways across the texts.
        public let inconsistent = FindingCode("term.inconsistent")
    }

    /// Codes of the glossary-free checks on aligned text.
    public struct TextStage: Sendable {
        /// A coordinated pair collapsed into one item repeated ("pengaduan, pengaduan").
        public let doublet = FindingCode("doublet")
        /// The numbers of the two sides differ.
        public let numberMismatch = FindingCode("number.mismatch")
        /// A measure given in another unit ("45 ha" / "450.000 m²"): worth a look, not an error.
        public let numberConverted = FindingCode("number.converted")
        /// The addresses (URLs, e-mail) of the two sides differ.
        public let urlMismatch = FindingCode("url.mismatch")
        /// The target repeats the source untranslated.
        public let untranslated = FindingCode("untranslated")
        /// The target is much longer or shorter than usual for the pair.
        public let lengthRatio = FindingCode("length.ratio")
    }

    /// Codes about the languages the texts are in.
    public struct LanguageStage: Sendable {
        /// A text does not look like the language it was declared in.
        public let unexpected = FindingCode("language.unexpected")
        /// Each text looks like the other's declared language.
        public let swapped = FindingCode("language.swapped")
    }

    /// Codes of the checks of two translations through their original.
    public struct PivotStage: Sendable {
        /// A sentence of the original rendered in one translation and missing from the other.
        public let oneSided = FindingCode("pivot.one-sided")
        /// A concept of the original rendered with an accepted term in one translation and with
        /// a wrong, deprecated or no term in the other.
        public let termDiverges = FindingCode("pivot.term-diverges")
    }

    /// Codes of the term base's own lint.
    public struct GlossaryStage: Sendable {
        /// Two concepts share an id.
        public let duplicateConcept = FindingCode("glossary.duplicate-concept")
        /// A subject field outside the term base's list.
        public let subjectField = FindingCode("glossary.subject-field")
        /// A term listed twice in one concept.
        public let duplicateTerm = FindingCode("glossary.duplicate-term")
        /// A concept without a term in a required language.
        public let missingLanguage = FindingCode("glossary.missing-language")
        /// A language of a concept without a preferred term.
        public let noPreferred = FindingCode("glossary.no-preferred")
        /// A language of a concept with several preferred terms.
        public let severalPreferred = FindingCode("glossary.several-preferred")
        /// One term preferred in two concepts.
        public let preferredTwice = FindingCode("glossary.preferred-twice")
    }

    /// Codes raised from an alignment as a whole.
    public static let alignment = AlignmentStage()
    /// Codes of the glossary checks.
    public static let term = TermStage()
    /// Codes of the glossary-free checks.
    public static let text = TextStage()
    /// Codes of the glossary lint.
    public static let glossary = GlossaryStage()
    /// Codes of the checks through the original.
    public static let pivot = PivotStage()
    /// Codes about the texts' languages.
    public static let language = LanguageStage()

    /// Every code, for decoding and documentation.
    public static let all: [FindingCode] = [
        alignment.differentSources, alignment.omission, alignment.addition, alignment.moved, alignment.verdict,
        language.unexpected, language.swapped,
        term.missing, term.deprecated, term.inconsistent,
        text.doublet, text.numberMismatch, text.numberConverted, text.urlMismatch, text.untranslated, text.lengthRatio,
        pivot.oneSided, pivot.termDiverges,
        glossary.duplicateConcept, glossary.subjectField, glossary.duplicateTerm, glossary.missingLanguage,
        glossary.noPreferred, glossary.severalPreferred, glossary.preferredTwice,
    ]
}
