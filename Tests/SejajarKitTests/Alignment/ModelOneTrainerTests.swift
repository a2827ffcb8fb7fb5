import Testing
@testable import SejajarKit

/// Model 1's jackknife lexicons share one hashing of the links, and must be to the last bit what
/// training each fold apart gives: the aligner's outputs are byte for byte the same either way.
struct ModelOneTrainerTests {
    /// Sentence pairs of a made-up language pair: source word `w` is rendered by target word
    /// `w + 1000`, beside noise words, so that the lexicon has something to learn and ties to break.
    static func corpus(pairs: Int, seed: UInt64) -> [ModelOneTrainer.Pair] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<pairs).map { _ in
            let words = (0..<(1 + next(9))).map { _ in Int32(next(60)) }
            let source = Array(Set(words + [Int32(100 + next(30))])).sorted()
            let target = Array(Set(words.map { $0 + 1000 } + [Int32(1100 + next(30))])).sorted()
            return next(17) == 0 ? ([], target) : (source, target)
        }
    }

    /// Model 1 as one training on its own pairs computes it: the links hashed in a dictionary,
    /// numbered in the order met, every sum in that order.
    static func reference(_ pairs: [ModelOneTrainer.Pair], trainer: ModelOneTrainer) -> [ModelOneTrainer.Entry] {
        func direction(_ all: [ModelOneTrainer.Pair]) -> [UInt64: Float] {
            let null = Int32.max
            var pairs = all.filter { !$0.0.isEmpty && !$0.1.isEmpty }
            let totalLinks = pairs.reduce(0) { $0 + ($1.0.count + 1) * $1.1.count }
            if totalLinks > trainer.maxLinks {
                let keep = Double(trainer.maxLinks) / Double(totalLinks)
                var accumulator = 0.0
                pairs = pairs.filter { _ in
                    accumulator += keep
                    if accumulator >= 1 { accumulator -= 1; return true }
                    return false
                }
            }
            var occurrences: [Int32: Int] = [:]
            for (source, _) in pairs { for s in source { occurrences[s, default: 0] += 1 } }
            var ids: [UInt64: Int] = [:], keys: [UInt64] = [], links: [Int] = []
            for (source, target) in pairs {
                for t in target {
                    for k in 0...source.count {
                        let s = k < source.count ? source[k] : null
                        let key = UInt64(UInt32(bitPattern: s)) << 32 | UInt64(UInt32(bitPattern: t))
                        if ids[key] == nil { ids[key] = keys.count; keys.append(key) }
                        links.append(ids[key]!)
                    }
                }
            }
            var probability = [Float](repeating: 1, count: keys.count)
            for _ in 0..<trainer.iterations {
                var counts = [Float](repeating: 0, count: keys.count)
                var cursor = 0
                for (source, target) in pairs {
                    for _ in target {
                        let span = cursor..<(cursor + source.count + 1)
                        let z = span.reduce(Float(0)) { $0 + probability[links[$1]] }
                        if z > 0 { for k in span { counts[links[k]] += probability[links[k]] / z } }
                        cursor = span.upperBound
                    }
                }
                var totals: [UInt32: Float] = [:]
                for k in keys.indices { totals[UInt32(keys[k] >> 32), default: 0] += counts[k] }
                for k in keys.indices {
                    let total = totals[UInt32(keys[k] >> 32)]!
                    probability[k] = total > 0 ? counts[k] / total : 0
                }
            }
            var best: [Int32: [(Int32, Float)]] = [:]
            for (k, key) in keys.enumerated() {
                let s = Int32(truncatingIfNeeded: key >> 32)
                guard s != null, (occurrences[s] ?? 0) >= trainer.minimumCount, probability[k] >= trainer.threshold else { continue }
                best[s, default: []].append((Int32(truncatingIfNeeded: key & 0xFFFF_FFFF), probability[k]))
            }
            var result: [UInt64: Float] = [:]
            for (s, candidates) in best {
                for (t, p) in candidates.sorted(by: { ($0.1, $1.0) > ($1.1, $0.0) }).prefix(trainer.perWord) {
                    result[UInt64(UInt32(bitPattern: s)) << 32 | UInt64(UInt32(bitPattern: t))] = p
                }
            }
            return result
        }
        var merged: [UInt64: (Float, Float)] = [:]
        for (key, p) in direction(pairs) { merged[key, default: (0, 0)].0 = p }
        for (key, p) in direction(pairs.map { ($0.1, $0.0) }) { merged[(key << 32) | (key >> 32), default: (0, 0)].1 = p }
        return merged.map { (Int32(truncatingIfNeeded: $0.key >> 32), Int32(truncatingIfNeeded: $0.key & 0xFFFF_FFFF), $0.value.0, $0.value.1) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    static func same(_ a: [ModelOneTrainer.Entry], _ b: [ModelOneTrainer.Entry]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy {
            $0.source == $1.source && $0.target == $1.target
                && $0.forward.bitPattern == $1.forward.bitPattern && $0.backward.bitPattern == $1.backward.bitPattern
        }
    }

    /// Folds, and the link budget: large (every pair kept) and small (pairs sampled, and each
    /// direction samples its own, since a pair's links differ both ways round).
    @Test(arguments: [(5, 4_000_000), (5, 900), (2, 4_000_000), (3, 1_500)])
    func eachFoldIsWhatTrainingOnTheOthersGives(folds: Int, maxLinks: Int) {
        var trainer = ModelOneTrainer()
        trainer.maxLinks = maxLinks
        let groups = (0..<folds).map { Self.corpus(pairs: 40 + 7 * $0, seed: UInt64(3 + $0)) }
        let jackknife = trainer.train(folds: groups)
        #expect(jackknife.count == folds)
        for f in 0..<folds {
            let others = groups.indices.filter { $0 != f }.flatMap { groups[$0] }
            let expected = Self.reference(others, trainer: trainer)
            #expect(!expected.isEmpty)
            #expect(Self.same(jackknife[f], expected), "fold \(f)")
            #expect(Self.same(trainer.train(others), expected), "fold \(f) alone")
        }
    }

    @Test func learnsWhatEachWordRenders() {
        let entries = ModelOneTrainer().train(Self.corpus(pairs: 300, seed: 11))
        let learned = Set(entries.filter { $0.source < 60 && max($0.forward, $0.backward) > 0.5 }.map { $0.target - $0.source })
        #expect(learned == [1000])
    }
}
