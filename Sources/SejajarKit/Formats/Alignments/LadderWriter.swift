/// Writes the Vecalign/Text+Berg bead format (`LadderReader`): one bead per line in reading
/// order, `[i, j]:[k]:confidence`, 0-based sentence indices, three decimals.
public struct LadderWriter: FormatWriter {
    /// Creates a writer.
    public init() {}

    /// Every bead of `alignment`, with its confidence.
    public func write(_ alignment: Alignment) -> FormatOutput {
        var out = ""
        for bead in alignment.beads {
            out += "[\(bead.source.map(String.init).joined(separator: ", "))]:[\(bead.target.map(String.init).joined(separator: ", "))]:"
            out += DecimalText.confidence(bead.confidence) + "\n"
        }
        return FormatOutput(out)
    }
}
