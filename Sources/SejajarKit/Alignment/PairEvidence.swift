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

        // Rows are independent: large bands are split into chunks computed on all cores.
        let vocabularySize = tables.first?.forward.count ?? 0
        let chunkCount = cells >= 200_000 ? min(8, max(1, ProcessInfo.processInfo.activeProcessorCount * 2)) : 1
        let rowsPerChunk = (n + chunkCount - 1) / chunkCount
        let rowLower = self.rowLower, rowUpper = self.rowUpper, rowStart = self.rowStart
        // Per table, each target unit's tokens that the table renders at all: only those can be a
        // candidate of a row's source tokens (a table's backward lists invert its forward ones).
        let renderedTokens = tables.map { table in target.tokens.map { ids in ids.filter { !table.backward[Int($0)].isEmpty } } }
        matchedSource.withUnsafeMutableBufferPointer { matchedSource in
            matchedTarget.withUnsafeMutableBufferPointer { matchedTarget in
                nonisolated(unsafe) let forwardOut = matchedSource
                nonisolated(unsafe) let backwardOut = matchedTarget
                DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                    // A table's backward lists are the inverse of its forward lists, so one pass
                    // over the row's (source token → candidate) links serves both directions: for
                    // each candidate target id, the row keeps a chain of the source tokens it
                    // renders. A cell then costs one look-up per target token.
                    var head = [Int32](repeating: -1, count: vocabularySize)
                    var headRow = [Int32](repeating: -1, count: vocabularySize)
                    var seen = [Int32](repeating: -1, count: vocabularySize)
                    var linkSource: [Int32] = []
                    var linkNext: [Int32] = []
                    var cellStamp: Int32 = 0
                    let rows = (chunk * rowsPerChunk)..<min(n, (chunk + 1) * rowsPerChunk)
                    for i in rows where rowUpper[i] >= rowLower[i] {
                        let table = tables[Int(source.table[i])], rendered = renderedTokens[Int(source.table[i])]
                        let row = Int32(i)
                        linkSource.removeAll(keepingCapacity: true)
                        linkNext.removeAll(keepingCapacity: true)
                        for id in source.tokens[i] {
                            for candidate in table.forward[Int(id)] {
                                let t = Int(candidate)
                                if headRow[t] != row { headRow[t] = row; head[t] = -1 }
                                linkSource.append(id)
                                linkNext.append(head[t])
                                head[t] = Int32(linkSource.count - 1)
                            }
                        }
                        guard !linkSource.isEmpty else { continue }
                        for j in rowLower[i]...rowUpper[i] {
                            cellStamp &+= 1
                            if cellStamp == Int32.max { cellStamp = 0; for k in seen.indices { seen[k] = -1 } }
                            var forwardSum: Float = 0
                            var backwardSum: Float = 0
                            for id in rendered[j] where headRow[Int(id)] == row {
                                backwardSum += targetWeights[Int(id)]
                                var link = head[Int(id)]
                                while link >= 0 {
                                    let s = Int(linkSource[Int(link)])
                                    if seen[s] != cellStamp {
                                        seen[s] = cellStamp
                                        forwardSum += sourceWeights[s]
                                    }
                                    link = linkNext[Int(link)]
                                }
                            }
                            let cell = rowStart[i] + j - rowLower[i]
                            forwardOut[cell] = forwardSum
                            backwardOut[cell] = backwardSum
                        }
                    }
                }
            }
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
