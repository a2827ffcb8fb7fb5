/// Scores a stored segment against a query as translators' tools do: a token-level Levenshtein
/// distance over folded words (OmegaT compares tokens, not characters, so that one other word
/// costs the same in a short and a long word), with numbers, inline codes and punctuation told
/// apart from words as memoQ tells them: a segment whose words are the query's and whose only
/// differences are numbers, tags, punctuation, spacing or case scores 95–99, one point off per
/// difference; any other word caps the score at 94, so such a match always ranks below one that
/// differs only in a number. Identical text is 100.
public struct FuzzyScorer: Sendable {
    /// What each kind of token costs to insert, delete or replace, in tenths of a word (whole
    /// numbers, so that the way back through the table compares sums exactly).
    public var wordWeight = 10
    public var numberWeight = 5
    public var punctuationWeight = 2
    public var codeWeight = 2

    /// Creates a scorer with the default weights.
    public init() {}

    /// The weight of one token.
    func weight(_ token: MatchToken) -> Int {
        switch token.kind {
        case .word: wordWeight
        case .number: numberWeight
        case .punctuation: punctuationWeight
        case .code: codeWeight
        }
    }

    private func substitution(_ a: MatchToken, _ b: MatchToken) -> Int {
        if a.kind == b.kind && a.key == b.key { return 0 }
        return max(weight(a), weight(b))
    }

    /// The highest fuzzy score: above it only segments with the query's words.
    public static let fuzzyCeiling = 94
    /// The lowest score of a segment with the query's words.
    public static let formattingFloor = 95

    /// The score of `candidate` (its tokens and plain text) against `query`. `similarity`
    /// (character-level, the slow part) is computed only when `withSimilarity` is true.
    public func score(query: [MatchToken], queryText: String, candidate: [MatchToken], candidateText: String,
                      withSimilarity: Bool = true) -> MatchScore {
        let n = query.count, m = candidate.count
        // Distances over the token prefixes, row by row; the whole table for the way back.
        var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
        for i in 0...n where i > 0 { table[i * (m + 1)] = table[(i - 1) * (m + 1)] + weight(query[i - 1]) }
        for j in 0...m where j > 0 { table[j] = table[j - 1] + weight(candidate[j - 1]) }
        if n > 0 && m > 0 {
            for i in 1...n {
                let q = query[i - 1], wq = weight(q)
                for j in 1...m {
                    let c = candidate[j - 1]
                    let replace = table[(i - 1) * (m + 1) + j - 1] + substitution(q, c)
                    let delete = table[(i - 1) * (m + 1) + j] + wq
                    let insert = table[i * (m + 1) + j - 1] + weight(c)
                    table[i * (m + 1) + j] = min(replace, delete, insert)
                }
            }
        }
        // The way back: which tokens differ, and whether any of them is a word.
        var wordDifferences = 0, otherDifferences = 0
        var differences: [Range<Int>] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let here = table[i * (m + 1) + j]
            if i > 0, j > 0, here == table[(i - 1) * (m + 1) + j - 1] + substitution(query[i - 1], candidate[j - 1]) {
                let q = query[i - 1], c = candidate[j - 1]
                if q.kind == c.kind && q.key == c.key {
                    // The same word in another case or with other marks ("Comité"/"comité").
                    if q.text != c.text { otherDifferences += 1; differences.append(c.range) }
                } else {
                    if q.kind == .word || c.kind == .word { wordDifferences += 1 } else { otherDifferences += 1 }
                    if !c.range.isEmpty { differences.append(c.range) }
                }
                i -= 1; j -= 1
            } else if i > 0, here == table[(i - 1) * (m + 1) + j] + weight(query[i - 1]) {
                if query[i - 1].kind == .word { wordDifferences += 1 } else { otherDifferences += 1 }
                i -= 1
            } else {
                precondition(j > 0, "the way back left the table")
                let c = candidate[j - 1]
                if c.kind == .word { wordDifferences += 1 } else { otherDifferences += 1 }
                if !c.range.isEmpty { differences.append(c.range) }
                j -= 1
            }
        }
        differences.reverse()
        let similarity = withSimilarity ? Self.characterSimilarity(queryText, candidateText) : 0
        if wordDifferences == 0 {
            if otherDifferences == 0 && queryText == candidateText {
                return MatchScore(percent: 100, kind: .exact, similarity: similarity, differences: [])
            }
            // Same tokens but other spacing counts as one difference.
            let count = max(1, otherDifferences)
            return MatchScore(percent: max(Self.formattingFloor, 100 - count), kind: .formatting, similarity: similarity, differences: differences)
        }
        let total = max(query.reduce(0) { $0 + weight($1) }, candidate.reduce(0) { $0 + weight($1) })
        let distance = table[n * (m + 1) + m]
        let percent = total > 0 ? min(Self.fuzzyCeiling, max(0, 100 * (total - distance) / total)) : 0
        return MatchScore(percent: percent, kind: .fuzzy, similarity: similarity, differences: differences)
    }

    /// The highest score a candidate of `candidateWeight` can reach against a query of
    /// `queryWeight` (a length filter: every unit of weight one has and the other lacks costs).
    public static func ceiling(queryWeight: Int, candidateWeight: Int) -> Int {
        let longer = max(queryWeight, candidateWeight)
        guard longer > 0 else { return 100 }
        return 100 * (longer - abs(queryWeight - candidateWeight)) / longer
    }

    /// The summed weight of `tokens`.
    public func weight(of tokens: [MatchToken]) -> Int {
        tokens.reduce(0) { $0 + weight($1) }
    }

    /// 1 − (character Levenshtein distance) / (longer length), on Unicode scalars as written.
    public static func characterSimilarity(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let longer = max(x.count, y.count)
        guard longer > 0 else { return 1 }
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var previous = Array(0...y.count), current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            let xi = x[i - 1]
            for j in 1...y.count {
                current[j] = min(previous[j - 1] + (xi == y[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return 1 - Double(previous[y.count]) / Double(longer)
    }
}
