/// One correction a person makes to an alignment in the review editor. Bead numbers are indices
/// into the alignment's `beads` as the person saw them; sentence numbers are indices into a
/// document's sentences; ranges are half-open (`[4, 6]` in JSON is sentences 4 and 5).
///
/// Every edit locks the beads it makes (a person vouches for them), and the editor re-aligns
/// only the stretches the edit disturbed (`AlignmentEditor`).
public enum AlignmentEdit: Sendable, Hashable {
    /// Joins bead `bead` with the one after it (both must stand next to each other in both texts).
    case merge(bead: Int)
    /// Cuts bead `bead` in two: sentences before `source` and `target` stay in the first part,
    /// the rest make the second (either part may have one side empty, not both).
    case split(bead: Int, source: Int, target: Int)
    /// Pairs a run of source sentences with a run of target sentences; beads they cut through or
    /// cross are taken apart and their sentences re-aligned around the new pair. A `moved` pair
    /// (a sentence the other version put elsewhere) crosses the reading order: only the beads it
    /// cuts through are taken apart.
    case pair(source: Range<Int>, target: Range<Int>, moved: Bool = false)
    /// Marks one sentence as having no counterpart (an omission or an addition).
    case unpair(side: Side, sentence: Int)
    /// Keeps a bead as it is in every later re-alignment.
    case lock(bead: Int)
    /// Lets the aligner decide a bead again: it and its unlocked neighbours are re-aligned.
    case unlock(bead: Int)

    /// A side of the alignment.
    public enum Side: String, Sendable, Hashable, Codable {
        case source, target
    }
}

extension AlignmentEdit: Codable {
    private enum CodingKeys: String, CodingKey {
        case op, bead, source, target, side, sentence, moved
    }

    private enum Operation: String, Codable {
        case merge, split, pair, unpair, lock, unlock
    }

    /// Reads `{"op": "merge", "bead": 3}`, `{"op": "split", "bead": 3, "source": 5, "target": 6}`,
    /// `{"op": "pair", "source": [4, 6], "target": [5, 6]}` (with `"moved": true` for a moved pair), `{"op": "unpair", "side": "source",
    /// "sentence": 4}`, `{"op": "lock", "bead": 3}`, `{"op": "unlock", "bead": 3}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Operation.self, forKey: .op) {
        case .merge: self = .merge(bead: try container.decode(Int.self, forKey: .bead))
        case .split:
            self = .split(bead: try container.decode(Int.self, forKey: .bead), source: try container.decode(Int.self, forKey: .source),
                          target: try container.decode(Int.self, forKey: .target))
        case .pair:
            func range(_ key: CodingKeys) throws -> Range<Int> {
                let bounds = try container.decode([Int].self, forKey: key)
                guard bounds.count == 2, bounds[0] <= bounds[1] else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "a range is [start, end] with start <= end")
                }
                return bounds[0]..<bounds[1]
            }
            self = .pair(source: try range(.source), target: try range(.target), moved: try container.decodeIfPresent(Bool.self, forKey: .moved) ?? false)
        case .unpair: self = .unpair(side: try container.decode(Side.self, forKey: .side), sentence: try container.decode(Int.self, forKey: .sentence))
        case .lock: self = .lock(bead: try container.decode(Int.self, forKey: .bead))
        case .unlock: self = .unlock(bead: try container.decode(Int.self, forKey: .bead))
        }
    }

    /// Writes the form `init(from:)` reads.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .merge(let bead):
            try container.encode(Operation.merge, forKey: .op)
            try container.encode(bead, forKey: .bead)
        case .split(let bead, let source, let target):
            try container.encode(Operation.split, forKey: .op)
            try container.encode(bead, forKey: .bead)
            try container.encode(source, forKey: .source)
            try container.encode(target, forKey: .target)
        case .pair(let source, let target, let moved):
            try container.encode(Operation.pair, forKey: .op)
            try container.encode([source.lowerBound, source.upperBound], forKey: .source)
            try container.encode([target.lowerBound, target.upperBound], forKey: .target)
            if moved { try container.encode(true, forKey: .moved) }
        case .unpair(let side, let sentence):
            try container.encode(Operation.unpair, forKey: .op)
            try container.encode(side, forKey: .side)
            try container.encode(sentence, forKey: .sentence)
        case .lock(let bead):
            try container.encode(Operation.lock, forKey: .op)
            try container.encode(bead, forKey: .bead)
        case .unlock(let bead):
            try container.encode(Operation.unlock, forKey: .op)
            try container.encode(bead, forKey: .bead)
        }
    }
}
