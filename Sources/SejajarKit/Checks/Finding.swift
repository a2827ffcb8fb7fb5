/// How much a finding matters.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// Worth knowing.
    case note
    /// Probably wrong; a reviewer should look.
    case warning
    /// Wrong.
    case error

    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }

    /// Orders note < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Something a reviewer should look at: a value, not a thrown error.
///
/// `code` is stable and machine-readable (`term.missing`, `alignment.different-sources`); the location
/// points at a file position so the CLI can print it like a compiler diagnostic.
public struct Finding: Sendable, Hashable, Codable {
    /// Stable identifier of the kind of finding.
    public var code: String
    /// How much it matters.
    public var severity: Severity
    /// Human-readable explanation.
    public var message: String
    /// The file the finding points into.
    public var path: String
    /// 1-based line in that file.
    public var line: Int
    /// 1-based column in that line.
    public var column: Int
    /// Index of the bead concerned, when there is one.
    public var bead: Int?
    /// Glossary concept concerned, when there is one.
    public var concept: String?
    /// Where in the bead's source and target text (character offsets), when it applies.
    public var source: Span?
    public var target: Span?

    /// A stretch of a bead's text: character offsets into that bead's source or target text.
    public struct Span: Sendable, Hashable, Codable {
        public var start: Int
        public var end: Int
        public var text: String
        /// Creates a span.
        public init(start: Int, end: Int, text: String) {
            self.start = start
            self.end = end
            self.text = text
        }
    }

    /// Creates a finding.
    public init(code: String, severity: Severity, message: String, path: String, line: Int = 1, column: Int = 1, bead: Int? = nil,
                concept: String? = nil, source: Span? = nil, target: Span? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.bead = bead
        self.concept = concept
        self.source = source
        self.target = target
    }

    /// `path:line:column: severity: [code] message`, the way compilers print.
    public var diagnosticLine: String {
        "\(path):\(line):\(column): \(severity.rawValue): [\(code)] \(message)"
    }
}
