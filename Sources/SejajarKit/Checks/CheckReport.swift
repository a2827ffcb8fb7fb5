import Foundation

/// The JSON form of a check: `{"findings": [{"code", "severity", "bead", "concept", "message",
/// "source": {"start", "end", "text"}, "target": {…}}], "summary": {code: count}}`; absent sides are null.
public struct CheckReport: Sendable, Hashable {
    /// The findings in order.
    public var findings: [Finding]
    /// Count per code.
    public var summary: [String: Int]

    /// Creates a report.
    public init(findings: [Finding], summary: [String: Int]) {
        self.findings = findings
        self.summary = summary
    }

    private struct Entry: Encodable {
        var code: String
        var severity: String
        var bead: Int?
        var concept: String?
        var message: String
        var path: String
        var line: Int
        var column: Int
        var source: Finding.Span?
        var target: Finding.Span?

        func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey { case code, severity, bead, concept, message, path, line, column, source, target }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(code, forKey: .code)
            try container.encode(severity, forKey: .severity)
            try container.encode(bead, forKey: .bead)
            try container.encode(concept, forKey: .concept)
            try container.encode(message, forKey: .message)
            try container.encode(path, forKey: .path)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(source, forKey: .source)
            try container.encode(target, forKey: .target)
        }
    }

    private struct Document: Encodable {
        var findings: [Entry]
        var summary: [String: Int]
    }

    /// Pretty JSON with sorted keys (nulls written explicitly).
    public var json: String {
        let document = Document(findings: findings.map {
            Entry(code: $0.code, severity: $0.severity.rawValue, bead: $0.bead, concept: $0.concept, message: $0.message,
                  path: $0.path, line: $0.line, column: $0.column, source: $0.source, target: $0.target)
        }, summary: summary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }
}
