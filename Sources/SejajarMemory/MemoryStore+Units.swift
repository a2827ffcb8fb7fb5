import Foundation
import GRDB
import SejajarKit

extension MemoryStore {
    /// The SQL condition and arguments of `filter` over `unitJoins` (all but the concept, which
    /// the term matcher decides; a concept narrows the candidates through the trigram index).
    func condition(_ filter: MemoryFilter, glossary: Glossary?) throws(SejajarError) -> (String, [(any DatabaseValueConvertible)?], concept: Int?) {
        var conditions: [String] = [], arguments: [(any DatabaseValueConvertible)?] = []
        if let tag = filter.sourceLanguage {
            let (sql, values) = Self.languageCondition("s.lang", tag)
            conditions.append(sql); arguments += values
        }
        if let tag = filter.targetLanguage {
            let (sql, values) = Self.languageCondition("t.lang", tag)
            conditions.append(sql); arguments += values
        }
        if let since = filter.since { conditions.append("u.date >= ?"); arguments.append(since) }
        if let until = filter.until { conditions.append("u.date < ?"); arguments.append(until) }
        switch filter.origin {
        case .aligned?: conditions.append("u.flags & \(Flags.aligned) != 0")
        case .translated?: conditions.append("u.flags & \(Flags.aligned) = 0")
        case nil: break
        }
        if filter.reviewedOnly { conditions.append("u.flags & \(Flags.reviewed) != 0") }
        if let minimum = filter.minimumConfidence { conditions.append("(u.confidence IS NULL OR u.confidence >= ?)"); arguments.append(minimum) }
        if let file = filter.file {
            conditions.append("(f.path = ? OR f.path LIKE ? ESCAPE '\\')")
            arguments += [file, "%/" + file.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")]
        }
        var conceptIndex: Int?
        if let id = filter.concept {
            guard let glossary else { throw .usage(message: "--concept needs a term base (--glossary)") }
            guard let index = glossary.concepts.firstIndex(where: { $0.id == id }) else {
                throw .usage(message: "the term base has no concept '\(id)'")
            }
            conceptIndex = index
            // Candidates: sources holding a piece of one of the concept's terms, per language.
            var alternatives: [String] = []
            let tags = try read("read the store's languages") { db in try String.fetchAll(db, sql: "SELECT tag FROM languages") }
            for tag in tags where filter.sourceLanguage.map({ Self.sameLanguage(tag, $0) }) ?? true {
                guard let pieces = MemoryConceptUsage.candidatePieces(glossary: glossary, concept: index, language: Language(tag)) else {
                    alternatives.append("s.lang = ?"); arguments.append(tag); continue
                }
                guard !pieces.isEmpty else { continue }
                let match = pieces.map { piece in "(" + Self.trigrams(piece).map(Self.quoted).joined(separator: " AND ") + ")" }.joined(separator: " OR ")
                alternatives.append("(s.lang = ? AND u.source IN (SELECT rowid FROM segment_text WHERE segment_text MATCH ?))")
                arguments += [tag, match]
            }
            conditions.append(alternatives.isEmpty ? "0" : "(" + alternatives.joined(separator: " OR ") + ")")
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments, conceptIndex)
    }

    /// Every trigram of `text`.
    static func trigrams(_ text: String) -> [String] {
        let characters = Array(text)
        guard characters.count >= 3 else { return [text] }
        return distinct((0...(characters.count - 3)).map { String(characters[$0..<$0 + 3]) })
    }

    /// Hands every unit `filter` takes to `body`, in the order they were added, reading the store
    /// in one snapshot (a writer meanwhile changes nothing it sees).
    public func forEachUnit(_ filter: MemoryFilter, glossary: Glossary? = nil, _ body: (MemoryUnit) throws(SejajarError) -> Void) throws(SejajarError) {
        let (sql, arguments, concept) = try condition(filter, glossary: glossary)
        var matchers: [TermMatchers] = []
        try read("read the store") { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.unitColumns) \(Self.unitJoins) WHERE \(sql) ORDER BY u.id", arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let unit = Self.unit(row)
                if let concept, let glossary, !MemoryConceptUsage.names(glossary: glossary, concept: concept, unit: unit, matchers: &matchers) { continue }
                try body(unit)
            }
        }
    }

    /// Every unit whose source names concept `id`, grouped by the target's rendering of it.
    public func conceptUsage(_ id: String, glossary: Glossary, sourceLanguage: String? = nil, targetLanguage: String? = nil) throws(SejajarError) -> MemoryConceptUsage {
        var units: [MemoryUnit] = []
        let filter = MemoryFilter(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, concept: id)
        try forEachUnit(filter, glossary: glossary) { units.append($0) }
        var matchers: [TermMatchers] = []
        return MemoryConceptUsage(glossary: glossary, concept: glossary.concepts.firstIndex { $0.id == id }!, units: units, matchers: &matchers)
    }

    /// Removes every unit `filter` takes, then the segments no unit uses any more (from both
    /// indexes too), in one transaction. Returns the units and segments removed.
    public func remove(_ filter: MemoryFilter, glossary: Glossary? = nil) throws(SejajarError) -> (units: Int, segments: Int) {
        let (sql, arguments, concept) = try condition(filter, glossary: glossary)
        var matchers: [TermMatchers] = []
        return try write("remove units from the store") { db in
            var ids: [Int64] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.unitColumns) \(Self.unitJoins) WHERE \(sql) ORDER BY u.id", arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                if let concept, let glossary {
                    guard MemoryConceptUsage.names(glossary: glossary, concept: concept, unit: Self.unit(row), matchers: &matchers) else { continue }
                }
                ids.append(row[0])
            }
            let delete = try db.makeStatement(sql: "DELETE FROM units WHERE id = ?")
            for id in ids { try delete.execute(arguments: [id]) }
            // Segments left without a unit leave the indexes with the values they were indexed by.
            let orphans = try Row.fetchAll(db, sql: """
                SELECT id, lang, text FROM segments s
                WHERE NOT EXISTS (SELECT 1 FROM units WHERE source = s.id) AND NOT EXISTS (SELECT 1 FROM units WHERE target = s.id)
                """)
            let words = try db.makeStatement(sql: "INSERT INTO segment_words (segment_words, rowid, lang, words) VALUES ('delete', ?, ?, ?)")
            let text = try db.makeStatement(sql: "INSERT INTO segment_text (segment_text, rowid, text) VALUES ('delete', ?, ?)")
            let segment = try db.makeStatement(sql: "DELETE FROM segments WHERE id = ?")
            for row in orphans {
                let id: Int64 = row[0], tag: String = row[1], plain: String = row[2]
                let language = Language(tag)
                try words.execute(arguments: [id, language.base, MemoryText.indexWords(plain, language: language)])
                try text.execute(arguments: [id, MemoryText.indexCharacters(plain, language: language)])
                try segment.execute(arguments: [id])
            }
            try db.execute(sql: "DELETE FROM languages WHERE NOT EXISTS (SELECT 1 FROM segments WHERE lang = languages.tag)")
            return (ids.count, orphans.count)
        }
    }

    /// Figures about the store.
    public func statistics() throws(SejajarError) -> MemoryStatistics {
        var statistics = try read("read the store") { db in
            var statistics = MemoryStatistics()
            statistics.units = try Int.fetchOne(db, sql: "SELECT count(*) FROM units") ?? 0
            statistics.segments = try Int.fetchOne(db, sql: "SELECT count(*) FROM segments") ?? 0
            statistics.languagePairs = try Row.fetchAll(db, sql: """
                SELECT s.lang, t.lang, count(*) AS n FROM units u JOIN segments s ON s.id = u.source JOIN segments t ON t.id = u.target
                GROUP BY s.lang, t.lang ORDER BY n DESC, s.lang, t.lang
                """).map { MemoryStatistics.LanguagePair(source: $0[0], target: $0[1], units: $0[2]) }
            statistics.files = try Row.fetchAll(db, sql: """
                SELECT f.path, f.added, f.units, (SELECT count(*) FROM units WHERE file = f.id) FROM files f ORDER BY f.id
                """).map { MemoryStatistics.File(path: $0[0], added: MemoryDate.iso($0[1]), unitsAdded: $0[2], unitsKept: $0[3]) }
            if let row = try Row.fetchOne(db, sql: """
                SELECT sum(flags & \(Flags.aligned) != 0), sum(flags & \(Flags.reviewed) != 0), min(date), max(date) FROM units
                """) {
                statistics.aligned = row[0] ?? 0
                statistics.translated = statistics.units - statistics.aligned
                statistics.reviewed = row[1] ?? 0
                statistics.oldest = (row[2] as Int64?).map(MemoryDate.day)
                statistics.newest = (row[3] as Int64?).map(MemoryDate.day)
            }
            let migrator = MemorySchema.migrator
            statistics.schema = try migrator.appliedMigrations(db).last ?? ""
            statistics.sqlite = try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? ""
            return statistics
        }
        for file in [path, path + "-wal"] {
            if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber { statistics.bytes += size.int64Value }
        }
        return statistics
    }
}
