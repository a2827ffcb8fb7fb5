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
                    let source = segments.resolve(language: record.sourceLanguage, segment: record.source)
                    let target = segments.resolve(language: record.targetLanguage, segment: record.target)
                    guard !source.isEmpty, !target.isEmpty else { counts.empty += 1; return }
                    let sourceID = try segments.id(source), targetID = try segments.id(target)
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
/// remembered (up to a bound) so that a segment repeated across the file is looked up once, and
/// so is each segment as read with its language tag, so that it is normalised once: a memory
/// repeats its segments (the million units of benchmarks/memory.py hold 47,391 distinct ones),
/// and normalising every one again was 42 % of an add's time (perf).
struct SegmentWriter {
    /// A segment as read, with the language tag it came with.
    struct Read: Hashable {
        var language: String
        var segment: Segment
    }

    /// A segment as read, resolved: stored already (its id), normalised to nothing, or new to
    /// this add (normalised, not yet looked up in the store).
    enum Resolved {
        case known(Int64)
        case empty
        case normalised(Read, language: String, segment: Segment)

        var isEmpty: Bool { if case .empty = self { true } else { false } }
    }

    let db: Database
    private(set) var inserted = 0
    private var seen: [Int64: [(id: Int64, language: String, text: String, markup: String?)]] = [:]
    private var seenCount = 0
    /// Ids of segments as read, 0 for one that normalises to nothing (rowids start at 1).
    private var read: [Read: Int64] = [:]
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

    /// `segment` as read in the language `tag`: its id when this add met it before, else
    /// normalised (`MemoryText.normalised`), or empty when nothing is left of it.
    mutating func resolve(language tag: String, segment: Segment) -> Resolved {
        let key = Read(language: tag, segment: segment)
        if let id = read[key] { return id == 0 ? .empty : .known(id) }
        if read.count >= Self.remembered { read.removeAll(keepingCapacity: true) }
        let normalised = MemoryText.normalised(segment)
        guard !normalised.parts.isEmpty else {
            read[key] = 0
            return .empty
        }
        return .normalised(key, language: MemoryText.canonicalTag(tag), segment: normalised)
    }

    /// The id of a resolved segment, stored first when new (not for an empty one).
    mutating func id(_ resolved: Resolved) throws -> Int64 {
        switch resolved {
        case .known(let id): return id
        case .empty: preconditionFailure("an empty segment has no id")
        case .normalised(let key, let language, let segment):
            if let id = read[key] { return id }
            let id = try id(canonical: language, segment: segment)
            read[key] = id
            return id
        }
    }

    /// The id of `segment` (normalised) in `language` (canonical), stored first when new.
    private mutating func id(canonical language: String, segment: Segment) throws -> Int64 {
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
