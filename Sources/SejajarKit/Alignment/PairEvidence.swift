import Foundation

/// Lexical evidence for every (source unit, target unit) pair inside a band: how much of the
/// source unit's known vocabulary finds a rendering in the target unit and the other way round,
/// each token weighted by its rarity.
///
/// Computed once per search so that the cost of a many-to-many bead is a few additions.
struct PairEvidence: Sendable {
    /// Weighted known tokens per source unit and per target unit.
    var knownSource: [Float]
    /// Per translation table (fold), since a target token is known only if that table knows it.
    var knownTarget: [[Float]]
    /// For source row i, the first target column stored and the matches from both sides.
    var rowStart: [Int]
    var rowLower: [Int]
    var rowUpper: [Int]
    var matchedSource: [Float]
    var matchedTarget: [Float]

    /// Computes evidence for the pairs the band's beads can touch, with beads up to `maxSource`
    /// source and `maxTarget` target units.
    init(source: UnitSequence, target: UnitSequence, band: Band, maxSource: Int, maxTarget: Int,
         tables: [TranslationTable], sourceWeights: [Float], targetWeights: [Float]) {
        let n = source.count, m = target.count
        knownSource = source.tokens.enumerated().map { i, ids in
            let table = tables[Int(source.table[i])]
            return ids.reduce(0) { $0 + (table.forward[Int($1)].isEmpty ? 0 : sourceWeights[Int($1)]) }
        }
        knownTarget = tables.map { table in
            target.tokens.map { ids in
                ids.reduce(0) { $0 + (table.backward[Int($1)].isEmpty ? 0 : targetWeights[Int($1)]) }
            }
        }
        rowLower = [Int](repeating: 0, count: n)
        rowUpper = [Int](repeating: 0, count: n)
        rowStart = [Int](repeating: 0, count: n + 1)
        for i in 0..<n {
            // Beads ending at node rows i+1 … i+maxSource cover source unit i.
            let lastRow = min(band.rows - 1, i + maxSource)
            var low = Int.max, high = Int.min
            for row in (i + 1)...max(i + 1, lastRow) where row < band.rows {
                low = min(low, band.lower[row] - maxTarget)
                high = max(high, band.upper[row] - 1)
            }
            rowLower[i] = max(0, low)
            rowUpper[i] = min(m - 1, high)
            rowStart[i + 1] = rowStart[i] + max(0, rowUpper[i] - rowLower[i] + 1)
        }
        let cells = rowStart[n]
        matchedSource = [Float](repeating: 0, count: cells)
        matchedTarget = [Float](repeating: 0, count: cells)
        guard cells > 0 else { return }

        // Stamp arrays: mark the tokens of one unit, then test candidates against the marks.
        let vocabularySize = tables.first?.forward.count ?? 0
        var targetMark = [Int32](repeating: -1, count: vocabularySize)
        var sourceMark = [Int32](repeating: -1, count: vocabularySize)
        for i in 0..<n where rowUpper[i] >= rowLower[i] {
            let table = tables[Int(source.table[i])]
            let sourceIDs = source.tokens[i]
            for id in sourceIDs { sourceMark[Int(id)] = Int32(i) }
            for j in rowLower[i]...rowUpper[i] {
                let stamp = Int32(j)
                for id in target.tokens[j] { targetMark[Int(id)] = stamp }
                var forwardSum: Float = 0
                for id in sourceIDs {
                    for candidate in table.forward[Int(id)] where targetMark[Int(candidate)] == stamp {
                        forwardSum += sourceWeights[Int(id)]
                        break
                    }
                }
                var backwardSum: Float = 0
                for id in target.tokens[j] {
                    for candidate in table.backward[Int(id)] where sourceMark[Int(candidate)] == Int32(i) {
                        backwardSum += targetWeights[Int(id)]
                        break
                    }
                }
                let cell = rowStart[i] + j - rowLower[i]
                matchedSource[cell] = forwardSum
                matchedTarget[cell] = backwardSum
                // Reset marks lazily: stamps are unique per (row, column) through the row index check.
                for id in target.tokens[j] { targetMark[Int(id)] = -1 }
            }
            for id in sourceIDs { sourceMark[Int(id)] = -1 }
        }
    }

    /// Whether every pair of the bead at (i, j) of shape (a, b) lies inside the stored band.
    func covers(i: Int, j: Int, a: Int, b: Int) -> Bool {
        guard i >= 0, j >= 0, i + a <= rowLower.count else { return false }
        for s in i..<(i + a) where j < rowLower[s] || j + b - 1 > rowUpper[s] { return false }
        return true
    }

    @inline(__always)
    func matches(_ i: Int, _ j: Int) -> (Float, Float) {
        guard j >= rowLower[i], j <= rowUpper[i] else { return (0, 0) }
        let cell = rowStart[i] + j - rowLower[i]
        return (matchedSource[cell], matchedTarget[cell])
    }
}
