import Foundation

/// The probability, under the cost model, that a bead belongs to the alignment: the costs read
/// as negative log-probabilities, summed over every path through the band (forward and backward
/// passes with log-sum-exp in place of the search's minimum). A bead whose alternatives (a
/// shift, a merge, an omission) cost nearly as much gets a low posterior however good it looks
/// on its own; this is the strongest single sign of whether a bead is right, and what the
/// calibrated confidence starts from.
struct Posterior {
    private let band: Band
    private let offsets: [Int]
    private let forward: [Float]
    private let backward: [Float]
    private let total: Float
    private let model: CostModel
    private let temperature: Float

    /// Runs both passes over `band` with the search's shapes.
    init(n: Int, m: Int, band: Band, model: CostModel, shapes: [(Int, Int)], temperature: Float = 1) {
        self.band = band
        self.model = model
        self.temperature = temperature
        var offsets = [Int](repeating: 0, count: n + 2)
        for i in 0...n { offsets[i + 1] = offsets[i] + max(0, band.upper[i] - band.lower[i] + 1) }
        self.offsets = offsets
        let cells = offsets[n + 1]
        func index(_ i: Int, _ j: Int) -> Int? {
            guard i >= 0, i <= n, j >= band.lower[i], j <= band.upper[i] else { return nil }
            return offsets[i] + j - band.lower[i]
        }
        /// −T log Σ exp(−x/T) over the values given, streamed.
        struct SoftMin {
            var best = Float.infinity
            var sum: Float = 0
            mutating func add(_ value: Float, _ temperature: Float) {
                guard value.isFinite else { return }
                if value < best {
                    sum = sum * exp((value - best) / temperature) + 1
                    best = value
                } else {
                    sum += exp((best - value) / temperature)
                }
            }
            func value(_ temperature: Float) -> Float { best.isFinite ? best - temperature * log(sum) : .infinity }
        }
        // The cost of each bead ending at a cell, by shape, computed once for both passes.
        let shapeCount = shapes.count
        var costs = [Float](repeating: .infinity, count: cells * shapeCount)
        var forward = [Float](repeating: .infinity, count: cells)
        for i in 0...n {
            guard band.upper[i] >= band.lower[i] else { continue }
            for j in band.lower[i]...band.upper[i] {
                let cell = offsets[i] + j - band.lower[i]
                if i == 0 && j == 0 { forward[cell] = 0; continue }
                var soft = SoftMin()
                for (k, (a, b)) in shapes.enumerated() {
                    guard let previous = index(i - a, j - b), forward[previous].isFinite else { continue }
                    let cost = model.cost(i: i - a, j: j - b, a: a, b: b)
                    costs[cell * shapeCount + k] = cost
                    soft.add(forward[previous] + cost, temperature)
                }
                forward[cell] = soft.value(temperature)
            }
        }
        var backward = [Float](repeating: .infinity, count: cells)
        for i in stride(from: n, through: 0, by: -1) {
            guard band.upper[i] >= band.lower[i] else { continue }
            for j in stride(from: band.upper[i], through: band.lower[i], by: -1) {
                if i == n && j == m { backward[offsets[n] + m - band.lower[n]] = 0; continue }
                var soft = SoftMin()
                for (k, (a, b)) in shapes.enumerated() {
                    guard let next = index(i + a, j + b), backward[next].isFinite else { continue }
                    let cached = costs[next * shapeCount + k]
                    soft.add(backward[next] + (cached.isFinite ? cached : model.cost(i: i, j: j, a: a, b: b)), temperature)
                }
                backward[offsets[i] + j - band.lower[i]] = soft.value(temperature)
            }
        }
        self.forward = forward
        self.backward = backward
        total = index(n, m).map { forward[$0] } ?? .infinity
    }

    /// The posterior probability of the bead from (i, j) over a source and b target units; 0
    /// when it lies outside the band.
    func probability(i: Int, j: Int, a: Int, b: Int) -> Double {
        guard total.isFinite, i >= 0, j >= 0, i + a < offsets.count - 1,
              j >= band.lower[i], j <= band.upper[i], j + b >= band.lower[i + a], j + b <= band.upper[i + a] else { return 0 }
        let before = forward[offsets[i] + j - band.lower[i]], after = backward[offsets[i + a] + j + b - band.lower[i + a]]
        guard before.isFinite, after.isFinite else { return 0 }
        let value = (before + model.cost(i: i, j: j, a: a, b: b) + after - total) / temperature
        return Double(min(1, exp(-value)))
    }
}
