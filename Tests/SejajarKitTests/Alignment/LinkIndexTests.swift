import Testing
@testable import SejajarKit

struct LinkIndexTests {
    /// Keys as training makes them (`source << 32 | target`), with sources far apart that share
    /// their low bits (what made long probe runs) and the null word.
    static func key(_ source: Int32, _ target: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: source)) << 32 | UInt64(UInt32(bitPattern: target))
    }

    @Test func numbersKeysInTheOrderTheyComeAndFindsThemAgainAcrossGrowth() {
        var index = LinkIndex(expected: 4)
        var expected: [UInt64: Int32] = [:]
        var order: [UInt64] = []
        for round in 0..<2 {
            for source in [Int32(0), 1, 4096, 8192, 1 << 20, Int32.max] {
                for target in Int32(0)..<300 {
                    let key = Self.key(source, target)
                    let id = index.id(for: key, next: Int32(order.count))
                    if round == 0 {
                        #expect(id == Int32(order.count))
                        expected[key] = id
                        order.append(key)
                    } else {
                        #expect(id == expected[key])
                    }
                }
            }
        }
        #expect(index.count == 6 * 300)
    }
}
