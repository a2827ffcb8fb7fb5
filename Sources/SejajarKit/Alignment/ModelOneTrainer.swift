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
