import Foundation
import GRDB
import SejajarKit

/// Sentence vectors kept on disk, keyed by model and by the exact text sent (prefix included), so
/// that aligning the same texts again, re-aligning after an edit or checking an alignment asks
/// the server for nothing it has answered before. An SQLite file (through GRDB): several Sejajar
/// processes may share it, and a crash mid-write leaves it whole.
public struct EmbeddingCache: Sendable {
    /// The SQLite file.
    public let path: String
    private let queue: DatabaseQueue

    /// Whether the cache is only read (a cache shared by many jobs: `--embedding-cache-shared`).
    public let isReadOnly: Bool

    /// Opens the shared cache in folder `directory` for reading only: many jobs on many machines
    /// read it at once and none writes it, since SQLite's locks are not reliable over a network
    /// file system. Each job keeps what it adds in its own cache (`Embedder.cache`); `merge`
    /// brings those into the shared one once the jobs are done.
    public init(readingOnly directory: String) throws(SejajarError) {
        let path = (directory as NSString).appendingPathComponent("embeddings.sqlite")
        self.path = path
        isReadOnly = true
        var status = stat()
        guard stat(path, &status) == 0 else { throw .io(path: path, message: "no shared embedding cache here (a cache folder of an earlier run, or 'sejajar corpus merge-caches' makes one)") }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .io(path: path, message: "not a regular file, so not a usable embedding cache") }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(30)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM vectors WHERE 0") }
        } catch {
            throw .io(path: path, message: "not a usable embedding cache (\(Self.reason(error)))")
        }
    }

    /// Opens (or creates) the cache in folder `directory`, as `embeddings.sqlite`.
    public init(directory: String) throws(SejajarError) {
        let path = (directory as NSString).appendingPathComponent("embeddings.sqlite")
        self.path = path
        isReadOnly = false
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path: directory, message: "cannot create the embedding cache folder: \(error.localizedDescription)")
        }
        // SQLite would block for ever reading a FIFO and cannot use a device or a folder.
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw .io(path: path, message: "not a regular file, so not a usable embedding cache; remove it or pass another --embedding-cache")
        }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS vectors (
                        model TEXT NOT NULL, text TEXT NOT NULL, vector BLOB NOT NULL,
                        PRIMARY KEY (model, text)) WITHOUT ROWID
                    """)
            }
        } catch {
            throw .io(path: path, message: "not a usable embedding cache (\(Self.reason(error))); remove it or pass another --embedding-cache")
        }
    }

    /// The default folder: `$XDG_CACHE_HOME/sejajar`, else `~/.cache/sejajar`.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty { return (cache as NSString).appendingPathComponent("sejajar") }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return ((home as NSString).appendingPathComponent(".cache") as NSString).appendingPathComponent("sejajar")
    }

    /// The cached vectors of `texts` under `model`, by text.
    public func vectors(model: String, texts: [String]) throws(SejajarError) -> [String: [Float]] {
        do {
            return try queue.read { db in
                var found: [String: [Float]] = [:]
                let statement = try db.cachedStatement(sql: "SELECT vector FROM vectors WHERE model = ? AND text = ?")
                for text in texts where found[text] == nil {
                    if let blob = try Data.fetchOne(statement, arguments: [model, text]) { found[text] = Self.floats(blob) }
                }
                return found
            }
        } catch {
            throw .io(path: path, message: "cannot read the embedding cache (\(Self.reason(error)))")
        }
    }

    /// Keeps `vectors` (text, vector) under `model`, in one transaction.
    public func store(model: String, vectors: [(String, [Float])]) throws(SejajarError) {
        do {
            try queue.write { db in
                let statement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO vectors (model, text, vector) VALUES (?, ?, ?)")
                for (text, vector) in vectors { try statement.execute(arguments: [model, text, Self.blob(vector)]) }
            }
        } catch {
            throw .io(path: path, message: "cannot write the embedding cache (\(Self.reason(error)))")
        }
    }

    /// Adds every vector of the caches in `directories` that this one lacks (the first one
    /// found wins), one transaction per cache: the per-job caches of a corpus run merged into the
    /// shared cache by one job once the others are done. Returns how many vectors were added.
    @discardableResult
    public func merge(_ directories: [String]) throws(SejajarError) -> Int {
        var added = 0
        for directory in directories {
            let other = try EmbeddingCache(readingOnly: directory)
            do {
                let rows = try other.queue.read { db in
                    try Row.fetchAll(db, sql: "SELECT model, text, vector FROM vectors ORDER BY model, text").map { ($0[0] as String, $0[1] as String, $0[2] as Data) }
                }
                try queue.write { db in
                    let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO vectors (model, text, vector) VALUES (?, ?, ?)")
                    for (model, text, vector) in rows {
                        try statement.execute(arguments: [model, text, vector])
                        added += db.changesCount
                    }
                }
            } catch {
                throw .io(path: other.path, message: "cannot merge the embedding cache into \(path) (\(Self.reason(error)))")
            }
        }
        return added
    }

    /// Little-endian 32-bit floats.
    static func blob(_ vector: [Float]) -> Data {
        var data = Data(capacity: vector.count * 4)
        for value in vector { withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func floats(_ data: Data) -> [Float] {
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - 3, by: 4).map { k in
            Float(bitPattern: UInt32(bytes[k]) | UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k + 2]) << 16 | UInt32(bytes[k + 3]) << 24)
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return error.localizedDescription
    }
}
