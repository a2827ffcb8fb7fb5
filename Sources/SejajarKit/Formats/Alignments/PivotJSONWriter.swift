/// Writes a pivot alignment (`PivotAlignment`) as JSON: the three pairwise alignments, each in
/// the saved-alignment format (`AlignmentJSONWriter`: original–first, original–second,
/// first–second), and the units of all three in the original's reading order. Keys are sorted
/// and numbers rounded, so the same alignment always gives the same bytes.
///
/// `{"format": "sejajar-pivot", "languages": [original, first, second], "units": [{"original":
/// [i…], "first": [k…], "second": [m…], "shape", "confidence", "role", "texts": […]}],
/// "alignments": [{saved alignment}, {…}, {…}]}`. Any of the three alignments can be taken out
/// and read by `export`, `check` or `align --resume`.
public struct PivotJSONWriter: FormatWriter {
    /// The confidence at which a pair counts as confident (for each alignment's verdict note).
    public var confidentThreshold: Double

    /// Creates a writer.
    public init(confidentThreshold: Double = AlignerParameters().confidentThreshold) {
        self.confidentThreshold = confidentThreshold
    }

    struct File: Encodable {
        struct Unit: Encodable {
            var original: [Int]
            var first: [Int]
            var second: [Int]
            var shape: String
            var confidence: Double
            var role: String
            var kind: Role?
            var texts: [String]
        }
        var format = "sejajar-pivot"
        var languages: [Language]
        var units: [Unit]
        var alignments: [AlignmentJSONFile]
    }

    /// The JSON text of the pivot alignment, each alignment with its own findings (from
    /// `AlignmentCheck`), in the order original–first, original–second, first–second.
    public func write(_ checked: CheckedPivotAlignment) throws(SejajarError) -> FormatOutput {
        let pivot = checked.pivot, findings = [checked.first, checked.second, checked.derived]
        let writer = AlignmentJSONWriter(confidentThreshold: confidentThreshold)
        let alignments = [pivot.first, pivot.second, pivot.derived]
        let file = File(
            languages: [pivot.original.language, pivot.first.target.language, pivot.second.target.language],
            units: pivot.beads.map { bead in
                let texts = pivot.texts(of: bead)
                return File.Unit(original: Array(bead.original), first: Array(bead.first), second: Array(bead.second), shape: bead.shape,
                                 confidence: DecimalText.rounded(bead.confidence), role: bead.role.isBoilerplate ? "boilerplate" : "content",
                                 kind: bead.role.isBoilerplate ? bead.role : nil, texts: [texts.original, texts.first, texts.second])
            },
            alignments: alignments.enumerated().map { k, alignment in writer.file(alignment, findings: k < findings.count ? findings[k] : []) })
        return FormatOutput(try JSONFormat.text(file))
    }
}
