/// Writes line-parallel plain text (the Moses/OPUS convention for MT training): line k of the
/// source file translates line k of the target file: two files, `OUTPUT.<source language>` and
/// `OUTPUT.<target language>`. Only the pairs the selection keeps are written (`BeadSelection`); line breaks and tabs inside a segment become spaces so the files stay parallel.
public struct MosesWriter: FormatWriter {
    /// Which beads are written.
    public var selection: BeadSelection

    /// Creates a writer.
    public init(selection: BeadSelection = BeadSelection()) {
        self.selection = selection
    }

    /// The source and target files, suffixed with their languages' tags.
    public func write(_ alignment: Alignment) -> FormatOutput {
        var source = "", target = ""
        for bead in alignment.beads where selection.decision(for: bead, verdict: alignment.verdict) == .kept {
            source += Self.flatten(alignment.sourceText(of: bead)) + "\n"
            target += Self.flatten(alignment.targetText(of: bead)) + "\n"
        }
        return FormatOutput(files: [FormatOutput.File(suffix: "." + alignment.source.language.tag, text: source),
                                    FormatOutput.File(suffix: "." + alignment.target.language.tag, text: target)])
    }

    static func flatten(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : Character($0) })
    }
}
