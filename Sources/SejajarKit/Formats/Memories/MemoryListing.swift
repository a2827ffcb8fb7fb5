import Foundation

/// What the memory store's listings (lookup, search, concept usage) share: marked text, one line
/// of provenance, and the JSON shape of a unit.
enum MemoryListing {
    /// `text` with each of `ranges` (character offsets) between ⟦ and ⟧ — brackets that running
    /// text does not use.
    static func marked(_ text: String, _ ranges: [Range<Int>]) -> String {
        guard !ranges.isEmpty else { return text }
        let characters = Array(text)
        var result = "", k = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= k && range.upperBound <= characters.count {
            result += String(characters[k..<range.lowerBound]) + "⟦" + String(characters[range]) + "⟧"
            k = range.upperBound
        }
        return result + String(characters[k...])
    }

    /// "a.tmx:14 · 2023-11-14 · aligned 0.93 · reviewed".
    static func provenance(_ provenance: MemoryProvenance) -> String {
        var parts: [String] = []
        if let file = provenance.file { parts.append(provenance.line.map { "\(file):\($0)" } ?? file) }
        if let date = provenance.date { parts.append(MemoryDate.day(date)) }
        var origin = provenance.origin.rawValue
        if let confidence = provenance.confidence { origin += " " + String(format: "%.2f", confidence) }
        parts.append(origin)
        if provenance.reviewed { parts.append("reviewed") }
        return parts.joined(separator: " · ")
    }

    /// A unit in JSON.
    struct Unit: Encodable {
        var id: Int64
        var source: Side
        var target: Side
        var provenance: Provenance

        init(_ unit: MemoryUnit, sourceMarks: [Range<Int>] = [], targetMarks: [Range<Int>] = []) {
            id = unit.id
            source = Side(unit.source, marks: sourceMarks)
            target = Side(unit.target, marks: targetMarks)
            provenance = Provenance(unit.provenance)
        }
    }

    /// A side in JSON: language, text, and marked ranges as [start, end] character offsets.
    struct Side: Encodable {
        var language: String
        var text: String
        var marks: [[Int]]?

        init(_ side: MemoryUnit.Side, marks: [Range<Int>]) {
            language = side.language
            text = side.text
            self.marks = marks.isEmpty ? nil : marks.map { [$0.lowerBound, $0.upperBound] }
        }
    }

    /// Provenance in JSON.
    struct Provenance: Encodable {
        var file: String?
        var line: Int?
        var date: String?
        var confidence: Double?
        var reviewed: Bool
        var origin: String

        init(_ provenance: MemoryProvenance) {
            file = provenance.file
            line = provenance.line
            date = provenance.date.map(MemoryDate.iso)
            confidence = provenance.confidence
            reviewed = provenance.reviewed
            origin = provenance.origin.rawValue
        }
    }
}
