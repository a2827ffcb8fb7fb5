import Foundation

/// Turns alignments into a translation memory: the beads `BeadSelection` admits, each distinct
/// pair once, every unit carrying its confidence, bead shape, documents, verdict and (with a
/// glossary) the concepts it contains.
public struct MemoryBuilder: Sendable {
    /// Which beads go in.
    public var policy: BeadSelection
    /// `YYYYMMDDThhmmssZ` for the header and the units.
    public var creationDate: String
    /// Concept ids per alignment and bead (same order as the beads), when a glossary was applied.
    public var concepts: [[[String]]]?

    /// What was left out, for the summary on standard error.
    public struct Counts: Sendable, Hashable {
        /// Units written.
        public var written = 0
        /// Content beads under the confidence floor (not locked).
        public var belowConfidence = 0
        /// Pairs already written once.
        public var duplicates = 0
        /// Omissions and additions (1-0, 0-1).
        public var unpaired = 0
        /// Boilerplate beads.
        public var boilerplate = 0
        /// Pairs of document pairs judged comparable or unrelated.
        public var notTranslation = 0

        /// "tmx: 12 units; left out 3 omissions/additions, 2 boilerplate": what was written and
        /// what was not, for standard error; with `policy`, how to keep what it left out.
        public func summary(format: String = "tmx", removedCharacters: Int = 0, policy: BeadSelection? = nil) -> String {
            var left: [String] = []
            if notTranslation > 0 {
                left.append("\(notTranslation) pairs of texts judged comparable or unrelated" + (policy != nil ? " (--keep-comparable keeps them)" : ""))
            }
            if belowConfidence > 0 {
                left.append("\(belowConfidence) under the confidence floor"
                            + (policy.map { String(format: " %.2f (--min-confidence 0 keeps them)", $0.minimumConfidence) } ?? ""))
            }
            if unpaired > 0 { left.append("\(unpaired) omissions/additions") }
            if boilerplate > 0 { left.append("\(boilerplate) boilerplate") }
            if duplicates > 0 { left.append("\(duplicates) duplicates") }
            var line = "\(format): \(written) units"
            if !left.isEmpty { line += "; left out " + left.joined(separator: ", ") }
            if removedCharacters > 0 { line += "; removed \(removedCharacters) characters XML 1.0 does not allow" }
            return line
        }
    }

    /// Creates a builder.
    public init(policy: BeadSelection = BeadSelection(), creationDate: String, concepts: [[[String]]]? = nil) {
        self.policy = policy
        self.creationDate = creationDate
        self.concepts = concepts
    }

    /// The memory for `alignments` (all with the same source language) and what was left out.
    public func memory(_ alignments: [Alignment]) -> (TranslationMemory, Counts) {
        var counts = Counts()
        var seen = Set<[String]>()
        var units: [TranslationUnit] = []
        let sourceLanguage = alignments.first?.source.language.tag ?? "und"
        for (a, alignment) in alignments.enumerated() {
            let documents = "\(Self.fileName(alignment.source.path))|\(Self.fileName(alignment.target.path))"
            for (index, bead) in alignment.beads.enumerated() {
                switch policy.decision(for: bead, verdict: alignment.verdict) {
                case .boilerplate: counts.boilerplate += 1; continue
                case .unpaired: counts.unpaired += 1; continue
                case .belowConfidence: counts.belowConfidence += 1; continue
                case .notTranslation: counts.notTranslation += 1; continue
                case .kept: break
                }
                let source = alignment.sourceText(of: bead), target = alignment.targetText(of: bead)
                guard seen.insert([source, target]).inserted else { counts.duplicates += 1; continue }
                var properties: [TranslationUnit.Property] = [
                    .init(type: "x-confidence", value: String(format: "%.3f", bead.confidence)),
                    .init(type: "x-bead", value: bead.shape),
                    .init(type: "x-document", value: documents),
                    .init(type: "x-verdict", value: alignment.verdict.rawValue),
                ]
                if let concepts, a < concepts.count, index < concepts[a].count, case let ids = concepts[a][index], !ids.isEmpty {
                    properties.append(.init(type: "x-concepts", value: ids.joined(separator: " ")))
                }
                units.append(TranslationUnit(creationDate: creationDate, properties: properties, variants: [
                    .init(language: alignment.source.language.tag, segment: Segment(sentences: bead.source.map { alignment.source.sentences[$0] })),
                    .init(language: alignment.target.language.tag, segment: Segment(sentences: bead.target.map { alignment.target.sentences[$0] })),
                ]))
                counts.written += 1
            }
        }
        let header = TranslationMemory.Header(sourceLanguage: sourceLanguage, creationDate: creationDate)
        return (TranslationMemory(header: header, units: units), counts)
    }

    static func fileName(_ path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent
    }

    /// `YYYYMMDDThhmmssZ` for `SOURCE_DATE_EPOCH` when set (reproducible builds), else for now.
    public static func creationDate(environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()) -> String {
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map { Date(timeIntervalSince1970: $0) } ?? now
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}

extension MemoryBuilder {
    /// The glossary concepts found in each bead's source text, for the `x-concepts` property.
    public static func concepts(of alignments: [Alignment], glossary: Glossary) -> [[[String]]] {
        alignments.map { alignment in
            let matcher = TermMatcher(glossary: glossary, language: alignment.source.language)
            return alignment.beads.map { bead in
                var ids: [String] = []
                for match in matcher.matches(in: alignment.sourceText(of: bead)) where !ids.contains(glossary.concepts[match.concept].id) {
                    ids.append(glossary.concepts[match.concept].id)
                }
                return ids
            }
        }
    }
}
