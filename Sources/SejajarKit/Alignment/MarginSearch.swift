import Foundation

/// The search Bertalign runs on sentence vectors alone, as a second opinion on a document pair:
/// a bead scores its windows' cosine minus the mean cosine of each window with the sentences just
/// outside the other window (the margin against the neighbours), times a length penalty
/// (log₂(1 + shorter / longer)); a sentence left out scores `skip`. The path of largest total
/// inside the band the vector anchors allow (`VectorAnchors.band`), or a band around the diagonal.
///
/// It leaves almost nothing out and merges readily, where Sejajar's own costs (words, lengths,
/// omissions) leave a sentence out; which of the two is right where they differ is decided by the
/// judge's calibrated confidence (`Aligner.judgedChoosing`).
struct MarginSearch {
    /// Bead shapes, as Bertalign's (max_align 5).
    static let shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (4, 1), (1, 4), (3, 2), (2, 3)]
    /// What leaving a sentence out scores (Bertalign's default).
    var skip: Float = -0.1

    /// The best path over content positions, or nil when a side has no vectors.
    func path(source: UnitSequence, target: UnitSequence, band given: Band?) -> [BeadSpan]? {
        guard let s = source.vectors, let t = target.vectors, s.dimension == t.dimension else { return nil }
        let n = source.count, m = target.count
        guard n > 0, m > 0 else { return nil }
        let band = given ?? Self.diagonal(n: n, m: m, halfWidth: 30 + abs(n - m))
        let sourceTotal = source.chars.reduce(0, +), targetTotal = target.chars.reduce(0, +)
        let ratio = targetTotal > 0 ? sourceTotal / targetTotal : 1
        var sourcePrefix: [Float] = [0], targetPrefix: [Float] = [0]
        for c in source.chars { sourcePrefix.append(sourcePrefix.last! + c) }
        for c in target.chars { targetPrefix.append(targetPrefix.last! + c) }
        /// Mean cosine of window (i, a) of `x` with the sentences of `y` just before and after (j, b).
        func neighbours(_ x: SentenceVectors, _ i: Int, _ a: Int, _ y: SentenceVectors, _ j: Int, _ b: Int) -> Float {
            var total: Float = 0, count: Float = 0
            for k in [j - 1, j + b] where k >= 0 && k < y.count {
                if let c = x.cosine(i, a, y, k, 1) { total += c; count += 1 }
            }
            return count > 0 ? total / count : 0
        }
        func score(_ i: Int, _ j: Int, _ a: Int, _ b: Int) -> Float {
            if a == 0 || b == 0 { return skip * Float(a + b) }
            guard let cosine = s.cosine(i, a, t, j, b) else { return -1 }
            let margin = cosine - (neighbours(s, i, a, t, j, b) + neighbours(t, j, b, s, i, a)) / 2
            let x = sourcePrefix[i + a] - sourcePrefix[i], y = (targetPrefix[j + b] - targetPrefix[j]) * ratio
            let (shorter, longer) = x < y ? (x, y) : (y, x)
            return margin * log2(1 + shorter / max(longer, 1))
        }
        var offsets = [Int](repeating: 0, count: n + 2)
        for i in 0...n { offsets[i + 1] = offsets[i] + max(0, band.upper[i] - band.lower[i] + 1) }
        var best = [Float](repeating: -.infinity, count: offsets[n + 1])
        var back = [UInt8](repeating: .max, count: offsets[n + 1])
        for i in 0...n where band.upper[i] >= band.lower[i] {
            for j in band.lower[i]...band.upper[i] {
                let cell = offsets[i] + j - band.lower[i]
                if i == 0 && j == 0 { best[cell] = 0; continue }
                for (k, (a, b)) in Self.shapes.enumerated() {
                    let pi = i - a, pj = j - b
                    guard pi >= 0, pj >= 0, pj >= band.lower[pi], pj <= band.upper[pi] else { continue }
                    let previous = best[offsets[pi] + pj - band.lower[pi]]
                    guard previous > -.infinity else { continue }
                    let candidate = previous + score(pi, pj, a, b)
                    if candidate > best[cell] {
                        best[cell] = candidate
                        back[cell] = UInt8(k)
                    }
                }
            }
        }
        var path: [BeadSpan] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            guard j >= band.lower[i], j <= band.upper[i] else { return nil }
            let k = back[offsets[i] + j - band.lower[i]]
            guard k != .max else { return nil }
            let (a, b) = Self.shapes[Int(k)]
            path.append(BeadSpan(source: (i - a)..<i, target: (j - b)..<j))
            i -= a
            j -= b
        }
        return path.reversed()
    }

    /// Rows within `halfWidth` columns of the diagonal from (0, 0) to (n, m).
    static func diagonal(n: Int, m: Int, halfWidth: Int) -> Band {
        var band = Band(lower: (0...n).map { max(0, $0 * m / max(n, 1) - halfWidth) },
                        upper: (0...n).map { min(m, $0 * m / max(n, 1) + halfWidth) })
        band.normalise(m: m)
        return band
    }
}
