/// What the review editor's page shows, as the JSON its HTTP API returns: the beads, the
/// findings beside them, the header's verdict and shares, and (once, when the page loads) the
/// two documents' sentences with their glossary terms. Offsets into sentence texts are UTF-16
/// code units, as a browser's strings count them.
public struct ReviewState: Sendable, Hashable, Codable {
    /// Counts every change; an edit must name the revision it was made against.
    public var revision: Int
    /// The revision last saved to disk (or loaded): unsaved edits when it differs.
    public var savedRevision: Int
    /// Whether undo and redo can go anywhere.
    public var canUndo: Bool
    public var canRedo: Bool
    /// The verdict on the pair (parallel, partial, comparable, unrelated) and its score.
    public var verdict: String
    public var score: String
    /// Share of each side's content sentences in confident pairs ("95%", "–" for none).
    public var sourceAligned: String
    public var targetAligned: String
    /// Beads in reading order.
    public var beads: [BeadView]
    /// Every finding, in bead order (those about the whole pair have no bead).
    public var findings: [FindingView]
    /// How many findings of each code.
    public var counts: [String: Int]
    /// The documents; only in the state the page loads first (`GET /state`).
    public var source: DocumentView?
    public var target: DocumentView?

    /// One bead: half-open sentence ranges `[start, end]`, its confidence and flags.
    public struct BeadView: Sendable, Hashable, Codable {
        public var source: [Int]
        public var target: [Int]
        public var confidence: Double
        /// pair, moved, omission, addition or boilerplate (the report's classes).
        public var kind: String
        /// content, or the kind of boilerplate.
        public var role: String
        public var locked: Bool
    }

    /// One finding, with the bead it is about.
    public struct FindingView: Sendable, Hashable, Codable {
        public var bead: Int?
        public var severity: String
        public var code: String
        public var message: String
    }

    /// One document as the page shows it.
    public struct DocumentView: Sendable, Hashable, Codable {
        public var path: String
        public var language: String
        public var sentences: [SentenceView]
    }

    /// One sentence: its text, where it is in its file, its paragraph and role, and the glossary
    /// terms in it.
    public struct SentenceView: Sendable, Hashable, Codable {
        public var text: String
        public var line: Int
        public var paragraph: Int
        public var role: String
        public var terms: [TermView]?
    }

    /// A glossary term in a sentence: UTF-16 offsets, whether only deprecated terms matched, and
    /// the concept for its hover text.
    public struct TermView: Sendable, Hashable, Codable {
        public var start: Int
        public var end: Int
        public var deprecated: Bool
        public var title: String
    }
}
