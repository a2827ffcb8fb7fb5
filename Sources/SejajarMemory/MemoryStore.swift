import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif
import SejajarKit

/// A translation memory kept in an SQLite file (through GRDB): units that pair two segments,
/// each distinct segment stored once with a full-text index of its folded words (FTS5) and of its
/// folded text by trigrams (FTS5's trigram tokenizer), for concordance search in any language and
/// fuzzy lookup. Write-ahead logging: one writer at a time, readers never blocked by it; each file
/// added is one transaction, so an interrupted `add` leaves the store as it was. The schema is
/// versioned by GRDB's migrations; a store made by a newer Sejajar is refused, not damaged.
public struct MemoryStore: Sendable, MemoryLookup {
    /// The SQLite file.
    public let path: String
    let pool: DatabasePool
    /// How fuzzy matches are scored and what penalties apply.
    public var scorer = FuzzyScorer()
    public var penalties = MatchPenalties()

    /// The default store of the command line, relative to the current folder.
    public static let defaultPath = "Alignments/memory.sqlite"

    /// Opens the store at `path`; with `create`, makes it (and its folder) when it does not
    /// exist, else a missing store is an error that says how to make one.
    public init(path: String, create: Bool) throws(SejajarError) {
        self.path = path
        var status = stat()
        if stat(path, &status) == 0 {
            // SQLite would block for ever opening a FIFO, and cannot use a device or a folder.
            guard status.st_mode & S_IFMT == S_IFREG else {
                throw .io(path: path, message: "not a regular file, so not a translation memory store; give --memory the path of a .sqlite file")
            }
        } else if create {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .io(path: folder, message: "cannot create the folder of the translation memory store: \(error.localizedDescription)")
                }
            }
        } else {
            throw .io(path: path, message: "no translation memory store here; make one with 'sejajar memory add FILE…' (or give --memory PATH)")
        }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            configuration.prepareDatabase { db in
                // Durable at each commit's end in WAL mode without a sync per transaction.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA cache_size = -65536")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw .io(path: path, message: "not a usable translation memory store (\(Self.reason(error)))")
        }
        try Self.checkCapabilities(pool, path: path)
        try MemorySchema.migrate(pool, path: path)
    }

    /// Refuses an SQLite library without FTS5 or its trigram tokenizer (SQLite 3.34 and later):
    /// substring search needs it.
    static func checkCapabilities(_ pool: DatabasePool, path: String) throws(SejajarError) {
        let version = (try? pool.read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") }) ?? nil
        do {
            try pool.read { db in
                try db.execute(sql: "CREATE VIRTUAL TABLE temp.sejajar_probe USING fts5(x, content='', tokenize='trigram', detail=none)")
                try db.execute(sql: "DROP TABLE temp.sejajar_probe")
            }
        } catch {
            throw .io(path: path, message: "the SQLite library (\(version ?? "unknown version")) lacks FTS5 or its trigram tokenizer (SQLite 3.34 or later), which the store needs (\(Self.reason(error)))")
        }
    }

    /// One line about an SQLite error.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        if let error = error as? SejajarError { return error.diagnosticLine }
        return error.localizedDescription
    }

    /// Runs `body` in a read transaction, SQLite errors becoming one line naming the store.
    func read<T>(_ what: String, _ body: (Database) throws -> T) throws(SejajarError) -> T {
        do {
            return try pool.read(body)
        } catch let error as SejajarError {
            throw error
        } catch {
            throw .io(path: path, message: "cannot \(what) (\(Self.reason(error)))")
        }
    }

    /// Runs `body` in one write transaction (all of it or nothing).
    func write<T>(_ what: String, _ body: (Database) throws -> T) throws(SejajarError) -> T {
        do {
            return try pool.write(body)
        } catch let error as SejajarError {
            throw error
        } catch {
            throw .io(path: path, message: "cannot \(what) (\(Self.reason(error)))")
        }
    }

    // MARK: Reading units

    /// The columns `unit(_:)` reads, over `units u`, `segments s` (source), `segments t`
    /// (target) and `files f` (left-joined).
    static let unitColumns = "u.id, u.line, u.date, u.confidence, u.flags, f.path, s.lang, s.text, s.markup, t.lang, t.text, t.markup"
    static let unitJoins = "FROM units u JOIN segments s ON s.id = u.source JOIN segments t ON t.id = u.target LEFT JOIN files f ON f.id = u.file"

    /// A unit from a row of `unitColumns`.
    static func unit(_ row: Row) -> MemoryUnit {
        let flags: Int = row[4]
        let provenance = MemoryProvenance(file: row[5], line: row[1], date: row[2], confidence: row[3],
                                          reviewed: flags & Flags.reviewed != 0, origin: flags & Flags.aligned != 0 ? .aligned : .translated)
        return MemoryUnit(id: row[0], source: side(language: row[6], text: row[7], markup: row[8]),
                          target: side(language: row[9], text: row[10], markup: row[11]), provenance: provenance)
    }

    static func side(language: String, text: String, markup: String?) -> MemoryUnit.Side {
        let segment = markup.flatMap(MemoryText.segment(markup:)) ?? Segment(text)
        return MemoryUnit.Side(language: language, segment: segment, text: text)
    }

    /// Bits of `units.flags`.
    enum Flags {
        static let reviewed = 1
        static let aligned = 2
    }

    /// An FTS5 string: `text` in double quotes, its quotes doubled.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The SQL condition that a segment's language tag (column `column`) is `tag`, or any region
    /// of it when `tag` is bare; with its arguments.
    static func languageCondition(_ column: String, _ tag: String) -> (String, [(any DatabaseValueConvertible)?]) {
        let canonical = MemoryText.canonicalTag(tag)
        if canonical.contains("-") { return ("\(column) = ?", [canonical]) }
        return ("(\(column) = ? OR \(column) LIKE ?)", [canonical, canonical + "-%"])
    }
}
