/// Figures about a TMX file, gathered in one streaming pass: units, languages, duplicate units
/// and empty segments. What a translator checks before loading a memory into a CAT tool.
public struct TMXStatistics: Sendable, Hashable, Encodable {
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
    /// Hashes of the units seen, to count duplicates (16 bytes per distinct unit).
    private var seen = Set<Int>()

    private enum CodingKeys: String, CodingKey { case units, languages, duplicates, emptySegments, incompleteUnits, sourceLanguage }

    /// No units yet.
    public init() {}

    /// Counts one unit.
    public mutating func add(_ unit: TranslationUnit) {
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
}
