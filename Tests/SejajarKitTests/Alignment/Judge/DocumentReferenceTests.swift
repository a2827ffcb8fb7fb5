import Foundation
import Testing
@testable import SejajarKit

/// The document's typical one-to-one bead, which the confidence model reads every bead against.
struct DocumentReferenceTests {
    static func pair(aboveBackground: Float, known: Float, lengthDelta: Float) -> PairFeatures {
        PairFeatures(aboveBackground: aboveBackground, lengthDelta: lengthDelta, known: known)
    }

    static let medians: [([Float], Float)] = [([], 0), ([3], 3), ([1, 5, 2], 2), ([4, 1, 3, 2], 2.5)]

    @Test(arguments: medians)
    func theMedianIsTheMiddleValue(_ values: [Float], _ median: Float) {
        #expect(DocumentReference.median(values) == median)
    }

    @Test func aDocumentIsMeasuredByItsOneToOneBeads() {
        let ones = [Self.pair(aboveBackground: 2, known: 1, lengthDelta: 0.1), Self.pair(aboveBackground: 8, known: 3, lengthDelta: -0.2),
                    Self.pair(aboveBackground: 3, known: 2, lengthDelta: 0.4)]
        let beads: [(sourceChars: Float, sourceCount: Int, targetChars: Float, targetCount: Int)] =
            [(40, 1, 50, 1), (30, 1, 36, 1), (20, 1, 30, 1), (60, 2, 40, 1), (10, 1, 0, 0)]
        let reference = DocumentReference(ones: ones, beads: beads)
        #expect(reference.aboveBackground == 3 && reference.known == 2)
        #expect(reference.informativeness == 3)  // clipped at 3
        #expect(reference.lengthDelta == 0.1)
        #expect(abs(reference.lengthSpread - 1.4826 * 0.3) < 1e-5)
        #expect(reference.sourceChars == 30 && reference.targetChars == 38)
        #expect(reference.oneToOneShare == 0.6)
        // A delta at the document's own median fits best; one far out fits worse, down to −12.
        #expect(reference.lengthFit(0.1) == 0)
        #expect(reference.lengthFit(1.0) < reference.lengthFit(0.5))
        #expect(reference.lengthFit(100) == -12)
    }

    @Test func tooFewOneToOneBeadsLeaveLengthsAsTheyAre() {
        let reference = DocumentReference(ones: [Self.pair(aboveBackground: -4, known: 0, lengthDelta: 3)], beads: [(10, 1, 10, 1)])
        #expect(reference.lengthDelta == 0 && reference.lengthSpread == 1)
        #expect(reference.informativeness == -1)  // clipped at −1
    }
}
