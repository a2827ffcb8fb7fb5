import Foundation

/// The web and e-mail addresses of a pair differ (`url.mismatch`): a link dropped or changed.
public struct AddressCheck: PairCheck {
    /// Creates the check.
    public init() {}

    /// One finding naming the addresses missing from and added to the target.
    public func findings(in pair: CheckedPair) -> [Finding] {
        let source = Self.addresses(pair.sourceText), target = Self.addresses(pair.targetText)
        guard source.sorted() != target.sorted() else { return [] }
        let missing = NumberCheck.difference(source, target), extra = NumberCheck.difference(target, source)
        return [pair.finding(.text.urlMismatch, .warning,
                             "addresses differ: " + (missing.map { "missing \($0)" } + extra.map { "added \($0)" }).joined(separator: ", "),
                             side: .target)]
    }

    /// URLs, `www.` hosts with a path and e-mail addresses in `text`, without surrounding punctuation.
    static func addresses(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map { word in
            String(word).trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)(»«\"'“”"))
        }.filter { SentenceSplitter.looksLikeAddress($0) && ($0.contains("/") || $0.contains("@") || $0.lowercased().hasPrefix("www.")) }
    }
}
