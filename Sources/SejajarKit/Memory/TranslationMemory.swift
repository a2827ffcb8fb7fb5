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

extension TranslationMemory {
    /// Memories merged in order, each distinct unit (same segments in the same languages) once;
    /// the header is the first memory's. Returns the merged memory and how many units were dropped.
    public static func merging(_ memories: [TranslationMemory]) -> (TranslationMemory, duplicates: Int) {
        var merger = MemoryMerger()
        var merged = TranslationMemory(header: memories.first?.header ?? Header(sourceLanguage: "*all*"))
        for memory in memories {
            for unit in memory.units where merger.add(unit) { merged.units.append(unit) }
        }
        return (merged, merger.duplicates)
    }
}
