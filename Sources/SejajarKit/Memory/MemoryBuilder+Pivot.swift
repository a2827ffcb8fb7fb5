extension MemoryBuilder {
    /// The translation memory of a pivot alignment: one unit per unit of all three texts, with a
    /// `tuv` for the original and for each translation that renders it (a unit one translation
    /// left out has two). The policy applies as to any memory: content only, nothing under the
    /// floor (the unit's confidence is that of both its paths), nothing when either translation
    /// was judged comparable or unrelated to the original; an addition (no original sentence)
    /// has nothing to pair and stays out.
    public func memory(_ pivot: PivotAlignment) -> (TranslationMemory, Counts) {
        var counts = Counts()
        var seen = Set<[String]>()
        var units: [TranslationUnit] = []
        let documents = [pivot.original.path, pivot.first.target.path, pivot.second.target.path].map(Self.fileName).joined(separator: "|")
        let verdicts = [pivot.first.verdict, pivot.second.verdict]
        for bead in pivot.beads {
            if !bead.role.isContent { counts.boilerplate += 1; continue }
            if bead.original.isEmpty || (bead.first.isEmpty && bead.second.isEmpty) { counts.unpaired += 1; continue }
            if policy.translationsOnly, verdicts.contains(where: { $0 != .parallel && $0 != .partial }) { counts.notTranslation += 1; continue }
            if bead.confidence < policy.minimumConfidence { counts.belowConfidence += 1; continue }
            let texts = pivot.texts(of: bead)
            guard seen.insert([texts.original, texts.first, texts.second]).inserted else { counts.duplicates += 1; continue }
            var variants: [TranslationUnit.Variant] = [.init(language: pivot.original.language.tag, segment: Segment(texts.original))]
            if !bead.first.isEmpty { variants.append(.init(language: pivot.first.target.language.tag, segment: Segment(texts.first))) }
            if !bead.second.isEmpty { variants.append(.init(language: pivot.second.target.language.tag, segment: Segment(texts.second))) }
            units.append(TranslationUnit(creationDate: creationDate, properties: [
                .init(type: "x-confidence", value: String(format: "%.3f", bead.confidence)),
                .init(type: "x-bead", value: bead.shape),
                .init(type: "x-document", value: documents),
                .init(type: "x-verdict", value: verdicts.map(\.rawValue).joined(separator: "|")),
            ], variants: variants))
            counts.written += 1
        }
        let header = TranslationMemory.Header(sourceLanguage: pivot.original.language.tag, creationDate: creationDate)
        return (TranslationMemory(header: header, units: units), counts)
    }
}
