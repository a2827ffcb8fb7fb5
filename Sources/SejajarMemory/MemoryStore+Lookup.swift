import GRDB
import SejajarKit

extension MemoryStore {
    /// How many segments the word index proposes for scoring (the best by BM25).
    static let lookupCandidates = 200

    /// Fuzzy matches for `text` in `from`: the segments of that language that share words with
    /// it (from the word index, the best `lookupCandidates` by BM25), scored by `FuzzyScorer`
    /// against it; each unit with such a source (and a target in `to`, when given) is a match,
    /// its score less the penalties of its provenance; an exact match whose unit had `previous`
    /// before it is a context match (101). The best `top` at or above `minimum`, one per pair of
    /// texts, in `MemoryMatch.ranks` order.
    public func lookup(_ text: String, from: Language, to: Language?, previous: String?, minimum: Int, top: Int) throws(SejajarError) -> [MemoryMatch] {
        let query = MemoryText.normalised(text)
        let tokens = MatchToken.tokens(query, language: from)
        let keys = Self.distinct(tokens.filter { $0.kind == .word || $0.kind == .number }.map(\.key))
        guard !keys.isEmpty, top > 0 else { return [] }
        let queryWeight = scorer.weight(of: tokens)
        let queryWords = tokens.filter { $0.kind == .word }.count
        let context = Self.contextHash(previous)
        let match = "lang : \(Self.quoted(from.base)) AND words : (\(keys.map(Self.quoted).joined(separator: " OR ")))"
        return try read("look up a match") { db in
            // Candidates: segments that share words, the best first.
            let candidates = try Row.fetchAll(db, sql: """
                SELECT s.id, s.lang, s.text, s.markup FROM segments s
                JOIN (SELECT rowid, bm25(segment_words, 0.0, 1.0) AS score FROM segment_words WHERE segment_words MATCH ?
                      ORDER BY score LIMIT ?) c ON c.rowid = s.id
                ORDER BY c.score
                """, arguments: [match, Self.lookupCandidates])
            var scored: [Int64: MatchScore] = [:]
            let (languageSQL, languageArguments) = Self.languageCondition("lang", from.tag)
            let allowed = try Set(Int64.fetchAll(db, sql: "SELECT id FROM segments WHERE id IN (\(candidates.map { _ in "?" }.joined(separator: ","))) AND \(languageSQL)",
                                                 arguments: StatementArguments(candidates.map { $0[0] as Int64 as (any DatabaseValueConvertible)? } + languageArguments)))
            for row in candidates {
                let id: Int64 = row[0]
                guard allowed.contains(id) else { continue }
                let side = Self.side(language: row[1], text: row[2], markup: row[3])
                let candidate = MatchToken.tokens(side.segment, language: from)
                // Other words cap a match at 94 and cost at least the difference in weight.
                let words = candidate.filter { $0.kind == .word }.count
                if words != queryWords, min(FuzzyScorer.fuzzyCeiling, FuzzyScorer.ceiling(queryWeight: queryWeight, candidateWeight: scorer.weight(of: candidate))) < minimum { continue }
                let score = scorer.score(query: tokens, queryText: query, candidate: candidate, candidateText: side.text, withSimilarity: false)
                guard score.percent >= minimum else { continue }
                var full = scorer.score(query: tokens, queryText: query, candidate: candidate, candidateText: side.text)
                full.differences = score.differences
                scored[id] = full
            }
            guard !scored.isEmpty else { return [] }
            // Every unit whose source is one of them (rendered in `to`).
            var sql = "SELECT \(Self.unitColumns), u.source, u.context \(Self.unitJoins) WHERE u.source IN (\(scored.keys.map { _ in "?" }.joined(separator: ",")))"
            var arguments: [(any DatabaseValueConvertible)?] = scored.keys.map { $0 }
            if let to {
                let (condition, values) = Self.languageCondition("t.lang", to.tag)
                sql += " AND " + condition
                arguments += values
            }
            var matches: [MemoryMatch] = []
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
                let unit = Self.unit(row)
                var score = scored[row[12]]!
                if score.kind == .exact, context != 0, (row[13] as Int64) == context {
                    score.percent = 101
                    score.kind = .context
                }
                let (penalised, penalties) = self.penalties.apply(score, provenance: unit.provenance)
                guard penalised.percent >= minimum else { continue }
                matches.append(MemoryMatch(unit: unit, score: penalised, penalties: penalties))
            }
            matches.sort(by: MemoryMatch.ranks)
            // One match per pair of texts: the same pair added from two files, or with two
            // contexts, is one suggestion.
            var seen = Set<[String]>()
            return Array(matches.filter { seen.insert([$0.unit.source.text, $0.unit.target.language, $0.unit.target.text]).inserted }.prefix(top))
        }
    }

    /// `values` without repeats, in first-seen order.
    static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
