import Foundation

/// Reads the pairs a translation memory store takes from a file: a TMX file (1.1–1.4, streamed:
/// each unit's source `tuv` — its `srclang`, else the header's, else the first — against every
/// other), a saved alignment (JSON of two texts, or of three: the original against each
/// translation) or a bilingual XLIFF file. Told by the extension, else by the first bytes.
///
/// Provenance comes with each pair: the line, the TMX `creationdate`, the aligner's confidence
/// (`x-confidence`, a bead's), reviewed (a locked bead, a TMX `x-reviewed` property), and the
/// origin — aligned for saved alignments and for TMX units Sejajar wrote (`x-bead`,
/// `x-confidence`, or a header from Sejajar), translated for XLIFF and other memories. The
/// previous segment (context) is the previous bead's source, or a TMX `x-context-pre` property.
public struct MemoryRecordReader: StreamingFormatReader {
    /// Bounds on the file.
    public var limits: Limits
    /// Which beads of a saved alignment go in (TMX and XLIFF pairs all go in).
    public var selection: BeadSelection
    /// Every pair's origin, instead of the one the file suggests.
    public var origin: MemoryProvenance.Origin?
    /// Every pair marked reviewed.
    public var reviewed: Bool

    /// Creates a reader.
    public init(limits: Limits = Limits(), selection: BeadSelection = BeadSelection(), origin: MemoryProvenance.Origin? = nil, reviewed: Bool = false) {
        self.limits = limits
        self.selection = selection
        self.origin = origin
        self.reviewed = reviewed
    }

    /// What kind of file it was, and what of a saved alignment was left out.
    public struct Summary: Sendable, Hashable {
        /// `tmx`, `alignment` or `xliff`.
        public var format: String
        /// Beads of a saved alignment left out by the selection (written: the beads taken).
        public var counts: MemoryBuilder.Counts
    }

    /// The kinds of file read.
    enum Kind { case tmx, alignment, xliff }

    /// The kind the extension tells.
    static func kind(extension name: String) -> Kind? {
        switch (name as NSString).pathExtension.lowercased() {
        case "tmx": .tmx
        case "json": .alignment
        case "xlf", "xliff", "sdlxliff", "mqxliff": .xliff
        default: nil
        }
    }

    /// The kind the extension tells, else the file's first bytes.
    static func kind(path: String, head: Data) -> Kind? {
        if let kind = kind(extension: path) { return kind }
        let text = String(decoding: head.prefix(4096), as: UTF8.self)
        if text.contains("<tmx") { return .tmx }
        if text.contains("<xliff") { return .xliff }
        if text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "{" { return .alignment }
        return nil
    }

    /// Every pair of `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> [MemoryRecord] {
        var records: [MemoryRecord] = []
        try forEach(kind: try kind(path: path, head: data), path: path, data: data) { records.append($0) }
        return records
    }

    /// Every pair of the file at `path`.
    public func read(path: String) throws(SejajarError) -> [MemoryRecord] {
        var records: [MemoryRecord] = []
        try forEach(path: path) { records.append($0) }
        return records
    }

    /// Streams the pairs of the file at `path` to `body` (a TMX file in constant memory).
    @discardableResult
    public func forEach(path: String, _ body: (MemoryRecord) throws(SejajarError) -> Void) throws(SejajarError) -> Summary {
        if let kind = Self.kind(extension: path) { return try forEach(kind: kind, path: path, data: nil, body) }
        // Another extension: the file is read whole (under the input limit) and told by its start.
        let data = try FileInput.data(path: path, limit: limits.inputBytes)
        return try forEach(kind: try kind(path: path, head: data), path: path, data: data, body)
    }

    private func kind(path: String, head: Data) throws(SejajarError) -> Kind {
        guard let kind = Self.kind(path: path, head: head) else {
            throw .malformed(path: path, line: 1, column: 1, message: "not a TMX file, a saved alignment (.json) or a bilingual XLIFF file")
        }
        return kind
    }

    @discardableResult
    private func forEach(kind: Kind, path: String, data: Data?, _ body: (MemoryRecord) throws(SejajarError) -> Void) throws(SejajarError) -> Summary {
        switch kind {
        case .tmx:
            let reader = TMXReader(limits: limits)
            var counts = MemoryBuilder.Counts()
            func handle(_ entry: TMXReader.Entry) throws(SejajarError) {
                for record in records(entry, path: path) {
                    counts.written += 1
                    try body(record)
                }
            }
            if let data {
                // The header comes before the units: read the memory whole, then hand it over.
                let memory = try reader.read(data: data, path: path)
                for unit in memory.units { try handle(TMXReader.Entry(unit: unit, header: memory.header, line: 0)) }
            } else {
                try reader.forEach(path: path, handle)
            }
            return Summary(format: "tmx", counts: counts)
        case .alignment, .xliff:
            var alignments: [Alignment]
            if kind == .xliff {
                let reader = XLIFFReader(limits: limits)
                if let data { alignments = [try reader.read(data: data, path: path).alignment()] } else { alignments = [try reader.read(path: path).alignment()] }
            } else {
                let reader = AlignmentJSONReader(limits: limits)
                if let data { alignments = try reader.read(data: data, path: path).againstOriginal } else { alignments = try reader.read(path: path).againstOriginal }
            }
            var counts = MemoryBuilder.Counts()
            for alignment in alignments {
                for record in records(alignment, path: path, asserted: kind == .xliff, counts: &counts) { try body(record) }
            }
            return Summary(format: kind == .xliff ? "xliff" : "alignment", counts: counts)
        }
    }

    /// The pairs of one TMX unit: its source variant against each other variant.
    func records(_ entry: TMXReader.Entry, path: String) -> [MemoryRecord] {
        let unit = entry.unit
        let header = entry.header
        let tag = unit.sourceLanguage ?? header?.sourceLanguage ?? "*all*"
        guard let source = (tag == "*all*" ? nil : unit.variant(tag)) ?? unit.variants.first else { return [] }
        let confidence = unit.property("x-confidence").flatMap(Double.init)
        let sejajar = unit.property("x-bead") != nil || confidence != nil || header?.creationTool == "Sejajar"
        let reviewedProperty = unit.property("x-reviewed").map { ["true", "yes", "1"].contains($0.lowercased()) } ?? false
        let provenance = MemoryProvenance(file: path, line: entry.line > 0 ? entry.line : nil,
                                          date: unit.creationDate.flatMap(MemoryDate.seconds(tmx:)), confidence: confidence,
                                          reviewed: reviewed || reviewedProperty, origin: origin ?? (sejajar ? .aligned : .translated))
        let context = unit.property("x-context-pre")
        return unit.variants.filter { $0 != source }.map { variant in
            MemoryRecord(sourceLanguage: source.language, source: source.segment, targetLanguage: variant.language, target: variant.segment,
                         context: context, provenance: provenance)
        }
    }

    /// The pairs of an alignment: the beads the selection takes, each with the source of the
    /// bead before it as its context.
    func records(_ alignment: Alignment, path: String, asserted: Bool, counts: inout MemoryBuilder.Counts) -> [MemoryRecord] {
        var records: [MemoryRecord] = []
        var previous: String?
        for bead in alignment.beads {
            defer { if !bead.source.isEmpty { previous = alignment.sourceText(of: bead) } }
            switch selection.decision(for: bead, verdict: alignment.verdict) {
            case .boilerplate: counts.boilerplate += 1; continue
            case .unpaired: counts.unpaired += 1; continue
            case .belowConfidence: counts.belowConfidence += 1; continue
            case .notTranslation: counts.notTranslation += 1; continue
            case .kept: break
            }
            let provenance = MemoryProvenance(file: path, line: alignment.source.sentences[bead.source.lowerBound].line, date: nil,
                                              confidence: asserted ? nil : bead.confidence, reviewed: reviewed || bead.locked,
                                              origin: origin ?? (asserted ? .translated : .aligned))
            records.append(MemoryRecord(sourceLanguage: alignment.source.language.tag,
                                        source: Segment(sentences: bead.source.map { alignment.source.sentences[$0] }),
                                        targetLanguage: alignment.target.language.tag,
                                        target: Segment(sentences: bead.target.map { alignment.target.sentences[$0] }),
                                        context: previous, provenance: provenance))
            counts.written += 1
        }
        return records
    }
}
