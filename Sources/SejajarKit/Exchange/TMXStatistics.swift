import Foundation

/// Figures about a TMX file, gathered in one streaming pass: units, languages, duplicate units
/// and empty segments. What a translator checks before loading a memory into a CAT tool.
public struct TMXStatistics: Sendable, Hashable, Codable {
    /// Units in the file.
    public var units = 0
    /// Segments per language tag (as written).
    public var languages: [String: Int] = [:]
    /// Units identical (in every variant) to an earlier unit.
    public var duplicates = 0
    /// Variants whose segment is empty or only whitespace.
    public var emptySegments = 0
    /// Units with fewer than two variants.
    public var incompleteUnits = 0
    /// The header's source language.
    public var sourceLanguage = ""

    /// Reads the file at `path`.
    public init(path: String) throws(SejajarError) {
        var seen = Set<Int>()
        let header = try TMXReader(path: path).forEachUnit { unit in
            units += 1
            if unit.variants.count < 2 { incompleteUnits += 1 }
            var hasher = Hasher()
            for variant in unit.variants {
                languages[variant.language, default: 0] += 1
                let text = variant.segment.plainText
                if text.allSatisfy(\.isWhitespace) { emptySegments += 1 }
                hasher.combine(variant.language.lowercased())
                hasher.combine(variant.segment)
            }
            if !seen.insert(hasher.finalize()).inserted { duplicates += 1 }
        }
        sourceLanguage = header.sourceLanguage
    }

    /// A short table for people.
    public var report: String {
        var lines = ["units: \(units)", "source language: \(sourceLanguage)"]
        for (language, count) in languages.sorted(by: { $0.key < $1.key }) { lines.append("segments in \(language): \(count)") }
        lines.append("duplicate units: \(duplicates)")
        lines.append("empty segments: \(emptySegments)")
        lines.append("units with fewer than two languages: \(incompleteUnits)")
        return lines.joined(separator: "\n")
    }

    /// The figures as JSON with sorted keys.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }
}
