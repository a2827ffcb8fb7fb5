/// Dynamic programming over bead shapes inside a `Band`: the cheapest monotone path from (0, 0)
/// to (n, m). Memory is one cost and one back-pointer byte per band cell.
struct BandedSearch {
    /// Shapes a bead may take, as (source units, target units).
    var shapes: [(Int, Int)]

    static let sentenceShapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (4, 1), (1, 4)]
    static let paragraphShapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3)]
    static let blockShapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)]

    var maxSource: Int { shapes.map(\.0).max() ?? 1 }
    var maxTarget: Int { shapes.map(\.1).max() ?? 1 }

    /// The cheapest path as bead spans in order.
    func run(n: Int, m: Int, band: Band, model: CostModel) -> [BeadSpan] {
        if n == 0 && m == 0 { return [] }
        var offsets = [Int](repeating: 0, count: n + 2)
        for i in 0...n { offsets[i + 1] = offsets[i] + max(0, band.upper[i] - band.lower[i] + 1) }
        let cells = offsets[n + 1]
        var cost = [Float](repeating: .infinity, count: cells)
        var back = [UInt8](repeating: .max, count: cells)
        let shapes = self.shapes
        cost.withUnsafeMutableBufferPointer { cost in
            back.withUnsafeMutableBufferPointer { back in
                for i in 0...n {
                    let lower = band.lower[i], upper = band.upper[i]
                    guard upper >= lower else { continue }
                    for j in lower...upper {
                        let cell = offsets[i] + j - lower
                        if i == 0 && j == 0 { cost[cell] = 0; continue }
                        var best = Float.infinity
                        var bestShape = UInt8.max
                        for (k, shape) in shapes.enumerated() {
                            let pi = i - shape.0, pj = j - shape.1
                            guard pi >= 0, pj >= 0, pj >= band.lower[pi], pj <= band.upper[pi] else { continue }
                            let previous = cost[offsets[pi] + pj - band.lower[pi]]
                            guard previous < .infinity else { continue }
                            let candidate = previous + model.cost(i: pi, j: pj, a: shape.0, b: shape.1)
                            if candidate < best {
                                best = candidate
                                bestShape = UInt8(k)
                            }
                        }
                        cost[cell] = best
                        back[cell] = bestShape
                    }
                }
            }
        }
        // Trace back from (n, m).
        var path: [BeadSpan] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            guard j >= band.lower[i], j <= band.upper[i] else { break }
            let shapeIndex = back[offsets[i] + j - band.lower[i]]
            guard shapeIndex != .max else { break }
            let (a, b) = shapes[Int(shapeIndex)]
            path.append(BeadSpan(source: (i - a)..<i, target: (j - b)..<j))
            i -= a
            j -= b
        }
        precondition(i == 0 && j == 0, "band does not connect (0, 0) to (n, m)")
        return path.reversed()
    }
}
