/// Something a reviewer should look at: a value, not a thrown error.
///
/// Checks make findings; writers render them (compiler-style lines, JSON, the HTML report).
/// `code` is stable and machine-readable; the location points into an input file.
public struct Finding: Sendable, Hashable {
    /// The kind of finding.
    public var code: FindingCode
    /// How much it matters.
    public var severity: Severity
    /// Human-readable explanation.
    public var message: String
    /// Where in which file.
    public var location: SourceLocation
    /// Index of the bead concerned, when there is one.
    public var bead: Int?
    /// Glossary concept concerned, when there is one.
    public var concept: String?
    /// Where in the bead's source text (character offsets), when it applies.
    public var source: Span?
    /// Where in the bead's target text, when it applies.
    public var target: Span?

    /// A stretch of a bead's text: character offsets into that bead's source or target text.
    public struct Span: Sendable, Hashable, Codable {
        /// First character.
        public var start: Int
        /// One past the last character.
        public var end: Int
        /// The text of the stretch.
        public var text: String
        /// Creates a span.
        public init(start: Int, end: Int, text: String) {
            self.start = start
            self.end = end
            self.text = text
        }
    }

    /// Creates a finding.
    public init(code: FindingCode, severity: Severity, message: String, location: SourceLocation, bead: Int? = nil,
                concept: String? = nil, source: Span? = nil, target: Span? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
        self.bead = bead
        self.concept = concept
        self.source = source
        self.target = target
    }
}

extension Finding: Codable {
    /// Set to `true` in an encoder's `userInfo` to write absent fields as `null` (the check
    /// report's documented shape) instead of leaving them out (the saved alignment's).
    public static let explicitNulls = CodingUserInfoKey(rawValue: "sejajar.finding.explicitNulls")!

    private enum Keys: String, CodingKey { case code, severity, bead, concept, message, path, line, column, source, target }

    /// One flat object: `code, severity, message, path, line, column`, then `bead, concept,
    /// source, target` when present (or null, see `explicitNulls`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(code, forKey: .code)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(location.path, forKey: .path)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        if encoder.userInfo[Self.explicitNulls] as? Bool == true {
            try container.encode(bead, forKey: .bead)
            try container.encode(concept, forKey: .concept)
            try container.encode(source, forKey: .source)
            try container.encode(target, forKey: .target)
        } else {
            try container.encodeIfPresent(bead, forKey: .bead)
            try container.encodeIfPresent(concept, forKey: .concept)
            try container.encodeIfPresent(source, forKey: .source)
            try container.encodeIfPresent(target, forKey: .target)
        }
    }

    /// Reads the flat object `encode(to:)` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(code: try container.decode(FindingCode.self, forKey: .code),
                  severity: try container.decode(Severity.self, forKey: .severity),
                  message: try container.decode(String.self, forKey: .message),
                  location: SourceLocation(path: try container.decode(String.self, forKey: .path),
                                           line: try container.decode(Int.self, forKey: .line),
                                           column: try container.decode(Int.self, forKey: .column)),
                  bead: try container.decodeIfPresent(Int.self, forKey: .bead),
                  concept: try container.decodeIfPresent(String.self, forKey: .concept),
                  source: try container.decodeIfPresent(Span.self, forKey: .source),
                  target: try container.decodeIfPresent(Span.self, forKey: .target))
    }
}
