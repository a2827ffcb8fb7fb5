/// The part of the alignment matrix the search may visit: for each source node row `i` (0…n) an
/// inclusive range of target node columns. Rows are monotone (both bounds never decrease), so the
/// search needs memory proportional to the band, not to n × m.
struct Band: Sendable {
    var lower: [Int]
    var upper: [Int]

    var rows: Int { lower.count }

    /// The whole matrix.
    static func full(n: Int, m: Int) -> Band {
        Band(lower: Array(repeating: 0, count: n + 1), upper: Array(repeating: m, count: n + 1))
    }

    /// Number of cells.
    var cellCount: Int { zip(lower, upper).reduce(0) { $0 + max(0, $1.1 - $1.0 + 1) } }

    /// Makes the band monotone and anchored at (0, 0) and (n, m).
    mutating func normalise(m: Int) {
        let n = rows - 1
        lower[0] = 0
        upper[n] = m
        for i in 0...n {
            lower[i] = max(0, min(lower[i], m))
            upper[i] = max(0, min(upper[i], m))
        }
        // Lower bounds: suffix minimum keeps them non-decreasing; upper bounds: prefix maximum.
        if n >= 1 {
            for i in stride(from: n - 1, through: 0, by: -1) { lower[i] = min(lower[i], lower[i + 1]) }
            for i in 1...n { upper[i] = max(upper[i], upper[i - 1]) }
        }
        for i in 0...n where upper[i] < lower[i] { upper[i] = lower[i] }
        // Consecutive rows must overlap so that a path can always step down.
        if n >= 1 { for i in 1...n where lower[i] > upper[i - 1] { upper[i - 1] = lower[i] } }
    }

    /// The band around a coarse path: each coarse bead covers a rectangle of fine units; rows of
    /// that rectangle may visit its columns, widened by `margin` on both sides.
    static func around(coarse path: [BeadSpan], sourceGroups: [Range<Int>], targetGroups: [Range<Int>],
                       n: Int, m: Int, margin: Int) -> Band {
        var band = Band(lower: Array(repeating: Int.max, count: n + 1), upper: Array(repeating: Int.min, count: n + 1))
        func fineStart(_ groups: [Range<Int>], _ index: Int, _ total: Int) -> Int {
            index < groups.count ? groups[index].lowerBound : total
        }
        for span in path {
            let i0 = fineStart(sourceGroups, span.source.lowerBound, n)
            let i1 = fineStart(sourceGroups, span.source.upperBound, n)
            let j0 = fineStart(targetGroups, span.target.lowerBound, m)
            let j1 = fineStart(targetGroups, span.target.upperBound, m)
            for i in i0...i1 {
                band.lower[i] = min(band.lower[i], j0 - margin)
                band.upper[i] = max(band.upper[i], j1 + margin)
            }
        }
        for i in 0...n where band.lower[i] == Int.max {
            band.lower[i] = 0
            band.upper[i] = m
        }
        // Widen rows by the margin vertically too: a row near a rectangle edge may need columns of
        // the neighbouring rectangle.
        var widened = band
        for i in 0...n {
            let from = max(0, i - margin), to = min(n, i + margin)
            widened.lower[i] = band.lower[from...to].min()!
            widened.upper[i] = band.upper[from...to].max()!
        }
        widened.normalise(m: m)
        return widened
    }
}
