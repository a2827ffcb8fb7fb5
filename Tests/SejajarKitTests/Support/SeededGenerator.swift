/// A random number generator that gives the same numbers for the same seed (SplitMix64): for
/// tests that compare a fast path with the slow one over many generated inputs, reproducibly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A text of `count` pieces drawn from `pieces`.
    mutating func text(of pieces: [String], count: Int) -> String {
        (0..<count).map { _ in pieces.randomElement(using: &self)! }.joined()
    }
}
