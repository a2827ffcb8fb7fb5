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
    static func addresses(_ text: String) -> [String] {
        // Every address holds "/", "@" or "www." (checked over bytes first: most sentences have none).
        guard text.utf8.contains(where: { $0 == 0x2F || $0 == 0x40 || $0 == 0x77 || $0 == 0x57 }) else { return [] }
        return text.split(whereSeparator: \.isWhitespace).map { word in
            String(word).trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)(»«\"'“”"))
        }.filter { SentenceSplitter.looksLikeAddress($0) && ($0.contains("/") || $0.contains("@") || $0.lowercased().hasPrefix("www.")) }
    }
}
