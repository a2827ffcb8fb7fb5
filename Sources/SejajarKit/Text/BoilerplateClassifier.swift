/// Recognises the boilerplate lines that scraped news pages carry: source lines with a URL, comment
/// counters, bracketed placeholders and trailing bylines. Photo captions are content.
///
/// The rules are about shape, not about one language: a single label word followed by a colon and
/// only an address is a source line in any language; a single word followed by a count in
/// parentheses is a counter; a byline is a short run of capitalised words, without sentence
/// punctuation, that comes after all the content.
public enum BoilerplateClassifier {
    /// The role of each paragraph, given the paragraph texts in reading order. `known` holds a
    /// role a file's structure already gives (a web page's navigation, a running footer): a
    /// boilerplate one is kept and counts as boilerplate for the byline rule.
    public static func roles(of paragraphs: [String], known: [Role]? = nil) -> [Role] {
        var roles = paragraphs.map(intrinsicRole)
        if let known {
            for (k, role) in known.enumerated() where k < roles.count && role.isBoilerplate && !roles[k].isBoilerplate { roles[k] = role }
        }
        // A byline stands after the last content paragraph, possibly followed by other boilerplate,
        // and only when there is content before it.
        guard let lastContent = roles.lastIndex(of: .content), lastContent > 0,
              roles[..<lastContent].contains(.content) else { return roles }
        if isBylineShaped(paragraphs[lastContent]), roles[lastContent + 1 ..< roles.count].contains(where: \.isBoilerplate)
            || lastContent == roles.count - 1 && roles.count > 2 {
            roles[lastContent] = .byline
        }
        return roles
    }

    /// The role a paragraph has on its own (everything but bylines, which depend on position).
    public static func intrinsicRole(_ text: String) -> Role {
        let trimmed = text.trimmedWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 300 else { return .content }
        if isPlaceholder(trimmed) { return .placeholder }
        if isCommentCounter(trimmed) { return .commentCounter }
        if isSourceLine(trimmed) { return .sourceLine }
        return .content
    }

    /// "[iklan_2]", "[ad-1]": one bracketed token without spaces.
    static func isPlaceholder(_ text: String) -> Bool {
        guard text.count >= 3, text.first == "[", text.last == "]" else { return false }
        let inner = text.dropFirst().dropLast()
        return inner.count <= 40 && !inner.isEmpty && !inner.contains { $0.isWhitespace || $0 == "[" || $0 == "]" }
    }

    /// "Komentar (0)", "Comentarios (12)", "Bình luận (0)": up to three words, then a count in parentheses.
    static func isCommentCounter(_ text: String) -> Bool {
        guard text.last == ")", let open = text.lastIndex(of: "(") else { return false }
        let count = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let label = text[..<open].trimmedWhitespace()
        let words = label.split(separator: " ")
        return !count.isEmpty && count.allSatisfy(\.isNumber) && (1...3).contains(words.count)
            && words.allSatisfy { $0.allSatisfy(\.isLetter) }
    }

    /// "Fuente: https://…", "Sumber: www.…": a label of up to two words, a colon, then only an address.
    static func isSourceLine(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon].trimmedWhitespace()
        let rest = text[text.index(after: colon)...].trimmedWhitespace()
        let labelWords = label.split(separator: " ")
        guard (1...2).contains(labelWords.count), labelWords.allSatisfy({ $0.allSatisfy(\.isLetter) }),
              !rest.isEmpty else { return false }
        let parts = rest.split(separator: " ")
        return parts.count == 1 && SentenceSplitter.looksLikeAddress(String(parts[0]))
    }

    /// "Lam Anh", "Uyen Thu", "Theo VNA": one to five capitalised words, no digits, no sentence
    /// punctuation, at most 50 characters.
    static func isBylineShaped(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace()
        let words = trimmed.split(separator: " ")
        guard (1...5).contains(words.count), trimmed.count <= 50 else { return false }
        let capitalised = words.filter { $0.first?.isUppercase == true }.count
        return capitalised >= max(1, words.count - 1)
            && !trimmed.contains { $0.isNumber || ".!?;:…\"“”".contains($0) }
    }
}

import Foundation

extension StringProtocol {
    /// The text without leading and trailing whitespace (Swift's own, much faster than Foundation's
    /// `trimmingCharacters` on long files).
    func trimmedWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
