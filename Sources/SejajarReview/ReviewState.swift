import SejajarKit
/// What the review editor's page shows, as the JSON its HTTP API returns: the beads, the
/// findings beside them, the header's verdict and shares, and (once, when the page loads) the
/// two documents' sentences with their glossary terms. Offsets into sentence texts are UTF-16
/// code units, as a browser's strings count them.
public struct ReviewState: Sendable, Hashable, Codable {
    /// Counts every change; an edit must name the revision it was made against.
    public var revision: Int
    /// The revision last saved to disk (or loaded): unsaved edits when it differs.
    public var savedRevision: Int
    /// Whether there is an edit to undo.
    public var canUndo: Bool
    /// Whether there is an undone edit to redo.
    public var canRedo: Bool
    /// The verdict on the pair: parallel, partial, comparable or unrelated.
    public var verdict: String
    /// The alignment's score, three decimals.
    public var score: String
    /// Share of the source's content sentences in confident pairs ("95%", "–" for none).
    public var sourceAligned: String
    /// Share of the target's content sentences in confident pairs.
    public var targetAligned: String
    /// Beads in reading order.
    public var beads: [BeadView]
    /// Every finding, in bead order (those about the whole pair have no bead).
    public var findings: [FindingView]
    /// How many findings of each code.
    public var counts: [String: Int]
    /// The source document; only in the state the page loads first (`GET /state`).
    public var source: DocumentView?
    /// The target document; only in the state the page loads first.
    public var target: DocumentView?

    /// One bead: half-open sentence ranges `[start, end]`, its confidence and flags.
    public struct BeadView: Sendable, Hashable, Codable {
        /// Source sentences, `[start, end]` (equal for none: the position of an addition).
        public var source: [Int]
        /// Target sentences, `[start, end]`.
        public var target: [Int]
        /// The probability that the bead is right, three decimals.
        public var confidence: Double
        /// pair, moved, omission, addition or boilerplate (the report's classes).
        public var kind: String
        /// content, or the kind of boilerplate.
        public var role: String
        /// Whether a person fixed it.
        public var locked: Bool
    }

    /// One finding, with the bead it is about.
    public struct FindingView: Sendable, Hashable, Codable {
        /// The bead's index, nil for a finding about the whole pair.
        public var bead: Int?
        /// error, warning or note.
        public var severity: String
        /// The finding's code (`term.missing`, `alignment.omission` …).
        public var code: String
        /// What the reviewer reads.
        public var message: String
    }

    /// One document as the page shows it.
    public struct DocumentView: Sendable, Hashable, Codable {
        /// The file it was read from.
        public var path: String
        /// Its language tag.
        public var language: String
        /// Its sentences, in order.
        public var sentences: [SentenceView]
    }

    /// One sentence: its text, where it is in its file, its paragraph and role, and the glossary
    /// terms in it.
    public struct SentenceView: Sendable, Hashable, Codable {
        /// The sentence as read.
        public var text: String
        /// Its line in the input file.
        public var line: Int
        /// Its paragraph's index (a change of paragraph draws a gap between rows).
        public var paragraph: Int
        /// content, or the kind of boilerplate.
        public var role: String
        /// The glossary terms in it; absent for none.
        public var terms: [TermView]?
    }

    /// A glossary term in a sentence: UTF-16 offsets, whether only deprecated terms matched, and
    /// the concept for its hover text.
    public struct TermView: Sendable, Hashable, Codable {
        /// Where it starts, in UTF-16 code units.
        public var start: Int
        /// Where it ends, in UTF-16 code units.
        public var end: Int
        /// Whether no accepted term matched there (marked red).
        public var deprecated: Bool
        /// The concept, its pivot term and preferred renderings, for the hover text.
        public var title: String
    }
}
