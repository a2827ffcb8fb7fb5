import Foundation

/// How a translation memory store keeps and indexes text: segments normalised before they are
/// compared (NFC, runs of white space as one space), language tags in one case, a stable hash of
/// each segment for deduplication, the folded words its word index holds and the folded text its
/// substring index holds (folded by each language's rule: Spanish drops accents, Vietnamese keeps
/// its tones), and a segment's inline markup as compact JSON.
public enum MemoryText {
    /// Raised when the folding or the word cutting changes: a store indexed by an older one has
    /// its indexes rebuilt when it is opened.
    public static let indexVersion = 1

    /// `text` in NFC with runs of white space as one space and none at either end.
    public static func normalised(_ text: String) -> String {
        TextNormalisation.normalise(text).collapsingWhitespace()
    }

    /// `segment` normalised: each text run in NFC, white space inside it collapsed, none at the
    /// start of the segment or at its end. A plain segment is its normalised text.
    public static func normalised(_ segment: Segment) -> Segment {
        guard segment.hasMarkup else { return Segment(normalised(segment.plainText)) }
        func run(_ text: String) -> String {
            let composed = TextNormalisation.normalise(text)
            var scalars = String.UnicodeScalarView(), pending = false
            for scalar in composed.unicodeScalars {
                if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                    pending = true
                } else {
                    if pending { scalars.append(" "); pending = false }
                    scalars.append(scalar)
                }
            }
            if pending { scalars.append(" ") }
            return String(scalars)
        }
        func walk(_ parts: [Segment.Part]) -> [Segment.Part] {
            parts.map { part in
                switch part {
                case .text(let text): .text(run(text))
                case .element(let name, let attributes, let children): .element(name: name, attributes: attributes, children: walk(children))
                }
            }
        }
        var parts = walk(segment.parts)
        if case .text(let first)? = parts.first {
            let trimmed = String(first.drop { $0 == " " })
            if trimmed.isEmpty { parts.removeFirst() } else { parts[0] = .text(trimmed) }
        }
        if case .text(let last)? = parts.last {
            var trimmed = last
            while trimmed.hasSuffix(" ") { trimmed.removeLast() }
            if trimmed.isEmpty { parts.removeLast() } else { parts[parts.count - 1] = .text(trimmed) }
        }
        return Segment(parts: parts)
    }

    /// A language tag in one case: the language subtag lower, a region upper, a script title
    /// case (`pt-BR`, `zh-Hant`, `es`); `_` read as `-`.
    public static func canonicalTag(_ tag: String) -> String {
        let subtags = tag.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "-" || $0 == "_" })
        return subtags.enumerated().map { k, subtag in
            if k == 0 { return subtag.lowercased() }
            if subtag.count == 2, subtag.allSatisfy(\.isLetter) { return subtag.uppercased() }
            if subtag.count == 4, subtag.allSatisfy(\.isLetter) { return subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased() }
            return subtag.lowercased()
        }.joined(separator: "-")
    }

    /// A 64-bit FNV-1a hash of `pieces` (separated by U+001F), the same in every process and
    /// version: what the store finds a segment or a context by before comparing the text.
    public static func hash(_ pieces: String...) -> Int64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for (k, piece) in pieces.enumerated() {
            if k > 0 { value = (value ^ 0x1F) &* 0x0000_0100_0000_01B3 }
            for byte in piece.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return Int64(bitPattern: value)
    }

    /// The words a segment is found by in the word index: each word and number of `text`
    /// folded as `language` allows, separated by spaces.
    public static func indexWords(_ text: String, language: Language) -> String {
        MatchToken.tokens(text, language: language).filter { $0.kind == .word || $0.kind == .number }.map(\.key).joined(separator: " ")
    }

    /// The text a segment is found by in the substring index: folded as `language` allows.
    public static func indexCharacters(_ text: String, language: Language) -> String {
        LanguageFolding(language).fold(text)
    }

    /// `text` folded character by character as `language` allows, with, for each character of
    /// the folded text, the character of `text` it came from: where a substring found in the
    /// folded text stands in the text.
    public static func foldedWithOffsets(_ text: String, language: Language) -> (folded: [Character], origin: [Int]) {
        let folding = LanguageFolding(language)
        var folded: [Character] = [], origin: [Int] = []
        for (k, character) in text.enumerated() {
            for piece in folding.fold(String(character)) {
                folded.append(piece)
                origin.append(k)
            }
        }
        return (folded, origin)
    }

    // MARK: Markup

    /// A segment's inline markup as compact JSON (a text run a string, an element
    /// `{"e": name, "a": [[name, value] …], "c": [children]}`), nil for a plain segment.
    public static func markup(of segment: Segment) -> String? {
        guard segment.hasMarkup else { return nil }
        var json = ""
        func string(_ text: String) {
            json += "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": json += "\\\""
                case "\\": json += "\\\\"
                case "\n": json += "\\n"
                case "\r": json += "\\r"
                case "\t": json += "\\t"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        json.unicodeScalars.append(scalar)
                    }
                }
            }
            json += "\""
        }
        func parts(_ list: [Segment.Part]) {
            json += "["
            for (k, part) in list.enumerated() {
                if k > 0 { json += "," }
                switch part {
                case .text(let text):
                    string(text)
                case .element(let name, let attributes, let children):
                    json += "{\"e\":"
                    string(name)
                    json += ",\"a\":["
                    for (a, attribute) in attributes.enumerated() {
                        if a > 0 { json += "," }
                        json += "["
                        string(attribute.name)
                        json += ","
                        string(attribute.value)
                        json += "]"
                    }
                    json += "],\"c\":"
                    parts(children)
                    json += "}"
                }
            }
            json += "]"
        }
        parts(segment.parts)
        return json
    }

    /// The segment `markup` describes (see `markup(of:)`), nil when it is not such JSON.
    public static func segment(markup: String) -> Segment? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(markup.utf8)) else { return nil }
        func parts(_ value: Any, depth: Int) -> [Segment.Part]? {
            guard depth <= Segment.maximumNesting, let list = value as? [Any] else { return nil }
            var result: [Segment.Part] = []
            for item in list {
                if let text = item as? String {
                    result.append(.text(text))
                } else if let element = item as? [String: Any], let name = element["e"] as? String,
                          let attributes = element["a"] as? [[String]], let children = element["c"].flatMap({ parts($0, depth: depth + 1) }) {
                    guard attributes.allSatisfy({ $0.count == 2 }) else { return nil }
                    result.append(.element(name: name, attributes: attributes.map { .init(name: $0[0], value: $0[1]) }, children: children))
                } else {
                    return nil
                }
            }
            return result
        }
        return parts(object, depth: 0).map { Segment(parts: $0) }
    }
}
