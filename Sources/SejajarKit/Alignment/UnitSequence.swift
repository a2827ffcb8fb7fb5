/// The features of one side of an alignment problem: for each unit (a sentence, a paragraph or a
/// block of sentences) its length in characters and its set of token ids.
struct UnitSequence: Sendable {
    /// Non-space characters per unit.
    var chars: [Float]
    /// Unique token ids per unit.
    var tokens: [[Int32]]
    /// Which translation table each unit uses (jackknife folds); only read on the source side.
    var table: [UInt8]

    var count: Int { chars.count }

    init(chars: [Float], tokens: [[Int32]], table: [UInt8]? = nil) {
        self.chars = chars
        self.tokens = tokens
        self.table = table ?? [UInt8](repeating: 0, count: chars.count)
    }

    /// One unit per group of consecutive units: lengths add, token sets unite.
    func merged(_ groups: [Range<Int>]) -> UnitSequence {
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
        return UnitSequence(chars: chars, tokens: tokens, table: table)
    }

    /// A sub-sequence.
    func slice(_ range: Range<Int>) -> UnitSequence {
        UnitSequence(chars: Array(chars[range]), tokens: Array(tokens[range]), table: Array(table[range]))
    }

    /// Consecutive blocks of `size` units.
    func blocks(of size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
}
