/// Open-addressing hash map from a word-pair key to a dense link id: the hot loop of Model 1
/// training does one lookup per co-occurrence, where `Dictionary` spends most of the time.
struct LinkIndex {
    /// A key and its id side by side, in 12 bytes: a lookup in a table larger than the caches
    /// then costs one miss, not two (a key array and an id array took 93 % of the lookups' time
    /// waiting), in no more memory.
    private struct Slot {
        var high: UInt32
        var low: UInt32
        var value: Int32

        init(key: UInt64, value: Int32) {
            high = UInt32(truncatingIfNeeded: key >> 32)
            low = UInt32(truncatingIfNeeded: key)
            self.value = value
        }

        var key: UInt64 { UInt64(high) << 32 | UInt64(low) }
    }

    private var slots: [Slot]
    private var mask: Int
    /// 64 less the table's size in bits: a slot is the top bits of the key's Fibonacci hash.
    private var shift: UInt64
    private(set) var count = 0
    private static let empty = UInt64.max

    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = [Slot](repeating: Slot(key: Self.empty, value: 0), count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// The id of `key`, inserting it with id `next` when it is new.
    mutating func id(for key: UInt64, next: Int32) -> Int32 {
        if count * 2 >= slots.count { grow() }
        var slot = slot(key)
        while true {
            let stored = slots[slot]
            if stored.key == key { return stored.value }
            if stored.key == Self.empty {
                slots[slot] = Slot(key: key, value: next)
                count += 1
                return next
            }
            slot = (slot + 1) & mask
        }
    }

    /// Fibonacci hashing: the top bits of the key times 2^64 / φ. Every bit of the key
    /// (`source << 32 | target`) moves them; the low bits of the product, which an earlier
    /// version took, depend only on the key's low bits — on the target and the source's last
    /// twelve bits — and made long runs of probes in a large vocabulary.
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        let old = slots.filter { $0.key != Self.empty }
        slots = [Slot](repeating: Slot(key: Self.empty, value: 0), count: slots.count * 2)
        mask = slots.count - 1
        shift -= 1
        for entry in old {
            var slot = slot(entry.key)
            while slots[slot].key != Self.empty { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
