/// The saved-alignment format as Codable records: what `AlignmentJSONWriter` writes and
/// `AlignmentJSONReader` reads. `findings` is written (derived facts for tools that read findings
/// only) and never read back: findings are recomputed from the alignment.
struct AlignmentJSONFile: Codable {
    struct Side: Codable {
        var path: String
        var language: Language
        var sentences: [String]
        var paragraphs: [ParagraphRecord]?
        /// `[line, column]` of each sentence in the input file (1-based), followed by
        /// `offset, line, column` triples where the sentence continues elsewhere (a new input
        /// line, collapsed whitespace), so that findings on a saved alignment point into the
        /// original text.
        var positions: [[Int]]?
        /// Formatting kept from the input (bold, italic, links, note marks), when there is any:
        /// one record per code, naming its sentence.
        var codes: [CodeRecord]?
    }
    struct CodeRecord: Codable {
        var sentence: Int
        var kind: InlineCode.Kind
        var start: Int
        var end: Int
        var value: String?
    }
    struct ParagraphRecord: Codable {
        var sentences: [Int]
        var role: Role
        var line: Int
    }
    struct BeadRecord: Codable {
        var source: [Int]
        var target: [Int]
        var sourceText: String
        var targetText: String
        var confidence: Double
        var role: String
        var kind: Role?
        var locked: Bool?
        /// A pair whose sides stand at different places in their documents.
        var moved: Bool?
        /// Where an empty side sits in its document's reading order (the index of the next
        /// sentence), so an omission or addition keeps its place however beads are ordered.
        var sourceAt: Int?
        var targetAt: Int?
    }
    var source: Side
    var target: Side
    var verdict: Verdict
    var score: Double
    var beads: [BeadRecord]
    var findings: [Finding]?

    private enum CodingKeys: String, CodingKey { case source, target, verdict, score, beads, findings }

    init(source: Side, target: Side, verdict: Verdict, score: Double, beads: [BeadRecord], findings: [Finding]?) {
        self.source = source
        self.target = target
        self.verdict = verdict
        self.score = score
        self.beads = beads
        self.findings = findings
    }

    /// Reads everything but the findings.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(Side.self, forKey: .source)
        target = try container.decode(Side.self, forKey: .target)
        verdict = try container.decode(Verdict.self, forKey: .verdict)
        score = try container.decode(Double.self, forKey: .score)
        beads = try container.decode([BeadRecord].self, forKey: .beads)
        findings = nil
    }
}
