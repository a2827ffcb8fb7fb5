import Foundation
import Testing
@testable import SejajarKit

/// Bertalign's scoring on vectors alone (the choice between its path and Sejajar's:
/// `ConfidenceChoiceTests`).
struct MarginSearchTests {
    static func units(_ rows: [[Float]], chars: [Float]) -> UnitSequence {
        var units = UnitSequence(chars: chars, tokens: chars.map { _ in [] })
        units.vectors = VectorAnchorsTests.vectors(rows)
        return units
    }

    @Test("one-to-one pairs, a sentence split in two and an omission come out as they are meant")
    func path() throws {
        var split = VectorAnchorsTests.vector(2)
        split[3] = 1
        let source = Self.units([0, 1].map { VectorAnchorsTests.vector($0) } + [split, VectorAnchorsTests.vector(4), VectorAnchorsTests.vector(5)],
                               chars: [40, 40, 80, 40, 40])
        let target = Self.units([0, 1, 2, 3, 5].map { VectorAnchorsTests.vector($0) }, chars: [40, 40, 40, 40, 40])
        let path = try #require(MarginSearch().path(source: source, target: target, band: nil))
        #expect(path.map { [$0.source, $0.target] } == [[0..<1, 0..<1], [1..<2, 1..<2], [2..<3, 2..<4], [3..<4, 4..<4], [4..<5, 4..<5]])
    }

    @Test("without vectors there is no second opinion")
    func noVectors() {
        let units = UnitSequence(chars: [40], tokens: [[]])
        #expect(MarginSearch().path(source: units, target: units, band: nil) == nil)
    }
}
