/// One `<tu>`: a segment in two or more languages, with its properties and notes.
public struct TranslationUnit: Sendable, Hashable {
    /// `tuid`, when the file gives one.
    public var id: String?
    /// Per-unit source language (`tu@srclang`), when given.
    public var sourceLanguage: String?
    /// `paragraph` for paragraph units, nil for the header's segment type.
    public var segmentType: String?
    /// `tu@creationdate`.
    public var creationDate: String?
    /// `<prop type="…">value</prop>` in order.
    public var properties: [Property]
    /// `<note>` texts in order.
    public var notes: [String]
    /// One variant per `<tuv>`, in order (Sejajar writes the source first).
    public var variants: [Variant]

    /// A `<prop>`.
    public struct Property: Sendable, Hashable {
        public var type: String
        public var value: String
        /// Creates a property.
        public init(type: String, value: String) {
            self.type = type
            self.value = value
        }
    }

    /// A `<tuv>`: the language and the segment.
    public struct Variant: Sendable, Hashable {
        /// Language tag as written in the file (`xml:lang` or TMX 1.1 `lang`).
        public var language: String
        /// The segment's content.
        public var segment: Segment
        /// Creates a variant.
        public init(language: String, segment: Segment) {
            self.language = language
            self.segment = segment
        }
    }

    /// Creates a unit.
    public init(id: String? = nil, sourceLanguage: String? = nil, segmentType: String? = nil, creationDate: String? = nil,
                properties: [Property] = [], notes: [String] = [], variants: [Variant]) {
        self.id = id
        self.sourceLanguage = sourceLanguage
        self.segmentType = segmentType
        self.creationDate = creationDate
        self.properties = properties
        self.notes = notes
        self.variants = variants
    }

    /// The value of the first property of `type`.
    public func property(_ type: String) -> String? {
        properties.first { $0.type == type }?.value
    }

    /// The variant in `language` (tags compared case-insensitively; a bare tag such as `es`
    /// matches `es-ES` when there is no exact match).
    public func variant(_ language: String) -> Variant? {
        let wanted = language.lowercased()
        if let exact = variants.first(where: { $0.language.lowercased() == wanted }) { return exact }
        let primary = wanted.split(separator: "-").first.map(String.init) ?? wanted
        return variants.first { $0.language.lowercased().split(separator: "-").first.map(String.init) == primary }
    }
}
