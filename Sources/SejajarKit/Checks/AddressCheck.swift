import Foundation

/// The web and e-mail addresses of a pair differ (`url.mismatch`): a link dropped or changed.
public struct AddressCheck: PairCheck {
    /// Creates the check.
    public init() {}

    /// One finding naming the addresses missing from and added to the target.
    public func findings(in pair: CheckedPair) -> [Finding] {
        let source = Self.addresses(pair.sourceText), target = Self.addresses(pair.targetText)
        guard source.sorted() != target.sorted() else { return [] }
        let missing = Self.difference(source, target), extra = Self.difference(target, source)
        return [pair.finding(.text.urlMismatch, .warning,
                             "addresses differ: " + (missing.map { "missing \($0)" } + extra.map { "added \($0)" }).joined(separator: ", "),
                             side: .target)]
    }

    /// The items of `a` left after taking out one of each item of `b` (a multiset difference).
    static func difference(_ a: [String], _ b: [String]) -> [String] {
        var remaining = b
        var result: [String] = []
        for item in a {
            if let k = remaining.firstIndex(of: item) { remaining.remove(at: k) } else { result.append(item) }
        }
        return result
    }

    /// URLs, `www.` hosts with a path and e-mail addresses in `text`, without surrounding punctuation.
    /// `screened: false` splits every text (what the screen is tested against).
    static func addresses(_ text: String, screened: Bool = true) -> [String] {
        guard !screened || mayHoldAddress(text) else { return [] }
        return text.split(whereSeparator: \.isWhitespace).map { word in
            String(word).trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)(»«\"'“”"))
        }.filter { SentenceSplitter.looksLikeAddress($0) && ($0.contains("/") || $0.contains("@") || $0.lowercased().hasPrefix("www.")) }
    }

    /// Whether `text` holds "@", "://" or "www." in any case: every address `addresses` keeps
    /// does (`SentenceSplitter.looksLikeAddress` asks for one of them, and only "W" lowercases to
    /// "w"). Checked over bytes, so that the words of the many sentences without one are never split.
    static func mayHoldAddress(_ text: String) -> Bool {
        var ws = 0, previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x40: return true  // @
            case 0x2F where previous == 0x2F && beforePrevious == 0x3A: return true  // ://
            case 0x2E where ws >= 3: return true  // www.
            default: break
            }
            ws = byte == 0x77 || byte == 0x57 ? ws + 1 : 0
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
