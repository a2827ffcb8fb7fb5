/// Checks a translation memory the way `check` checks an alignment: every unit is a pair, and
/// every `PairCheck` runs on it (terms missing or deprecated, doublets, numbers, addresses,
/// untranslated text, length ratio), with term consistency across the units checked together.
/// Translators QA their memories too; the caller streams the memory and gives the units in
/// batches, so a memory of any size is checked in bounded memory.
public struct MemoryCheck {
    /// One unit of the memory: its source and target text and the line its `<tu>` starts on.
    public struct Unit: Sendable, Hashable {
        public var source: String
        public var target: String
        public var line: Int
        /// Creates a unit.
        public init(source: String, target: String, line: Int) {
            self.source = source
            self.target = target
            self.line = line
        }
    }

    /// The term base, or nil for the glossary-free checks only.
    public var glossary: Glossary?
    /// The memory's file, for the findings' locations.
    public var path: String
    /// The languages of the sides checked.
    public var source: Language
    public var target: Language
    private var matchers: TermMatchers?

    /// Creates a check of the memory at `path` between `source` and `target`.
    public init(glossary: Glossary?, path: String, source: Language, target: Language) {
        self.glossary = glossary
        self.path = path
        self.source = source
        self.target = target
        matchers = glossary.map { TermMatchers(glossary: $0, source: source, target: target) }
    }

    /// The findings on a batch of units; `first` is the index of the batch's first unit in the
    /// memory, and each finding's `bead` is its unit's index.
    public func findings(_ units: [Unit], first: Int) -> [Finding] {
        guard !units.isEmpty else { return [] }
        func document(_ texts: [(String, Int)], _ language: Language) -> Document {
            Document(path: path, language: language,
                     paragraphs: texts.indices.map { Paragraph(sentences: $0..<($0 + 1), role: .content, line: texts[$0].1) },
                     sentences: texts.enumerated().map { Sentence(text: $1.0, paragraph: $0, line: $1.1, column: 1) })
        }
        let alignment = Alignment(source: document(units.map { ($0.source, $0.line) }, source),
                                  target: document(units.map { ($0.target, $0.line) }, target),
                                  beads: units.indices.map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: 1) },
                                  verdict: .parallel, score: 1)
        return Checker(glossary: glossary).check([alignment], matchers: matchers)[0].map { finding in
            var finding = finding
            finding.bead = finding.bead.map { $0 + first }
            return finding
        }
    }
}
