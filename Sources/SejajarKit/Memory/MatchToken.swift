/// One token of a segment as fuzzy matching sees it: a word (compared folded, as the language
/// allows), a number (compared as written: "1.500" is not "1500"), a punctuation mark, or an
/// inline code (a tag of the file, compared by its kind and native content). Translators' tools
/// tell these apart — a segment that differs from the query only in its numbers, tags or
/// punctuation is a better match than one with another word — and so does `FuzzyScorer`.
public struct MatchToken: Sendable, Hashable {
    /// What the token is.
    public enum Kind: Sendable, Hashable {
        case word, number, punctuation, code
    }

    /// What the token is.
    public var kind: Kind
    /// The token as written (a code's element name and native content).
    public var text: String
    /// What it is compared by: a word folded by its language's rule, anything else as written.
    public var key: String
    /// Character offsets in the segment's plain text (empty for a code, which stands between
    /// characters).
    public var range: Range<Int>

    /// Creates a token.
    public init(kind: Kind, text: String, key: String, range: Range<Int>) {
        self.kind = kind
        self.text = text
        self.key = key
        self.range = range
    }

    /// Scripts written without spaces between words in which a run of letters is a phrase, not
    /// a word (Thai, Lao, Khmer, Myanmar): there every character is a token of its own. Han and
    /// kana are cut the same way (as `Tokenizer` cuts them).
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x19E0...0x19FF: return true
        default: return Tokenizer.isIdeographic(scalar)
        }
    }

    /// The tokens of plain `text` in `language`.
    public static func tokens(_ text: String, language: Language) -> [MatchToken] {
        var scanner = Scan(folding: LanguageFolding(language))
        scanner.feed(text)
        scanner.flush()
        return scanner.tokens
    }

    /// The tokens of `segment` in `language`: its text as `tokens(_:language:)` cuts it, and
    /// one `code` token for each inline code (`bpt`, `ept`, `ph`, `it`, `ut`), at its place.
    /// Offsets are into `segment.plainText`.
    public static func tokens(_ segment: Segment, language: Language) -> [MatchToken] {
        var scanner = Scan(folding: LanguageFolding(language))
        func walk(_ parts: [Segment.Part]) {
            for part in parts {
                switch part {
                case .text(let text):
                    scanner.feed(text)
                case .element(let name, _, let children):
                    if Segment.codeElements.contains(name) {
                        scanner.flush()
                        let native = Segment(parts: children).nativeCode
                        scanner.tokens.append(MatchToken(kind: .code, text: name + native, key: name + "\u{1F}" + native,
                                                         range: scanner.offset..<scanner.offset))
                        // A `sub` inside a code is text (a link's title), as `plainText` has it.
                        subs(children)
                    } else {
                        walk(children)
                    }
                }
            }
        }
        func subs(_ parts: [Segment.Part]) {
            for case .element(let name, _, let children) in parts {
                if name == "sub" { walk(children); scanner.flush() } else { subs(children) }
            }
        }
        walk(segment.parts)
        scanner.flush()
        return scanner.tokens
    }

    /// Cuts text into tokens, character by character, counting character offsets.
    private struct Scan {
        let folding: LanguageFolding
        var tokens: [MatchToken] = []
        var offset = 0
        private var current = ""
        private var start = 0
        private var isNumber = true
        /// A "." or "," after digits, kept only if a digit follows.
        private var pendingSeparator: Character?

        init(folding: LanguageFolding) {
            self.folding = folding
        }

        mutating func feed(_ text: String) {
            for character in text {
                take(character)
                offset += 1
            }
        }

        private mutating func take(_ character: Character) {
            guard let first = character.unicodeScalars.first else { return }
            let kind = Tokenizer.kind(of: first)
            if Self.isSpace(first) {
                flush()
            } else if Self.standsAlone(first) {
                flush()
                let text = String(character)
                tokens.append(MatchToken(kind: .word, text: text, key: folding.fold(text), range: offset..<offset + 1))
            } else if kind == .other {
                if (character == "." || character == ","), !current.isEmpty, isNumber, pendingSeparator == nil {
                    pendingSeparator = character
                    return
                }
                flush()
                tokens.append(MatchToken(kind: .punctuation, text: String(character), key: String(character), range: offset..<offset + 1))
            } else {
                if let separator = pendingSeparator {
                    pendingSeparator = nil
                    if kind == .digit {
                        current.append(separator)
                    } else {
                        flush(keepingSeparator: separator)
                    }
                }
                if current.isEmpty { start = offset }
                if kind != .digit && kind != .mark { isNumber = false }
                current.append(character)
            }
        }

        mutating func flush() {
            flush(keepingSeparator: pendingSeparator)
        }

        /// Ends the current token; a separator held after it becomes a punctuation token.
        private mutating func flush(keepingSeparator separator: Character?) {
            pendingSeparator = nil
            if !current.isEmpty {
                let end = start + current.count
                tokens.append(isNumber ? MatchToken(kind: .number, text: current, key: current, range: start..<end)
                                       : MatchToken(kind: .word, text: current, key: folding.fold(current), range: start..<end))
                if let separator {
                    tokens.append(MatchToken(kind: .punctuation, text: String(separator), key: String(separator), range: end..<end + 1))
                }
            }
            current = ""
            isNumber = true
        }

        static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.properties.isWhitespace
        }

        static func standsAlone(_ scalar: Unicode.Scalar) -> Bool { MatchToken.standsAlone(scalar) }
    }
}

extension Segment {
    /// The native code inside an inline code element: all its text.
    var nativeCode: String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .element(_, _, let children): Segment(parts: children).nativeCode
            }
        }.joined()
    }
}
