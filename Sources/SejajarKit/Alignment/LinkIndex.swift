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
