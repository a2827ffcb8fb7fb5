/// `source<TAB>target<TAB>confidence` per bead, tabs, newlines and backslashes inside the text
/// escaped as `\t`, `\n`, `\\`: what spreadsheet users and quick scripts want.
public struct TSVAlignmentWriter: FormatWriter {
    /// Creates a writer.
    public init() {}

    /// Every bead of `alignment` (boilerplate included; its role is visible in the JSON form).
    public func write(_ alignment: Alignment) -> FormatOutput {
        var out = ""
        for bead in alignment.beads {
            out += Self.escape(alignment.sourceText(of: bead)) + "\t" + Self.escape(alignment.targetText(of: bead)) + "\t"
                + DecimalText.confidence(bead.confidence) + "\n"
        }
        return FormatOutput(out)
    }

    /// Escapes one field.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.append(character)
            }
        }
        return out
    }
}
