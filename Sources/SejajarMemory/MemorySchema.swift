import GRDB
import SejajarKit

/// The store's tables, made and changed by GRDB's migrations (each applied once, recorded in
/// the file), and the version of its indexes' folding: when Sejajar folds words another way
/// (`MemoryText.indexVersion`), opening a store rebuilds its two full-text indexes.
///
/// - `segments`: each distinct segment once (language, plain text, inline markup as JSON), found
///   by a stable hash of the three.
/// - `units`: a source and a target segment, the hash of the source's previous segment (context),
///   and provenance; unique on source, target and context.
/// - `files`: each file added, when, and how many units it added.
/// - `languages`: the language tags the segments are in.
/// - `segment_words`: FTS5 over each segment's folded words (and its language, to filter by);
///   `segment_text`: FTS5 trigrams of its folded text. Both contentless: the text is in
///   `segments` once, and is folded again when a segment is removed.
enum MemorySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: segments, units, files, word and trigram indexes") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE files (
                    id INTEGER PRIMARY KEY, path TEXT NOT NULL, format TEXT NOT NULL, added INTEGER NOT NULL,
                    units INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE languages (tag TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE segments (
                    id INTEGER PRIMARY KEY, hash INTEGER NOT NULL, lang TEXT NOT NULL, text TEXT NOT NULL, markup TEXT);
                CREATE INDEX segments_hash ON segments(hash);
                CREATE TABLE units (
                    id INTEGER PRIMARY KEY,
                    source INTEGER NOT NULL REFERENCES segments(id),
                    target INTEGER NOT NULL REFERENCES segments(id),
                    context INTEGER NOT NULL DEFAULT 0,
                    file INTEGER REFERENCES files(id),
                    line INTEGER, date INTEGER, confidence REAL, flags INTEGER NOT NULL DEFAULT 0);
                CREATE UNIQUE INDEX units_identity ON units(source, target, context);
                CREATE INDEX units_target ON units(target);
                CREATE INDEX units_file ON units(file);
                CREATE VIRTUAL TABLE segment_words USING fts5(lang, words, content='', tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
                CREATE VIRTUAL TABLE segment_text USING fts5(text, content='', tokenize='trigram', detail=none);
                """)
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('index-version', ?)", arguments: [String(MemoryText.indexVersion)])
        }
        return migrator
    }

    /// Applies the migrations the store lacks; refuses a store with migrations this Sejajar does
    /// not know (made by a newer one); rebuilds the indexes when their folding changed.
    static func migrate(_ pool: DatabasePool, path: String) throws(SejajarError) {
        let migrator = Self.migrator
        do {
            let superseded = try pool.read { db in try migrator.hasBeenSuperseded(db) }
            if superseded {
                throw SejajarError.io(path: path, message: "this store was made by a newer Sejajar (its schema has migrations this version does not know); use that version")
            }
            try migrator.migrate(pool)
            let version = try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'index-version'") }
            if version != String(MemoryText.indexVersion) {
                try pool.write { db in try rebuildIndexes(db) }
            }
        } catch let error as SejajarError {
            throw error
        } catch {
            throw .io(path: path, message: "not a usable translation memory store (\(MemoryStore.reason(error)))")
        }
    }

    /// Empties both full-text indexes and fills them again from `segments` with today's folding.
    static func rebuildIndexes(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO segment_words(segment_words) VALUES ('delete-all')")
        try db.execute(sql: "INSERT INTO segment_text(segment_text) VALUES ('delete-all')")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, lang, text FROM segments")
        let words = try db.makeStatement(sql: "INSERT INTO segment_words (rowid, lang, words) VALUES (?, ?, ?)")
        let text = try db.makeStatement(sql: "INSERT INTO segment_text (rowid, text) VALUES (?, ?)")
        while let row = try rows.next() {
            let id: Int64 = row[0], tag: String = row[1], plain: String = row[2]
            let language = Language(tag)
            try words.execute(arguments: [id, language.base, MemoryText.indexWords(plain, language: language)])
            try text.execute(arguments: [id, MemoryText.indexCharacters(plain, language: language)])
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('index-version', ?)", arguments: [String(MemoryText.indexVersion)])
    }
}
