/// How far a test alignment's confidences can be trusted, measured against gold: for confidence
/// bins of width 0.1, how many beads fall in each and how many of them are exactly right (equal
/// to a gold bead); the expected calibration error; how many confident beads are right, and how
/// many right beads are confident; and how many of the gold's omissions and additions (1-0, 0-1)
/// came out exactly. A user with a small hand-checked sample sees how far to trust the
/// confidences on their own material.
public struct Reliability: Sendable, Hashable, Codable {
    /// One confidence bin.
    public struct Bin: Sendable, Hashable, Codable {
        /// The lower end of the bin (the last bin includes 1).
        public var lower: Double
        /// Beads in the bin.
        public var count: Int
        /// Their mean confidence.
        public var meanConfidence: Double
        /// The share of them that equal a gold bead.
        public var exactShare: Double
    }

    /// Ten bins, from [0, 0.1) to [0.9, 1].
    public var bins: [Bin]
    /// Expected calibration error: Σ |mean confidence − exact share| weighted by bin size.
    public var calibrationError: Double
    /// Beads with a confidence (those without one are not counted).
    public var beads: Int
    /// The confidence a "confident" bead has at least.
    public var confidentAt: Double
    /// Of the beads with confidence ≥ `confidentAt`, the share that are exact.
    public var confidentExact: Double
    /// How many beads reach `confidentAt`.
    public var confident: Int
    /// Of the exact beads, the share that reach `confidentAt`.
    public var exactConfident: Double
    /// Gold 1-0 and 0-1 beads, and how many of them the test has exactly.
    public var goldNull: Int
    /// How many gold 1-0/0-1 beads the test reproduces exactly.
    public var nullReproduced: Int

    /// Measures `files` of (gold, test) beads; test beads without a confidence are left out.
    public init(files: [(gold: [BeadIndices], test: [BeadIndices])], confidentAt: Double = 0.9) {
        struct Key: Hashable { var source: [Int]; var target: [Int] }
        var sums = [(count: Int, confidence: Double, exact: Int)](repeating: (0, 0, 0), count: 10)
        var confident = (all: 0, exact: 0), exactTotal = 0, exactConfident = 0
        var goldNull = 0, reproduced = 0
        for (gold, test) in files {
            let goldSet = Set(gold.map { Key(source: $0.source, target: $0.target) })
            let testSet = Set(test.map { Key(source: $0.source, target: $0.target) })
            for bead in gold where bead.source.isEmpty != bead.target.isEmpty {
                goldNull += 1
                if testSet.contains(Key(source: bead.source, target: bead.target)) { reproduced += 1 }
            }
            for bead in test {
                guard let value = bead.confidence, !(bead.source.isEmpty && bead.target.isEmpty) else { continue }
                let exact = goldSet.contains(Key(source: bead.source, target: bead.target))
                let bin = min(9, max(0, Int(value * 10)))
                sums[bin].count += 1
                sums[bin].confidence += value
                if exact { sums[bin].exact += 1; exactTotal += 1 }
                if value >= confidentAt {
                    confident.all += 1
                    if exact { confident.exact += 1; exactConfident += 1 }
                }
            }
        }
        let total = sums.reduce(0) { $0 + $1.count }
        bins = sums.enumerated().map { k, sum in
            Bin(lower: Double(k) / 10, count: sum.count, meanConfidence: sum.count > 0 ? sum.confidence / Double(sum.count) : 0,
                exactShare: sum.count > 0 ? Double(sum.exact) / Double(sum.count) : 0)
        }
        calibrationError = total > 0 ? bins.reduce(0) { $0 + Double($1.count) / Double(total) * abs($1.meanConfidence - $1.exactShare) } : 0
        beads = total
        self.confidentAt = confidentAt
        self.confident = confident.all
        confidentExact = confident.all > 0 ? Double(confident.exact) / Double(confident.all) : 0
        self.exactConfident = exactTotal > 0 ? Double(exactConfident) / Double(exactTotal) : 0
        self.goldNull = goldNull
        nullReproduced = reproduced
    }
}
