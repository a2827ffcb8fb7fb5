import Foundation

/// A bilingual word lexicon: pairs of folded words with translation probabilities in both
/// directions, learned with IBM Model 1 from aligned sentence pairs.
///
/// The aligner learns one from its own first pass; `sejajar lexicon train` saves one so later
/// runs (`--lexicon FILE`) start with it. Its pairs become anchors like glossary terms do.
public struct Lexicon: Sendable, Hashable, Codable {
    /// One word pair.
    public struct Entry: Sendable, Hashable, Codable {
        /// Folded source word.
        public var source: String
        /// Folded target word.
        public var target: String
        /// p(target | source).
        public var forward: Double
        /// p(source | target).
        public var backward: Double

        /// Creates an entry.
        public init(source: String, target: String, forward: Double, backward: Double) {
            self.source = source
            self.target = target
            self.forward = forward
            self.backward = backward
        }
    }

    /// Entries sorted by source then target word.
    public var entries: [Entry]

    /// Creates a lexicon.
    public init(entries: [Entry]) {
        self.entries = entries.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }

    /// Reads the tab-separated form written by `tsv`: `source<TAB>target<TAB>p(t|s)<TAB>p(s|t)`.
    public static func read(path: String) throws(SejajarError) -> Lexicon {
        let text = try TextDecoder.read(path: path)
        var entries: [Entry] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let forward = Double(fields[2]), let backward = Double(fields[3]),
                  !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformed(path: path, line: number + 1, column: 1,
                                 message: "expected 'source<TAB>target<TAB>p(t|s)<TAB>p(s|t)'")
            }
            entries.append(Entry(source: Tokenizer.fold(String(fields[0])), target: Tokenizer.fold(String(fields[1])),
                                 forward: forward, backward: backward))
        }
        return Lexicon(entries: entries)
    }

    /// The tab-separated form, one entry per line, deterministic.
    public var tsv: String {
        var out = "# sejajar lexicon: source\ttarget\tp(target|source)\tp(source|target)\n"
        for entry in entries {
            out += "\(entry.source)\t\(entry.target)\t\(String(format: "%.4f", entry.forward))\t\(String(format: "%.4f", entry.backward))\n"
        }
        return out
    }
}

/// IBM Model 1 in both directions over id-coded sentence pairs, stored as flat arrays so that an
/// EM iteration over a million links takes milliseconds.
struct ModelOneTrainer {
    var iterations = 5
    /// Link budget (pairs are sampled evenly beyond it) to bound time and memory.
    var maxLinks = 4_000_000
    /// A word must occur in this many training pairs before its translations are trusted.
    var minimumCount = 2
    /// Smallest probability kept, and how many translations per word.
    var threshold: Float = 0.1
    var perWord = 3

    /// Trains both directions and returns the word pairs kept, with their probabilities.
    func train(_ pairs: [([Int32], [Int32])]) -> [(source: Int32, target: Int32, forward: Float, backward: Float)] {
        let forward = direction(pairs)
        let backward = direction(pairs.map { ($0.1, $0.0) })
        var merged: [UInt64: (Float, Float)] = [:]
        for (key, p) in forward { merged[key, default: (0, 0)].0 = p }
        for (key, p) in backward {
            let swapped = (key << 32) | (key >> 32)
            merged[swapped, default: (0, 0)].1 = p
        }
        return merged.map { (Int32(truncatingIfNeeded: $0.key >> 32), Int32(truncatingIfNeeded: $0.key & 0xFFFF_FFFF), $0.value.0, $0.value.1) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// p(t | s) for the kept pairs, keyed `s << 32 | t`.
    private func direction(_ allPairs: [([Int32], [Int32])]) -> [UInt64: Float] {
        let nullID = Int32.max
        var pairs = allPairs.filter { !$0.0.isEmpty && !$0.1.isEmpty }
        let totalLinks = pairs.reduce(0) { $0 + ($1.0.count + 1) * $1.1.count }
        if totalLinks > maxLinks {
            let keep = Double(maxLinks) / Double(totalLinks)
            var accumulator = 0.0
            pairs = pairs.filter { _ in
                accumulator += keep
                if accumulator >= 1 { accumulator -= 1; return true }
                return false
            }
        }
        var occurrences: [Int32: Int] = [:]
        for (source, _) in pairs { for s in source { occurrences[s, default: 0] += 1 } }

        var index = LinkIndex(expected: min(totalLinks, maxLinks) / 4 + 16)
        var linkSource: [Int32] = []
        var links: [Int32] = []
        links.reserveCapacity(min(totalLinks, maxLinks))
        for (source, target) in pairs {
            for t in target {
                for k in 0...source.count {
                    let s = k < source.count ? source[k] : nullID
                    let key = UInt64(UInt32(bitPattern: s)) << 32 | UInt64(UInt32(bitPattern: t))
                    let id = index.id(for: key, next: Int32(linkSource.count))
                    if id == Int32(linkSource.count) { linkSource.append(s) }
                    links.append(id)
                }
            }
        }
        let keyCount = linkSource.count
        // Dense ids for source words so totals live in an array.
        var sourceSlot: [Int32: Int] = [:]
        let linkSlot: [Int] = linkSource.map { s in
            if let slot = sourceSlot[s] { return slot }
            let slot = sourceSlot.count
            sourceSlot[s] = slot
            return slot
        }
        var probability = [Float](repeating: 1, count: keyCount)
        var counts = [Float](repeating: 0, count: keyCount)
        var totals = [Float](repeating: 0, count: sourceSlot.count)
        for _ in 0..<iterations {
            for k in 0..<keyCount { counts[k] = 0 }
            for k in 0..<totals.count { totals[k] = 0 }
            var cursor = 0
            for (source, target) in pairs {
                let width = source.count + 1
                for _ in target {
                    var z: Float = 0
                    for k in cursor..<(cursor + width) { z += probability[Int(links[k])] }
                    if z > 0 {
                        for k in cursor..<(cursor + width) {
                            let link = Int(links[k])
                            counts[link] += probability[link] / z
                        }
                    }
                    cursor += width
                }
            }
            for k in 0..<keyCount { totals[linkSlot[k]] += counts[k] }
            for k in 0..<keyCount {
                let total = totals[linkSlot[k]]
                probability[k] = total > 0 ? counts[k] / total : 0
            }
        }
        // Keep the best few translations of each sufficiently frequent word.
        var best: [Int32: [(Int32, Float)]] = [:]
        for (key, slot) in index.entries {
            let s = Int32(truncatingIfNeeded: key >> 32)
            guard s != nullID, (occurrences[s] ?? 0) >= minimumCount else { continue }
            let p = probability[Int(slot)]
            guard p >= threshold else { continue }
            best[s, default: []].append((Int32(truncatingIfNeeded: key & 0xFFFF_FFFF), p))
        }
        var result: [UInt64: Float] = [:]
        for (s, candidates) in best {
            for (t, p) in candidates.sorted(by: { ($0.1, $1.0) > ($1.1, $0.0) }).prefix(perWord) {
                result[UInt64(UInt32(bitPattern: s)) << 32 | UInt64(UInt32(bitPattern: t))] = p
            }
        }
        return result
    }
}

/// Open-addressing hash map from a word-pair key to a dense link id: the hot loop of Model 1
/// training does one lookup per co-occurrence, where `Dictionary` spends most of the time.
struct LinkIndex {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max

    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: capacity)
        values = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The id of `key`, inserting it with id `next` when it is new.
    mutating func id(for key: UInt64, next: Int32) -> Int32 {
        if count * 2 >= keys.count { grow() }
        var slot = Self.slot(key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == Self.empty {
                keys[slot] = key
                values[slot] = next
                count += 1
                return next
            }
            slot = (slot + 1) & mask
        }
    }

    /// All (key, id) pairs, in id order.
    var entries: [(UInt64, Int32)] {
        var result: [(UInt64, Int32)] = []
        result.reserveCapacity(count)
        for slot in keys.indices where keys[slot] != Self.empty { result.append((keys[slot], values[slot])) }
        return result.sorted { $0.1 < $1.1 }
    }

    private static func slot(_ key: UInt64) -> Int {
        // Fibonacci hashing spreads the (source << 32 | target) keys over the table.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != Self.empty }
        keys = [UInt64](repeating: Self.empty, count: keys.count * 2)
        values = [Int32](repeating: 0, count: keys.count)
        mask = keys.count - 1
        for (key, value) in old {
            var slot = Self.slot(key) & mask
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
