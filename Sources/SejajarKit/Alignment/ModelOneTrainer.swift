import Foundation
import Synchronization

/// IBM Model 1 in both directions over id-coded sentence pairs, stored as flat arrays so that an
/// EM iteration over a million links takes milliseconds.
///
/// The jackknife lexicons of a corpus (`train(folds:)`: each fold's lexicon learned from every
/// other fold) share their co-occurrence links: the word pairs are hashed once for all folds
/// (`LinkSet`), and each fold numbers the links it uses in the order it meets them, as
/// `train(_:)` on that fold's pairs would, so that every sum runs in the same order and the
/// lexicons are the same to the last bit. Hashing a link was most of the time of a fold's training
/// (Japanese–Thai, whose Thai words ICU cuts: 4 of every 5 links were hashed five times).
struct ModelOneTrainer {
    var iterations = 5
    /// Link budget (pairs are sampled evenly beyond it) to bound time and memory.
    var maxLinks = 4_000_000
    /// A word must occur in this many training pairs before its translations are trusted.
    var minimumCount = 2
    /// Smallest probability kept, and how many translations per word.
    var threshold: Float = 0.1
    var perWord = 3

    /// One word pair kept, with its probabilities in both directions.
    typealias Entry = (source: Int32, target: Int32, forward: Float, backward: Float)
    /// A sentence pair: source ids, target ids.
    typealias Pair = ([Int32], [Int32])

    /// Trains both directions and returns the word pairs kept, with their probabilities.
    func train(_ pairs: [Pair]) -> [Entry] {
        trainAll(groups: [pairs], trainings: [[0]])[0]
    }

    /// The jackknife lexicons: element `f` is what `train(_:)` returns on every fold but `f`,
    /// concatenated in fold order. The folds' trainings run on all cores.
    func train(folds: [[Pair]]) -> [[Entry]] {
        trainAll(groups: folds, trainings: folds.indices.map { f in folds.indices.filter { $0 != f } })
    }

    /// Each training of `trainings` (indices of `groups`, concatenated in the order given), both
    /// directions, on all cores.
    private func trainAll(groups: [[Pair]], trainings: [[Int]]) -> [[Entry]] {
        let backwardGroups = groups.map { $0.map { ($0.1, $0.0) } }
        // In each direction, the pairs each training keeps (non-empty, sampled evenly beyond the
        // link budget), then the links of every kept pair hashed once.
        let directions = Mutex<[(LinkSet, [[PairReference]])?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { d in
            let pairs = d == 0 ? groups : backwardGroups
            let chosen = trainings.map { selection(groups: pairs, training: $0) }
            let set = LinkSet(groups: pairs, chosen: chosen)
            directions.withLock { $0[d] = (set, chosen) }
        }
        let sets = directions.withLock { $0.map { $0! } }
        let jobs = trainings.count * 2
        let results = Mutex<[[UInt64: Float]]>(Array(repeating: [:], count: jobs))
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            let (set, chosen) = sets[job % 2]
            let kept = direction(set, pairs: chosen[job / 2])
            results.withLock { $0[job] = kept }
        }
        let kept = results.withLock { $0 }
        return trainings.indices.map { t in
            var merged: [UInt64: (Float, Float)] = [:]
            for (key, p) in kept[2 * t] { merged[key, default: (0, 0)].0 = p }
            for (key, p) in kept[2 * t + 1] {
                let swapped = (key << 32) | (key >> 32)
                merged[swapped, default: (0, 0)].1 = p
            }
            return merged.map { (Int32(truncatingIfNeeded: $0.key >> 32), Int32(truncatingIfNeeded: $0.key & 0xFFFF_FFFF), $0.value.0, $0.value.1) }
                .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        }
    }

    /// The pairs (group, index) a training keeps, in order: the non-empty ones, sampled evenly
    /// when their links exceed `maxLinks`.
    private func selection(groups: [[Pair]], training: [Int]) -> [PairReference] {
        var pairs: [PairReference] = []
        var totalLinks = 0
        for g in training {
            for (i, pair) in groups[g].enumerated() where !pair.0.isEmpty && !pair.1.isEmpty {
                pairs.append(PairReference(group: g, index: i))
                totalLinks += (pair.0.count + 1) * pair.1.count
            }
        }
        if totalLinks > maxLinks {
            let keep = Double(maxLinks) / Double(totalLinks)
            var accumulator = 0.0
            pairs = pairs.filter { _ in
                accumulator += keep
                if accumulator >= 1 { accumulator -= 1; return true }
                return false
            }
        }
        return pairs
    }

    /// p(t | s) for the kept pairs of one training, keyed `s << 32 | t`.
    private func direction(_ set: LinkSet, pairs: [PairReference]) -> [UInt64: Float] {
        // Number the links in the order this training meets them (what hashing them afresh
        // would give), so that the totals below are summed in the same order.
        var local = [Int32](repeating: -1, count: set.keyCount)
        var linkUnion: [Int32] = []
        var links: [Int32] = []
        var occurrences = [Int32](repeating: 0, count: set.sourceCount)
        var width: [Int] = [], targets: [Int] = []
        width.reserveCapacity(pairs.count)
        targets.reserveCapacity(pairs.count)
        for pair in pairs {
            let segment = set.segments[pair.group][pair.index]
            for s in set.sourceSlots[pair.group][pair.index] { occurrences[Int(s)] += 1 }
            width.append(Int(segment.width))
            targets.append(segment.targets)
            for k in segment.start..<segment.end {
                let u = Int(set.links[k])
                if local[u] < 0 {
                    local[u] = Int32(linkUnion.count)
                    linkUnion.append(Int32(u))
                }
                links.append(local[u])
            }
        }
        let keyCount = linkUnion.count
        let linkSlot = linkUnion.map { set.keySourceSlot[Int($0)] }
        var probability = [Float](repeating: 1, count: keyCount)
        var counts = [Float](repeating: 0, count: keyCount)
        var totals = [Float](repeating: 0, count: set.sourceCount)
        probability.withUnsafeMutableBufferPointer { probability in
            counts.withUnsafeMutableBufferPointer { counts in
                totals.withUnsafeMutableBufferPointer { totals in
                    links.withUnsafeBufferPointer { links in
                        for _ in 0..<iterations {
                            for k in 0..<keyCount { counts[k] = 0 }
                            for k in 0..<totals.count { totals[k] = 0 }
                            var cursor = 0
                            for p in 0..<width.count {
                                let span = width[p]
                                for _ in 0..<targets[p] {
                                    var z: Float = 0
                                    for k in cursor..<(cursor + span) { z += probability[Int(links[k])] }
                                    if z > 0 {
                                        for k in cursor..<(cursor + span) {
                                            let link = Int(links[k])
                                            counts[link] += probability[link] / z
                                        }
                                    }
                                    cursor += span
                                }
                            }
                            for k in 0..<keyCount { totals[Int(linkSlot[k])] += counts[k] }
                            for k in 0..<keyCount {
                                let total = totals[Int(linkSlot[k])]
                                probability[k] = total > 0 ? counts[k] / total : 0
                            }
                        }
                    }
                }
            }
        }
        // Keep the best few translations of each sufficiently frequent word.
        var best: [Int32: [(Int32, Float)]] = [:]
        for k in 0..<keyCount {
            let key = set.keys[Int(linkUnion[k])]
            let s = Int32(truncatingIfNeeded: key >> 32)
            guard s != LinkSet.nullID, occurrences[Int(linkSlot[k])] >= minimumCount else { continue }
            let p = probability[k]
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

    /// A sentence pair of a group.
    struct PairReference {
        var group: Int
        var index: Int
    }

    /// The links (source word or null, target word) of every pair some training keeps, in one
    /// direction, each distinct link hashed once: for each target word of a pair, one link per
    /// source word and one to the null word.
    struct LinkSet {
        static let nullID = Int32.max
        /// Where a pair's links are in `links`, how many source words and null each target word
        /// meets (`width`) and how many target words there are.
        struct PairLinks {
            var start = 0
            var end = 0
            var width: Int32 = 0
            var targets = 0
        }
        /// The distinct link of every position (its index in `keys`).
        var links: [Int32] = []
        /// The distinct links, `source << 32 | target`.
        var keys: [UInt64] = []
        /// The dense number of each distinct link's source word (null included).
        var keySourceSlot: [Int32] = []
        var sourceCount = 0
        /// Per group and pair: its links, and the dense numbers of its source words.
        var segments: [[PairLinks]]
        var sourceSlots: [[[Int32]]]

        var keyCount: Int { keys.count }

        init(groups: [[Pair]], chosen: [[PairReference]]) {
            var used = groups.map { [Bool](repeating: false, count: $0.count) }
            var totalLinks = 0
            for training in chosen {
                for pair in training where !used[pair.group][pair.index] {
                    used[pair.group][pair.index] = true
                    let (source, target) = groups[pair.group][pair.index]
                    totalLinks += (source.count + 1) * target.count
                }
            }
            segments = groups.map { [PairLinks](repeating: PairLinks(), count: $0.count) }
            sourceSlots = groups.map { [[Int32]](repeating: [], count: $0.count) }
            links.reserveCapacity(totalLinks)
            var index = LinkIndex(expected: totalLinks / 4 + 16)
            var slots: [Int32: Int32] = [:]
            func slot(_ word: Int32) -> Int32 {
                if let known = slots[word] { return known }
                let next = Int32(slots.count)
                slots[word] = next
                return next
            }
            for (g, group) in groups.enumerated() {
                for (i, (source, target)) in group.enumerated() where used[g][i] {
                    let sourceSlot = source.map(slot)
                    let nullSlot = slot(Self.nullID)
                    sourceSlots[g][i] = sourceSlot
                    let start = links.count
                    for t in target {
                        for k in 0...source.count {
                            let s = k < source.count ? source[k] : Self.nullID
                            let key = UInt64(UInt32(bitPattern: s)) << 32 | UInt64(UInt32(bitPattern: t))
                            let id = index.id(for: key, next: Int32(keys.count))
                            if id == Int32(keys.count) {
                                keys.append(key)
                                keySourceSlot.append(k < source.count ? sourceSlot[k] : nullSlot)
                            }
                            links.append(id)
                        }
                    }
                    segments[g][i] = PairLinks(start: start, end: links.count, width: Int32(source.count + 1), targets: target.count)
                }
            }
            sourceCount = slots.count
        }
    }
}
