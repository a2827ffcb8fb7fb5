import GRDB
import SejajarKit

extension MemoryStore {
    /// Adds the records `records` hands its sink, as `file`, in one transaction (`records`
    /// returns the file's format, kept with it):
    /// when anything fails — the file is malformed half-way, the disk is full, the process is
    /// killed — the store is as it was. Segments are normalised (NFC, white space collapsed) and
    /// stored once; a unit whose source, target (languages included) and context are already
    /// stored is a duplicate and is not added again. `added` dates the file and every unit the
    /// file does not date.
    public func add(file: String, added: Int64,
                    records: (_ sink: (MemoryRecord) throws(SejajarError) -> Void) throws(SejajarError) -> String) throws(SejajarError) -> MemoryAddCounts {
        let path = self.path
        return try write("add \(file) to the store") { db in
            var counts = MemoryAddCounts(file: file)
            try db.execute(sql: "INSERT INTO files (path, format, added) VALUES (?, ?, ?)", arguments: [file, "", added])
            let fileID = db.lastInsertedRowID
            var segments = try SegmentWriter(db: db)
            let insertUnit = try db.makeStatement(sql: """
                INSERT OR IGNORE INTO units (source, target, context, file, line, date, confidence, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let format = try records { (record: MemoryRecord) throws(SejajarError) in
                do {
                    counts.read += 1
                    let source = MemoryText.normalised(record.source), target = MemoryText.normalised(record.target)
                    guard !source.parts.isEmpty, !target.parts.isEmpty else { counts.empty += 1; return }
                    let sourceID = try segments.id(language: record.sourceLanguage, segment: source)
                    let targetID = try segments.id(language: record.targetLanguage, segment: target)
                    let provenance = record.provenance
                    let flags = (provenance.reviewed ? Flags.reviewed : 0) | (provenance.origin == .aligned ? Flags.aligned : 0)
                    insertUnit.setUncheckedArguments([sourceID, targetID, Self.contextHash(record.context), fileID, provenance.line,
                                                      provenance.date ?? added, provenance.confidence, flags])
                    try insertUnit.execute()
                    if db.changesCount > 0 { counts.added += 1 } else { counts.duplicates += 1 }
                } catch {
                    throw SejajarError.io(path: path, message: "cannot add \(file) to the store (\(Self.reason(error)))")
                }
            }
            counts.newSegments = segments.inserted
            try db.execute(sql: "UPDATE files SET units = ?, format = ? WHERE id = ?", arguments: [counts.added, format, fileID])
            return counts
        }
    }

    /// The stored hash of a context (the previous source segment), 0 for none.
    static func contextHash(_ context: String?) -> Int64 {
        guard let context else { return 0 }
        let text = MemoryText.normalised(context)
        guard !text.isEmpty else { return 0 }
        let hash = MemoryText.hash(text)
        return hash == 0 ? 1 : hash
    }
}

/// Finds or stores segments during one `add`: by hash in the store, then by comparing the text;
/// a new segment goes into both full-text indexes. Segments met in this transaction are
/// remembered (up to a bound) so that a segment repeated across the file is looked up once.
struct SegmentWriter {
    let db: Database
    private(set) var inserted = 0
    private var seen: [Int64: [(id: Int64, language: String, text: String, markup: String?)]] = [:]
    private var seenCount = 0
    private let find: Statement
    private let insert: Statement
    private let insertWords: Statement
    private let insertText: Statement
    private let insertLanguage: Statement
    /// How many segments are remembered before the memory is cleared.
    static let remembered = 1_000_000

    init(db: Database) throws {
        self.db = db
        find = try db.makeStatement(sql: "SELECT id, lang, text, markup FROM segments WHERE hash = ?")
        insert = try db.makeStatement(sql: "INSERT INTO segments (hash, lang, text, markup) VALUES (?, ?, ?, ?)")
        insertWords = try db.makeStatement(sql: "INSERT INTO segment_words (rowid, lang, words) VALUES (?, ?, ?)")
        insertText = try db.makeStatement(sql: "INSERT INTO segment_text (rowid, text) VALUES (?, ?)")
        insertLanguage = try db.makeStatement(sql: "INSERT OR IGNORE INTO languages (tag) VALUES (?)")
    }

    /// The id of `segment` (normalised) in `language`, stored first when new.
    mutating func id(language tag: String, segment: Segment) throws -> Int64 {
        let language = MemoryText.canonicalTag(tag)
        let text = segment.plainText
        let markup = MemoryText.markup(of: segment)
        let hash = MemoryText.hash(language, text, markup ?? "")
        if let known = seen[hash]?.first(where: { $0.language == language && $0.text == text && $0.markup == markup }) { return known.id }
        find.setUncheckedArguments([hash])
        let rows = try Row.fetchCursor(find)
        while let row = try rows.next() {
            if (row[1] as String) == language, (row[2] as String) == text, (row[3] as String?) == markup {
                let id: Int64 = row[0]
                remember(hash, id, language, text, markup)
                return id
            }
        }
        insert.setUncheckedArguments([hash, language, text, markup])
        try insert.execute()
        let id = db.lastInsertedRowID
        let parsed = Language(language)
        insertWords.setUncheckedArguments([id, parsed.base, MemoryText.indexWords(text, language: parsed)])
        try insertWords.execute()
        insertText.setUncheckedArguments([id, MemoryText.indexCharacters(text, language: parsed)])
        try insertText.execute()
        insertLanguage.setUncheckedArguments([language])
        try insertLanguage.execute()
        inserted += 1
        remember(hash, id, language, text, markup)
        return id
    }

    private mutating func remember(_ hash: Int64, _ id: Int64, _ language: String, _ text: String, _ markup: String?) {
        if seenCount >= Self.remembered { seen.removeAll(keepingCapacity: true); seenCount = 0 }
        seen[hash, default: []].append((id, language, text, markup))
        seenCount += 1
    }
}
