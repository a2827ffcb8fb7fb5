import GRDB
import SejajarKit

/// How a concordance search matches.
public enum MemorySearchMode: String, Sendable, Hashable, CaseIterable {
    /// Every word of the query, in any order (those with the words in the query's order first),
    /// through the word index.
    case words
    /// The query as a piece of text anywhere (inside words too), through the trigram index.
    case substring
}

/// Which side of its units a concordance hit must be.
public enum MemorySide: String, Sendable, Hashable, CaseIterable {
    case source, target, both
}

extension MemoryStore {
    /// Segments that hold `text` — its words (`.words`) or the text itself (`.substring`) —
    /// folded as each segment's language allows (case and accents ignored in Spanish, tones kept
    /// in Vietnamese), in `languages` (every language when empty), as the `side` of a unit;
    /// at most `limit` segments, each with its units (at most `usesPerHit`, rendered in
    /// `otherLanguages` when given) and the places that matched.
    public func search(_ text: String, languages: [String] = [], otherLanguages: [String] = [], side: MemorySide = .both,
                       mode: MemorySearchMode = .words, limit: Int = 20, usesPerHit: Int = 10) throws(SejajarError) -> [MemoryHit] {
        let query = MemoryText.normalised(text)
        guard !query.isEmpty, limit > 0 else { return [] }
        return try read("search the store") { db in
            let stored = try String.fetchAll(db, sql: "SELECT tag FROM languages ORDER BY tag")
            let wanted = languages.isEmpty ? stored : stored.filter { tag in languages.contains { Self.sameLanguage(tag, $0) } }
            // Each folding rule once: the query folded as those languages fold.
            var groups: [(folding: LanguageFolding, language: Language, tags: [String])] = []
            for tag in wanted {
                let folding = LanguageFolding(Language(tag))
                if let k = groups.firstIndex(where: { $0.folding == folding }) { groups[k].tags.append(tag) } else { groups.append((folding, Language(tag), [tag])) }
            }
            var hits: [(Int64, MemoryHit)] = []
            for group in groups where hits.count < limit {
                let found = mode == .words
                    ? try wordHits(db, query: query, language: group.language, tags: group.tags, limit: limit - hits.count, side: side)
                    : try substringHits(db, query: query, language: group.language, tags: group.tags, limit: limit - hits.count, side: side)
                hits += found
            }
            return try hits.map { id, hit in
                var hit = hit
                hit.uses = try uses(db, segment: id, side: side, otherLanguages: otherLanguages, limit: usesPerHit)
                return hit
            }
        }
    }

    /// Whether stored `tag` is `wanted` or a region of it.
    static func sameLanguage(_ tag: String, _ wanted: String) -> Bool {
        let canonical = MemoryText.canonicalTag(wanted)
        return tag == canonical || (!canonical.contains("-") && tag.hasPrefix(canonical + "-"))
    }

    /// Whether segment `id` is the `side` of some unit.
    static func sideCondition(_ side: MemorySide) -> String {
        switch side {
        case .source: "EXISTS (SELECT 1 FROM units WHERE source = s.id)"
        case .target: "EXISTS (SELECT 1 FROM units WHERE target = s.id)"
        case .both: "(EXISTS (SELECT 1 FROM units WHERE source = s.id) OR EXISTS (SELECT 1 FROM units WHERE target = s.id))"
        }
    }

    /// Word search: segments with every word of `query`, those with them in order first.
    private func wordHits(_ db: Database, query: String, language: Language, tags: [String], limit: Int, side: MemorySide) throws -> [(Int64, MemoryHit)] {
        let keys = Self.distinct(MatchToken.tokens(query, language: language).filter { $0.kind == .word || $0.kind == .number }.map(\.key))
        guard !keys.isEmpty else { return [] }
        let bases = Self.distinct(tags.map { Language($0).base })
        let languageFilter = "lang : (\(bases.map(Self.quoted).joined(separator: " OR ")))"
        let phrase = "\(languageFilter) AND words : \(Self.quoted(keys.joined(separator: " ")))"
        let all = "\(languageFilter) AND words : (\(keys.map(Self.quoted).joined(separator: " AND ")))"
        var result: [(Int64, MemoryHit)] = []
        var taken = Set<Int64>()
        for match in keys.count > 1 ? [phrase, all] : [all] where result.count < limit {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT s.id, s.lang, s.text FROM segments s
                JOIN (SELECT rowid, bm25(segment_words, 0.0, 1.0) AS score FROM segment_words WHERE segment_words MATCH ?) c ON c.rowid = s.id
                WHERE \(Self.sideCondition(side)) ORDER BY c.score, s.id
                """, arguments: [match])
            while result.count < limit, let row = try rows.next() {
                let id: Int64 = row[0], tag: String = row[1], text: String = row[2]
                guard tags.contains(tag), taken.insert(id).inserted else { continue }
                let keySet = Set(keys)
                let marks = MatchToken.tokens(text, language: Language(tag)).filter { ($0.kind == .word || $0.kind == .number) && keySet.contains($0.key) }.map(\.range)
                result.append((id, MemoryHit(language: tag, text: text, marks: marks, uses: [])))
            }
        }
        return result
    }

    /// Substring search: segments whose folded text holds the folded query, found through
    /// trigrams and confirmed on the text.
    private func substringHits(_ db: Database, query: String, language: Language, tags: [String], limit: Int, side: MemorySide) throws -> [(Int64, MemoryHit)] {
        let folded = MemoryText.indexCharacters(query, language: language)
        let characters = Array(folded)
        guard characters.count >= 3 else {
            throw SejajarError.usage(message: "a substring search needs at least three characters ('\(query)' has \(characters.count)); search for words instead")
        }
        // Trigrams spread over the query (at most 16): each must be in a candidate.
        var trigrams: [String] = []
        let count = characters.count - 2
        let step = max(1, count / 16)
        for start in stride(from: 0, to: count, by: step) { trigrams.append(String(characters[start..<start + 3])) }
        trigrams.append(String(characters[(characters.count - 3)...]))
        let match = Self.distinct(trigrams).map(Self.quoted).joined(separator: " AND ")
        var result: [(Int64, MemoryHit)] = []
        var after: Int64 = 0
        let placeholders = tags.map { _ in "?" }.joined(separator: ",")
        while result.count < limit {
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.id, s.lang, s.text FROM segments s
                WHERE s.id IN (SELECT rowid FROM segment_text WHERE segment_text MATCH ? AND rowid > ? ORDER BY rowid LIMIT 1000)
                AND s.lang IN (\(placeholders)) AND \(Self.sideCondition(side)) ORDER BY s.id
                """, arguments: StatementArguments([match, after] as [(any DatabaseValueConvertible)?] + tags.map { $0 }))
            let last = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM (SELECT rowid FROM segment_text WHERE segment_text MATCH ? AND rowid > ? ORDER BY rowid LIMIT 1000)",
                                          arguments: [match, after])
            for row in rows where result.count < limit {
                let id: Int64 = row[0], tag: String = row[1], text: String = row[2]
                let (chars, origin) = MemoryText.foldedWithOffsets(text, language: Language(tag))
                let marks = Self.occurrences(of: characters, in: chars).map { origin[$0.lowerBound]..<(origin[$0.upperBound - 1] + 1) }
                guard !marks.isEmpty else { continue }
                result.append((id, MemoryHit(language: tag, text: text, marks: marks, uses: [])))
            }
            guard let last else { break }
            after = last
        }
        return result
    }

    /// Where `needle` stands in `haystack`, without overlaps.
    static func occurrences(of needle: [Character], in haystack: [Character]) -> [Range<Int>] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var found: [Range<Int>] = []
        var k = 0
        while k + needle.count <= haystack.count {
            if haystack[k] == needle[0], Array(haystack[k..<k + needle.count]) == needle {
                found.append(k..<k + needle.count)
                k += needle.count
            } else {
                k += 1
            }
        }
        return found
    }

    /// The units segment `id` is the `side` of (rendered in `otherLanguages` when given).
    private func uses(_ db: Database, segment id: Int64, side: MemorySide, otherLanguages: [String], limit: Int) throws -> [MemoryHit.Use] {
        var result: [MemoryHit.Use] = []
        for isSource in side == .both ? [true, false] : [side == .source] {
            var sql = "SELECT \(Self.unitColumns) \(Self.unitJoins) WHERE u.\(isSource ? "source" : "target") = ?"
            var arguments: [(any DatabaseValueConvertible)?] = [id]
            if !otherLanguages.isEmpty {
                let conditions = otherLanguages.map { Self.languageCondition(isSource ? "t.lang" : "s.lang", $0) }
                sql += " AND (" + conditions.map(\.0).joined(separator: " OR ") + ")"
                arguments += conditions.flatMap(\.1)
            }
            sql += " ORDER BY u.id LIMIT ?"
            arguments.append(limit - result.count)
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
                result.append(MemoryHit.Use(unit: Self.unit(row), isSource: isSource))
            }
            if result.count >= limit { break }
        }
        return result
    }
}
