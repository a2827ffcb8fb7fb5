/// How the term base's concepts are really rendered in aligned text: for every concept a source
/// text names, the renderings each target language used, with counts, their status in the term
/// base (preferred, admitted, deprecated, or none: a rendering the term base does not know) and
/// an example pair. What a terminologist reads to see where the term base and the translations
/// part, and to grow it from what translators actually write (`TermUsageCounter`).
public struct TermUsage: Sendable, Hashable {
    /// One concept in one language pair.
    public struct Entry: Sendable, Hashable {
        /// The concept's id.
        public var concept: String
        /// The language of the texts that name it, and of the renderings.
        public var sourceLanguage: Language
        public var targetLanguage: Language
        /// The source terms as the texts first wrote them, by count, most frequent first.
        public var sourceTerms: [Count]
        /// The renderings found, most frequent first; `unrendered` when none was found.
        public var renderings: [Rendering]
        /// Pairs naming the concept in the source.
        public var pairs: Int
    }

    /// A source term as written, how often it was seen, and its status in the term base.
    public struct Count: Sendable, Hashable {
        public var text: String
        public var count: Int
        public var status: Term.Status
    }

    /// A rendering of a concept in one target language.
    public struct Rendering: Sendable, Hashable {
        /// The rendering as first written in the texts; nil for pairs where no term of the
        /// concept was found in the target (an unknown rendering, or none).
        public var text: String?
        /// Its status in the term base.
        public var status: Term.Status?
        /// How many pairs used it.
        public var count: Int
        /// The first pair that used it.
        public var example: Example
    }

    /// A pair of texts where a rendering was seen.
    public struct Example: Sendable, Hashable {
        /// Where: the document (or memory) and the source sentence's line when known.
        public var location: String
        public var source: String
        public var target: String
    }

    /// A recurring target phrase where a concept had no term-base rendering: a candidate term
    /// for a person to decide on.
    public struct Candidate: Sendable, Hashable {
        public var concept: String
        public var language: Language
        /// The phrase as written most often.
        public var text: String
        /// Pairs without a known rendering of the concept that hold the phrase, and all such pairs.
        public var count: Int
        public var unrendered: Int
        public var example: Example
    }

    /// A source phrase the lexicon learned from the same pairs renders with a concept's term,
    /// where the source names the concept with no term the term base has: a candidate source
    /// term for the concept (or a concept of its own) for a person to decide on.
    public struct SourceCandidate: Sendable, Hashable {
        public var concept: String
        /// The source language, and the phrase as written most often.
        public var language: Language
        public var text: String
        /// The concept's term in the target the phrase was paired with, as written.
        public var pairedWith: String
        /// Pairs that hold the phrase against the concept's target term, and all pairs where the
        /// target names the concept and the source has none of its terms.
        public var count: Int
        public var unnamed: Int
        public var example: Example
    }

    /// Entries by concept id, then language pair.
    public var entries: [Entry]
    /// Candidate renderings, by concept id.
    public var candidates: [Candidate]
    /// Candidate source terms found through the learned lexicon, by concept id.
    public var sourceCandidates: [SourceCandidate] = []
}
