/// A bilingual word lexicon: pairs of folded words with translation probabilities in both
/// directions, learned with IBM Model 1 from aligned sentence pairs.
///
/// The aligner learns one from its own first pass; `sejajar lexicon train` saves one so later
/// runs (`--lexicon FILE`) start with it. Its pairs become anchors like glossary terms do.
public struct Lexicon: Sendable, Hashable, Codable {
    /// One word pair.
    public struct Entry: Sendable, Hashable, Codable {
        /// Folded source word.
        public var source: String
        /// Folded target word.
        public var target: String
        /// p(target | source).
        public var forward: Double
        /// p(source | target).
        public var backward: Double

        /// Creates an entry.
        public init(source: String, target: String, forward: Double, backward: Double) {
            self.source = source
            self.target = target
            self.forward = forward
            self.backward = backward
        }
    }

    /// Entries sorted by source then target word.
    public var entries: [Entry]

    /// Creates a lexicon.
    public init(entries: [Entry]) {
        self.entries = entries.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }
}
