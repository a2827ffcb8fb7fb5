/// A selection of a store's units made into what the file writers take: a TMX memory (every
/// unit with its provenance as properties, inline codes kept) or, for one language pair, an
/// alignment to write as bilingual XLIFF (one pair per unit, in the order of the store).
public enum MemoryExport {
    /// The units as a translation memory; the header's source language is the units' one when
    /// they share it, else `*all*`.
    public static func memory(_ units: [MemoryUnit], creationDate: String) -> TranslationMemory {
        let sources = Set(units.map(\.source.language))
        let header = TranslationMemory.Header(sourceLanguage: sources.count == 1 ? sources.first! : "*all*", creationDate: creationDate)
        return TranslationMemory(header: header, units: units.map { unit in
            var properties: [TranslationUnit.Property] = []
            let provenance = unit.provenance
            if let confidence = provenance.confidence { properties.append(.init(type: "x-confidence", value: MemoryExport.decimal(confidence))) }
            properties.append(.init(type: "x-origin", value: provenance.origin.rawValue))
            if provenance.reviewed { properties.append(.init(type: "x-reviewed", value: "true")) }
            if let file = provenance.file { properties.append(.init(type: "x-file", value: provenance.line.map { "\(file):\($0)" } ?? file)) }
            return TranslationUnit(sourceLanguage: sources.count == 1 ? nil : unit.source.language,
                                   creationDate: provenance.date.map(MemoryDate.tmx), properties: properties,
                                   variants: [.init(language: unit.source.language, segment: unit.source.segment),
                                              .init(language: unit.target.language, segment: unit.target.segment)])
        })
    }

    /// `value` with three decimals, as Sejajar writes confidences.
    static func decimal(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(abs(thousandths) % 1000)
        return (thousandths < 0 ? "-" : "") + "\(abs(thousandths) / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// The units, all of one language pair, as an alignment of two documents (one sentence and
    /// one paragraph per unit side), each pair a bead with the unit's confidence (1 when it has
    /// none) and locked when reviewed. Nil when the units are of several language pairs.
    public static func alignment(_ units: [MemoryUnit], path: String) -> Alignment? {
        guard let first = units.first else { return nil }
        guard units.allSatisfy({ $0.source.language == first.source.language && $0.target.language == first.target.language }) else { return nil }
        var sources: [Sentence] = [], targets: [Sentence] = [], beads: [Bead] = []
        var sourceParagraphs: [Paragraph] = [], targetParagraphs: [Paragraph] = []
        for (k, unit) in units.enumerated() {
            sources.append(Sentence(text: unit.source.text, paragraph: k, line: k + 1, column: 1))
            targets.append(Sentence(text: unit.target.text, paragraph: k, line: k + 1, column: 1))
            sourceParagraphs.append(Paragraph(sentences: k..<k + 1, role: .content, line: k + 1))
            targetParagraphs.append(Paragraph(sentences: k..<k + 1, role: .content, line: k + 1))
            beads.append(Bead(source: k..<k + 1, target: k..<k + 1, confidence: unit.provenance.confidence ?? 1, locked: unit.provenance.reviewed))
        }
        return Alignment(source: Document(path: path, language: Language(first.source.language), paragraphs: sourceParagraphs, sentences: sources),
                         target: Document(path: path, language: Language(first.target.language), paragraphs: targetParagraphs, sentences: targets),
                         beads: beads, verdict: .parallel, score: 1)
    }
}
