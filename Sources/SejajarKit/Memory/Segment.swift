/// A segment's content: text with inline markup (`bpt`, `ept`, `ph`, `it`, `ut`, `hi`, `sub`)
/// kept as a tree so that its codes survive a round trip.
public struct Segment: Sendable, Hashable {
    /// A run of text or an inline element.
    public indirect enum Part: Sendable, Hashable {
        case text(String)
        case element(name: String, attributes: [Attribute], children: [Part])
    }

    /// An attribute of an inline element.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String
        /// Creates an attribute.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The content in order.
    public var parts: [Part]

    /// A plain-text segment.
    public init(_ text: String) {
        parts = text.isEmpty ? [] : [.text(text)]
    }

    /// A segment with inline markup.
    public init(parts: [Part]) {
        self.parts = parts
    }

    /// How deep inline elements may nest in one segment (real memories nest a handful); deeper
    /// segments are refused when read, so no walk over a segment can exhaust the stack.
    public static let maximumNesting = 128

    /// Inline elements whose content is native code, not text.
    static let codeElements: Set<String> = ["bpt", "ept", "ph", "it", "ut"]

    /// The readable text: text runs and highlighted (`hi`, `sub`) text, without native codes.
    public var plainText: String {
        func collect(_ parts: [Part], inCode: Bool) -> String {
            parts.map { part in
                switch part {
                case .text(let text): return inCode ? "" : text
                case .element(let name, _, let children):
                    if name == "sub" { return collect(children, inCode: false) }
                    return collect(children, inCode: inCode || Self.codeElements.contains(name))
                }
            }.joined()
        }
        return collect(parts, inCode: false)
    }

    /// Whether the segment has any inline markup.
    public var hasMarkup: Bool {
        parts.contains { if case .element = $0 { return true } else { return false } }
    }
}
