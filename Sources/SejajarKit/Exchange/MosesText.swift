/// Line-parallel plain text (the Moses/OPUS convention for MT training): line k of the source
/// file translates line k of the target file. Only content pairs are written; line breaks and
/// tabs inside a segment become spaces so the files stay parallel.
public enum MosesText {
    /// The source and target files' contents.
    public static func write(_ alignment: Alignment, minimumConfidence: Double = 0) -> (source: String, target: String) {
        var source = "", target = ""
        for bead in alignment.beads where bead.role == .content && !bead.isNull && bead.confidence >= minimumConfidence {
            source += flatten(alignment.sourceText(of: bead)) + "\n"
            target += flatten(alignment.targetText(of: bead)) + "\n"
        }
        return (source, target)
    }

    static func flatten(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : Character($0) })
    }
}
