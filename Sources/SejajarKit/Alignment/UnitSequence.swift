/// The features of one side of an alignment problem: for each unit (a sentence, a paragraph or a
/// block of sentences) its length in characters and its set of token ids.
struct UnitSequence: Sendable {
    /// Non-space characters per unit.
    var chars: [Float]
    /// Unique token ids per unit.
    var tokens: [[Int32]]
    /// Which translation table each unit uses (jackknife folds); only read on the source side.
    var table: [UInt8]
    /// How many base units (sentences) each unit stands for: 1 for sentences and paragraphs, the
    /// block size for coarse search blocks, so that a coarse bead costs about what its fine beads
    /// would add up to.
    var weights: [Float]
    /// Share of the skip cost that leaving each unit unaligned costs: below 1 for debris (a unit
    /// with almost no letters or digits, as OCR noise and stray symbols are).
    var skipShare: [Float]
    /// Sentence vectors from an embedding model, when one was given.
    var vectors: SentenceVectors?

    var count: Int { chars.count }

    init(chars: [Float], tokens: [[Int32]], table: [UInt8]? = nil, weights: [Float]? = nil) {
        self.chars = chars
        self.tokens = tokens
        self.table = table ?? [UInt8](repeating: 0, count: chars.count)
        self.weights = weights ?? [Float](repeating: 1, count: chars.count)
        self.skipShare = [Float](repeating: 1, count: chars.count)
    }

    /// One unit per group of consecutive units: lengths add, token sets unite; weights add when
    /// `weighted` (search blocks) and stay 1 otherwise (paragraphs, which are units of their own).
    func merged(_ groups: [Range<Int>], weighted: Bool = false) -> UnitSequence {
        var chars: [Float] = []
        var tokens: [[Int32]] = []
        var table: [UInt8] = []
        chars.reserveCapacity(groups.count)
        for group in groups {
            chars.append(group.reduce(0) { $0 + self.chars[$1] })
            var seen = Set<Int32>()
            var merged: [Int32] = []
            for unit in group { for id in self.tokens[unit] where seen.insert(id).inserted { merged.append(id) } }
            tokens.append(merged)
            table.append(group.isEmpty ? 0 : self.table[group.lowerBound])
        }
        let weights = weighted ? groups.map { group in group.reduce(Float(0)) { $0 + self.weights[$1] } } : nil
        var merged = UnitSequence(chars: chars, tokens: tokens, table: table, weights: weights)
        merged.vectors = vectors?.merged(groups)
        return merged
    }

    /// A sub-sequence.
    func slice(_ range: Range<Int>) -> UnitSequence {
        var slice = UnitSequence(chars: Array(chars[range]), tokens: Array(tokens[range]), table: Array(table[range]),
                                 weights: Array(weights[range]))
        slice.skipShare = Array(skipShare[range])
        slice.vectors = vectors?.slice(range)
        return slice
    }

    /// Consecutive blocks of `size` units.
    func blocks(of size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
}
