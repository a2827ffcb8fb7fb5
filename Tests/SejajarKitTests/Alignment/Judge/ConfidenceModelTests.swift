import Foundation
import Testing
@testable import SejajarKit

/// The confidence model and the fit that made it agree on what each coefficient weighs.
struct ConfidenceModelTests {
    static let fit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("benchmarks/calibration/fit.py")

    /// The quoted names of a Python list assigned to `name` (or of the entry `'name': [...]`).
    static func pythonList(_ name: String, in text: String) -> [String]? {
        guard let start = text.range(of: name), let open = text[start.upperBound...].firstIndex(of: "["),
              let close = text[open...].firstIndex(of: "]") else { return nil }
        return text[open...close].split(separator: "'").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test func theFeaturesAreInTheOrderTheFitUses() throws {
        let text = try String(contentsOf: Self.fit, encoding: .utf8)
        #expect(Self.pythonList("PAIR_FEATURES = ", in: text) == PairFeatures.names)
        #expect(Self.pythonList("'null': ", in: text) == NullFeatures.names)
        #expect(text.contains("'merge': PAIR_FEATURES"))
        #expect(PairFeatures.names.count == 11 && NullFeatures.names.count == 9)
    }

    @Test func theShippedModelHasACoefficientPerFeature() {
        for kind in ConfidenceModel.Kind.allCases {
            #expect(ConfidenceModel.fitted.coefficients[kind]?.count == kind.featureNames.count + 1)
        }
    }

    @Test(arguments: [
        [ConfidenceModel.Kind.pair: Array(repeating: 0.0, count: 12), .merge: Array(repeating: 0.0, count: 12), .null: Array(repeating: 0.0, count: 9)],
        [.pair: Array(repeating: 0.0, count: 11), .merge: Array(repeating: 0.0, count: 12), .null: Array(repeating: 0.0, count: 10)],
        [.pair: Array(repeating: 0.0, count: 10), .merge: Array(repeating: 0.0, count: 10), .null: Array(repeating: 0.0, count: 8)],
        [.pair: Array(repeating: 0.0, count: 12), .null: Array(repeating: 0.0, count: 10)],
    ])
    func aModelForOtherFeaturesIsRefused(_ coefficients: [ConfidenceModel.Kind: [Double]]) {
        #expect(ConfidenceModel(coefficients: coefficients) == nil)
    }

    @Test func aModelForTheseFeaturesIsAccepted() {
        let zeros = [ConfidenceModel.Kind.pair: Array(repeating: 0.0, count: 12), .merge: Array(repeating: 0.0, count: 12),
                     .null: Array(repeating: 0.0, count: 10)]
        #expect(ConfidenceModel(coefficients: zeros) != nil)
    }
}
