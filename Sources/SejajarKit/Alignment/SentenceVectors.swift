/// Sentence vectors of one document, from an embedding model: one unit vector for every window
/// of up to `maxWindow` consecutive content sentences, as Vecalign embeds overlaps, so that a
/// merged bead is compared as the text it joins and not as a sum of its parts. Positions count
/// content sentences (`Document.contentSentenceIndices`), the units the aligner works on.
///
/// The aligner does not know where vectors come from (an OpenAI-compatible server, a cache, a
/// test); it only reads them. A window without a vector (all zeros) adds no evidence.
public struct SentenceVectors: Sendable, Hashable {
    /// A run of consecutive content sentences.
    public struct Window: Sendable, Hashable {
        /// Position of the first content sentence.
        public var start: Int
        /// Number of sentences, 1 to `maxWindow`.
        public var length: Int

        /// Creates a window.
        public init(start: Int, length: Int) {
            self.start = start
            self.length = length
        }
    }

    /// Components per vector.
    public let dimension: Int
    /// Content sentences covered.
    public let count: Int
    /// The longest window with a vector of its own.
    public let maxWindow: Int
    /// Unit vectors, window (start, length) at `((start * maxWindow) + length - 1) * dimension`.
    var data: [Float]

    /// The windows a document of `count` content sentences needs vectors for: every start, every
    /// length up to `maxWindow` that fits.
    public static func windows(count: Int, maxWindow: Int) -> [Window] {
        var windows: [Window] = []
        windows.reserveCapacity(count * maxWindow)
        for start in 0..<count {
            for length in 1...maxWindow where start + length <= count { windows.append(Window(start: start, length: length)) }
        }
        return windows
    }

    /// Vectors for `count` content sentences, from `vectors` by window; each is scaled to unit
    /// length (a zero vector stays zero). Vectors of another dimension are ignored. A window of
    /// several sentences without a vector of its own gets the sum of its sentences' vectors, so
    /// that an embedder may embed only short windows (each embedded text costs encoder time) and
    /// every bead the aligner weighs still has a vector.
    public init(dimension: Int, count: Int, maxWindow: Int, vectors: [Window: [Float]]) {
        self.dimension = dimension
        self.count = count
        self.maxWindow = maxWindow
        var data = [Float](repeating: 0, count: count * maxWindow * dimension)
        for (window, vector) in vectors where vector.count == dimension && window.start >= 0 && window.start + window.length <= count
            && (1...maxWindow).contains(window.length) {
            let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0, norm.isFinite else { continue }
            let base = (window.start * maxWindow + window.length - 1) * dimension
            for k in 0..<dimension { data[base + k] = vector[k] / norm }
        }
        if maxWindow > 1 {
            for start in 0..<count {
                for length in 2...maxWindow where start + length <= count {
                    let base = (start * maxWindow + length - 1) * dimension
                    guard !(0..<dimension).contains(where: { data[base + $0] != 0 }) else { continue }
                    var sum = [Float](repeating: 0, count: dimension)
                    for position in start..<(start + length) {
                        let member = position * maxWindow * dimension
                        for k in 0..<dimension { sum[k] += data[member + k] }
                    }
                    let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
                    guard norm > 0 else { continue }
                    for k in 0..<dimension { data[base + k] = sum[k] / norm }
                }
            }
        }
        self.data = data
    }

    private init(dimension: Int, count: Int, maxWindow: Int, data: [Float]) {
        self.dimension = dimension
        self.count = count
        self.maxWindow = maxWindow
        self.data = data
    }

    /// Where the vector of window (start, length) begins in `data`, or nil when it has none.
    @inline(__always)
    func offset(_ start: Int, _ length: Int) -> Int? {
        guard length >= 1, length <= maxWindow, start >= 0, start + length <= count else { return nil }
        return (start * maxWindow + length - 1) * dimension
    }

    /// Cosine of window (i, a) here and window (j, b) of `other`, or nil when either has no vector.
    func cosine(_ i: Int, _ a: Int, _ other: SentenceVectors, _ j: Int, _ b: Int) -> Float? {
        guard dimension == other.dimension, let x = offset(i, a), let y = other.offset(j, b) else { return nil }
        return data.withUnsafeBufferPointer { p in
            other.data.withUnsafeBufferPointer { q in
                var dot: Float = 0
                var nx: Float = 0, ny: Float = 0
                for k in 0..<dimension {
                    dot += p[x + k] * q[y + k]
                    nx += p[x + k] * p[x + k]
                    ny += q[y + k] * q[y + k]
                }
                return nx > 0 && ny > 0 ? dot / (nx * ny).squareRoot() : nil
            }
        }
    }

    /// The vectors of positions `range`, as a document of their own.
    func slice(_ range: Range<Int>) -> SentenceVectors {
        let stride = maxWindow * dimension
        var data = Array(self.data[(range.lowerBound * stride)..<(range.upperBound * stride)])
        // Windows that ran past the slice's end now cover sentences it does not hold.
        for start in range.indices where start - range.lowerBound + maxWindow > range.count {
            for length in 1...maxWindow where start + length > range.upperBound {
                let base = ((start - range.lowerBound) * maxWindow + length - 1) * dimension
                for k in 0..<dimension { data[base + k] = 0 }
            }
        }
        return SentenceVectors(dimension: dimension, count: range.count, maxWindow: maxWindow, data: data)
    }

    /// One vector per group of consecutive positions (a paragraph, a search block): the sum of its
    /// sentences' vectors; windows of consecutive groups sum likewise.
    func merged(_ groups: [Range<Int>]) -> SentenceVectors {
        var vectors: [Window: [Float]] = [:]
        var sums: [[Float]] = groups.map { group in
            var sum = [Float](repeating: 0, count: dimension)
            for position in group {
                guard let base = offset(position, 1) else { continue }
                for k in 0..<dimension { sum[k] += data[base + k] }
            }
            return sum
        }
        for window in Self.windows(count: groups.count, maxWindow: maxWindow) {
            var sum = sums[window.start]
            for g in (window.start + 1)..<(window.start + window.length) {
                for k in 0..<dimension { sum[k] += sums[g][k] }
            }
            vectors[window] = sum
        }
        sums.removeAll()
        return SentenceVectors(dimension: dimension, count: groups.count, maxWindow: maxWindow, vectors: vectors)
    }
}
