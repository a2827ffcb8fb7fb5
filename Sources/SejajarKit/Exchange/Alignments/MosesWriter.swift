/// Writes line-parallel plain text (the Moses/OPUS convention for MT training): line k of the
/// source file translates line k of the target file. Only the pairs `MemoryPolicy` admits are
/// written; line breaks and tabs inside a segment become spaces so the files stay parallel.
public struct MosesWriter: Sendable {
    /// Which beads are written.
    public var policy: MemoryPolicy

    /// Creates a writer.
    public init(policy: MemoryPolicy = MemoryPolicy()) {
        self.policy = policy
    }

    /// The source and target files' contents.
    public func write(_ alignment: Alignment) -> (source: String, target: String) {
        var source = "", target = ""
        for bead in alignment.beads where policy.decision(for: bead, verdict: alignment.verdict) == .kept {
            source += Self.flatten(alignment.sourceText(of: bead)) + "\n"
            target += Self.flatten(alignment.targetText(of: bead)) + "\n"
        }
        return (source, target)
    }

    static func flatten(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : Character($0) })
    }
}
