/// Figures about a translation memory store: units and distinct segments, units per language
/// pair and per file added, aligned and translated, reviewed, the dates they span, and the file.
public struct MemoryStatistics: Sendable, Hashable, Encodable {
    /// Units in the store.
    public var units = 0
    /// Distinct segments (one text in one language is stored once, whatever number of units).
    public var segments = 0
    /// Units by language pair, most first.
    public var languagePairs: [LanguagePair] = []
    /// Files added, in the order they were added.
    public var files: [File] = []
    /// Units aligned and translated.
    public var aligned = 0
    public var translated = 0
    /// Units reviewed (locked).
    public var reviewed = 0
    /// The oldest and the newest unit's date, `YYYY-MM-DD` (nil in an empty store).
    public var oldest: String?
    public var newest: String?
    /// The store's size on disk in bytes (database and write-ahead log).
    public var bytes: Int64 = 0
    /// The schema's migrations applied, the last first.
    public var schema: String = ""
    /// The SQLite library's version.
    public var sqlite: String = ""

    /// Units of one language pair.
    public struct LanguagePair: Sendable, Hashable, Encodable {
        public var source: String
        public var target: String
        public var units: Int
        /// Creates a count.
        public init(source: String, target: String, units: Int) {
            self.source = source
            self.target = target
            self.units = units
        }
    }

    /// One file added.
    public struct File: Sendable, Hashable, Encodable {
        /// The path given to `add`.
        public var path: String
        /// When it was added, `YYYY-MM-DDThh:mm:ssZ`.
        public var added: String
        /// Units it added, and its units still in the store.
        public var unitsAdded: Int
        public var unitsKept: Int
        /// Creates a file entry.
        public init(path: String, added: String, unitsAdded: Int, unitsKept: Int) {
            self.path = path
            self.added = added
            self.unitsAdded = unitsAdded
            self.unitsKept = unitsKept
        }
    }

    /// No figures yet.
    public init() {}
}
