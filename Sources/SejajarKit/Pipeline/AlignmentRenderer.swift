/// Renders alignments in an `AlignmentFormat`: which beads go in (`beads`), the findings each
/// format carries, the term base a report highlights, and what to tell the user about what was
/// left out (the output's notes). `align` (one pair, a batch, `--resume`, three texts) and
/// `export` render through it; the report's term matchers are built once per language pair.
public struct AlignmentRenderer {
    /// Which beads a format other than TMX writes.
    public enum BeadFilter: Sendable, Hashable {
        /// Every bead.
        case all
        /// Beads the selection's floor keeps (`align --min-confidence`), the number left out
        /// noted.
        case confident
        /// Beads the selection keeps for a memory (`export`): content pairs of translations, at or
        /// above the floor, or locked.
        case memory
    }

    /// The format.
    public var format: AlignmentFormat
    /// Which beads go into a memory, and the floor of `.confident`.
    public var selection: BeadSelection
    /// Which beads the other formats write.
    public var filter: BeadFilter
    /// The term base a report highlights and a memory's units name the concepts of.
    public var glossary: Glossary?
    /// Confidence at which a bead counts as confident in a report's shares and a saved verdict.
    public var confidentThreshold: Double
    /// XLIFF's version.
    public var xliffVersion: XLIFFWriter.Version
    /// XLIFF: pairs under this confidence are marked for review.
    public var reviewBelow: Double
    /// Matchers built so far, one per language pair.
    private var matchers: [TermMatchers] = []

    /// Creates a renderer.
    public init(format: AlignmentFormat, selection: BeadSelection = BeadSelection(), filter: BeadFilter = .all, glossary: Glossary? = nil,
                confidentThreshold: Double = AlignerParameters().confidentThreshold, xliffVersion: XLIFFWriter.Version = .v2_0,
                reviewBelow: Double = 0.9) {
        self.format = format
        self.selection = selection
        self.filter = filter
        self.glossary = glossary
        self.confidentThreshold = confidentThreshold
        self.xliffVersion = xliffVersion
        self.reviewBelow = reviewBelow
    }

    /// `alignment` in the format, with the findings of `AlignmentCheck` (and the report's term
    /// highlights when a term base is given).
    public mutating func render(_ alignment: Alignment) throws(SejajarError) -> FormatOutput {
        if format == .tmx {
            let concepts = glossary.map { MemoryBuilder.concepts(of: [alignment], glossary: $0) }
            let (memory, counts) = MemoryBuilder(policy: selection, creationDate: MemoryBuilder.creationDate(), concepts: concepts).memory([alignment])
            var output = try TMXWriter().write(memory)
            output.notes.append(counts.summary(removedCharacters: output.removedCharacters, policy: selection))
            return output
        }
        var alignment = alignment
        var notes: [String] = []
        switch filter {
        case .all:
            break
        case .confident:
            let before = alignment.beads.count
            alignment.beads.removeAll { !selection.meetsFloor($0) }
            if before > alignment.beads.count {
                notes.append("\(alignment.source.path): left out \(before - alignment.beads.count) beads under confidence \(selection.minimumConfidence)")
            }
        case .memory:
            if format == .tsv {
                let verdict = alignment.verdict
                alignment.beads.removeAll { selection.decision(for: $0, verdict: verdict) != .kept }
            }
        }
        let termMatchers = glossary.map {
            TermMatchers.shared(&matchers, glossary: $0, source: alignment.source.language, target: alignment.target.language)
        }
        let checked = CheckedAlignment(alignment, findings: format == .ladder || format == .tsv || format == .moses ? []
                                       : AlignmentCheck(matchers: termMatchers).findings(alignment), matchers: termMatchers)
        var output: FormatOutput
        switch format {
        case .ladder: output = LadderWriter().write(alignment)
        case .tsv: output = TSVAlignmentWriter().write(alignment)
        case .json: output = try AlignmentJSONWriter(confidentThreshold: confidentThreshold).write(checked)
        case .tmx: preconditionFailure("rendered above")
        case .xliff: output = try XLIFFWriter(version: xliffVersion, reviewBelow: reviewBelow).write(checked)
        case .moses: output = MosesWriter(selection: selection).write(alignment)
        case .html: output = HTMLReportWriter(glossary: glossary, confidentThreshold: confidentThreshold).write(checked)
        }
        output.notes = notes + output.notes
        return output
    }

    /// An original and two translations in the format: JSON holds the three alignments and the
    /// units of all three, TMX one unit with a variant per language, HTML the three texts in
    /// three columns; ladder, TSV and XLIFF the translations' own alignment.
    public func render(_ pivot: PivotAlignment) throws(SejajarError) -> FormatOutput {
        var pivot = pivot
        if filter == .confident, format != .tmx {
            pivot.derived.beads.removeAll { !selection.meetsFloor($0) }
        }
        switch format {
        case .json:
            let findings = [pivot.first, pivot.second, pivot.derived].map { AlignmentCheck().findings($0) }
            return try PivotJSONWriter(confidentThreshold: confidentThreshold)
                .write(CheckedPivotAlignment(pivot, first: findings[0], second: findings[1], derived: findings[2]))
        case .tmx:
            let (memory, counts) = MemoryBuilder(policy: selection, creationDate: MemoryBuilder.creationDate()).memory(pivot)
            var output = try TMXWriter().write(memory)
            output.notes.append(counts.summary(removedCharacters: output.removedCharacters, policy: selection))
            return output
        case .ladder: return LadderWriter().write(pivot.derived)
        case .tsv: return TSVAlignmentWriter().write(pivot.derived)
        case .moses: return MosesWriter(selection: selection).write(pivot.derived)
        case .xliff: return try XLIFFWriter(version: xliffVersion).write(CheckedAlignment(pivot.derived, findings: AlignmentCheck().findings(pivot.derived)))
        case .html:
            let own = [pivot.first, pivot.second].map { AlignmentCheck().findings($0) }
            let through = PivotCheck(glossary: glossary).findings(pivot, first: own[0], second: own[1])
            return PivotReportWriter(glossary: glossary, confidentThreshold: confidentThreshold)
                .write(CheckedPivotAlignment(pivot, first: own[0], second: own[1], through: through))
        }
    }
}
