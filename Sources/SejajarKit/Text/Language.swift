/// A BCP 47 language tag as the user gave it (`es`, `id`, `es-ES`, `de-CH`).
///
/// The tag is kept verbatim for output formats that carry it; `base` (the primary subtag,
/// lower-cased) selects segmentation rules and stemmers.
public struct Language: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The tag exactly as given.
    public let tag: String

    /// Creates a language from a BCP 47 tag; surrounding whitespace is dropped.
    public init(_ tag: String) {
        self.tag = tag.trimmingCharacters(in: .whitespaces)
    }

    /// Lets tests and call sites write `"es"` where a `Language` is expected.
    public init(stringLiteral value: String) { self.init(value) }

    /// The primary language subtag in lower case: `es` for `es-ES`.
    public var base: String {
        String(tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "").lowercased()
    }

    /// The tag, for printing.
    public var description: String { tag }

    /// Encodes as a bare string so JSON reads `"language": "es"`.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes as a bare string so JSON reads `"language": "es"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tag)
    }
}

import Foundation

extension Language {
    /// Whether the tag is shaped like BCP 47: subtags of letters and digits, one to eight each,
    /// joined by hyphens (or underscores), the first of letters only. A tag names output files
    /// (`corpus.es`), so nothing else may pass: no slash, no dot, no space.
    public var isWellFormed: Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard tag.count <= 64, let first = subtags.first, (1...8).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return subtags.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}

extension Language {
    /// Languages that put a space between syllables rather than words: Vietnamese. A word there
    /// is often two syllables ("quyết định", decision; "địa phương", locality), and the name of
    /// a body is told from the common noun by its capital ("Quốc hội", the National Assembly;
    /// "quốc hội", any parliament).
    static let syllableWritten: Set<String> = ["vi"]

    /// Whether the language writes a space between syllables rather than words.
    public var writesSyllables: Bool { Self.syllableWritten.contains(base) }

    /// Words that mark a noun's class or number rather than carry its meaning, by language:
    /// Vietnamese "cuộc vận động" (a campaign) is one word after its classifier.
    static let classifiers: [String: Set<String>] = [
        "vi": ["cuộc", "sự", "việc", "người", "các", "những"],
    ]

    /// Two-syllable words of a syllable-written language in which a one-syllable term of the
    /// term base stands without meaning what it means alone: Vietnamese "xã" is a commune, but
    /// "xã hội" is society (and "kinh tế - xã hội", socio-economic, is in every provincial
    /// report); "thôn" is a village, "nông thôn" the countryside; "bản" a hamlet, "văn bản" a
    /// document and "Nhật Bản" Japan; "Luật" a Law, "luật sư" a lawyer. Lower case, tones kept.
    static let compoundWords: [String: Set<String>] = [
        "vi": ["xã hội", "nông thôn", "văn bản", "nhật bản", "cơ bản", "căn bản", "bản thân", "phiên bản", "bản đồ", "bản án",
               "bản sắc", "xuất bản", "bản chất", "bản lĩnh", "bản quyền", "tư bản", "bản tin", "nguyên bản", "kịch bản",
               "tỉnh táo", "thức tỉnh", "tỉnh ngộ", "ấp ủ", "quận chúa", "luật sư", "luật gia"],
    ]

    /// Whether the two syllables `first` and `second` (in lower case) make one word of this
    /// language (see `compoundWords`).
    func isCompound(_ first: some StringProtocol, _ second: some StringProtocol) -> Bool {
        Self.compoundWords[base]?.contains(first + " " + second) ?? false
    }

    /// Whether `word` (in lower case) is a classifier of this language.
    func isClassifier(_ word: some StringProtocol) -> Bool {
        Self.classifiers[base]?.contains(String(word)) ?? false
    }
}
