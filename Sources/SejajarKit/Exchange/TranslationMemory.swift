/// A translation memory in memory: what a TMX file holds, independent of its version. Sejajar
/// writes it from an alignment and reads it from any TMX 1.1–1.4 file.
public struct TranslationMemory: Sendable, Hashable {
    /// The `<header>` attributes that matter to Sejajar and to CAT tools.
    public struct Header: Sendable, Hashable {
        /// Source language tag as written (`es`, `es-ES`), or `*all*`.
        public var sourceLanguage: String
        /// `sentence` or `paragraph`.
        public var segmentType: String
        /// The tool that made the file, and its version.
        public var creationTool: String
        public var creationToolVersion: String
        /// `YYYYMMDDThhmmssZ`, or nil when the file has none.
        public var creationDate: String?
        /// The administrative language, `datatype` and original format, kept for a faithful copy.
        public var adminLanguage: String
        public var dataType: String
        public var originalFormat: String

        /// A header with Sejajar's defaults.
        public init(sourceLanguage: String, segmentType: String = "sentence", creationTool: String = "Sejajar",
                    creationToolVersion: String = SejajarVersion.string, creationDate: String? = nil,
                    adminLanguage: String = "en", dataType: String = "plaintext", originalFormat: String = "Sejajar alignment") {
            self.sourceLanguage = sourceLanguage
            self.segmentType = segmentType
            self.creationTool = creationTool
            self.creationToolVersion = creationToolVersion
            self.creationDate = creationDate
            self.adminLanguage = adminLanguage
            self.dataType = dataType
            self.originalFormat = originalFormat
        }
    }

    /// The file's header.
    public var header: Header
    /// The units in file order.
    public var units: [TranslationUnit]

    /// Creates a memory.
    public init(header: Header, units: [TranslationUnit] = []) {
        self.header = header
        self.units = units
    }
}

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

extension TranslationMemory {
    /// Memories merged in order, each distinct unit (same segments in the same languages) once;
    /// the header is the first memory's. Returns the merged memory and how many units were dropped.
    public static func merging(_ memories: [TranslationMemory]) -> (TranslationMemory, duplicates: Int) {
        var seen = Set<[TranslationUnit.Variant]>()
        var merged = TranslationMemory(header: memories.first?.header ?? Header(sourceLanguage: "*all*"))
        var duplicates = 0
        for memory in memories {
            for unit in memory.units {
                let key = unit.variants.map { TranslationUnit.Variant(language: $0.language.lowercased(), segment: $0.segment) }
                if seen.insert(key).inserted { merged.units.append(unit) } else { duplicates += 1 }
            }
        }
        return (merged, duplicates)
    }
}
