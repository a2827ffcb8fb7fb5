/// `source<TAB>target<TAB>confidence` per bead, tabs, newlines and backslashes inside the text
/// escaped as `\t`, `\n`, `\\`: what spreadsheet users and quick scripts want.
public enum TSVAlignment {
    /// Writes every bead (boilerplate included; its role is visible in the JSON form).
    public static func write(_ alignment: Alignment) -> String {
        var out = ""
        for bead in alignment.beads {
            out += escape(alignment.sourceText(of: bead)) + "\t" + escape(alignment.targetText(of: bead)) + "\t"
                + Ladder.formatConfidence(bead.confidence) + "\n"
        }
        return out
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
