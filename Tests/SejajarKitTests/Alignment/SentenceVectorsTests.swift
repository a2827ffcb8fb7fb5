import Foundation
import Testing
@testable import SejajarKit

/// Sentence vectors from an embedding model as one more piece of alignment evidence.
struct SentenceVectorsTests {
    /// A one-hot vector: sentence k of either side "means" concept k.
    static func concept(_ k: Int, dimension: Int = 12) -> [Float] {
        (0..<dimension).map { $0 == k ? 1 : 0 }
    }

    static func vectors(_ concepts: [Int]) -> SentenceVectors {
        let singles = Dictionary(uniqueKeysWithValues: concepts.enumerated().map {
            (SentenceVectors.Window(start: $0.offset, length: 1), concept($0.element))
        })
        return SentenceVectors(dimension: 12, count: concepts.count, maxWindow: 4, vectors: singles)
    }

    @Test("every window of up to maxWindow sentences that fits is listed once")
    func windows() {
        let windows = SentenceVectors.windows(count: 5, maxWindow: 2)
        #expect(windows.count == 5 + 4)
        #expect(Set(windows).count == windows.count)
        #expect(SentenceVectors.windows(count: 0, maxWindow: 4).isEmpty)
    }

    @Test("a window without a vector of its own gets its sentences' sum; a window given one keeps it")
    func windowsFallBackToTheirSentences() throws {
        var given = [SentenceVectors.Window(start: 0, length: 1): Self.concept(0), .init(start: 1, length: 1): Self.concept(1),
                     .init(start: 2, length: 1): Self.concept(2)]
        given[.init(start: 1, length: 2)] = Self.concept(7)
        let vectors = SentenceVectors(dimension: 12, count: 3, maxWindow: 4, vectors: given)
        let sum = SentenceVectors(dimension: 12, count: 1, maxWindow: 4, vectors: [.init(start: 0, length: 1): [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]])
        #expect(abs(try #require(vectors.cosine(0, 2, sum, 0, 1)) - 1) < 1e-6)
        #expect(abs(try #require(vectors.cosine(1, 2, Self.vectors([7]), 0, 1)) - 1) < 1e-6)
        #expect(vectors.cosine(2, 2, sum, 0, 1) == nil, "runs past the end")
    }

    @Test("vectors of another dimension, non-finite or zero add no evidence")
    func badVectorsIgnored() {
        let vectors = SentenceVectors(dimension: 12, count: 2, maxWindow: 2, vectors: [
            .init(start: 0, length: 1): [1, 2], .init(start: 1, length: 1): [Float](repeating: .nan, count: 12),
        ])
        #expect(vectors.cosine(0, 1, Self.vectors([0]), 0, 1) == nil)
        #expect(vectors.cosine(1, 1, Self.vectors([0]), 0, 1) == nil)
        #expect(vectors.cosine(0, 2, Self.vectors([0]), 0, 1) == nil)
    }

    /// Six sentences of the same length in made-up words, the translation without the fourth,
    /// and one-hot vectors that say which sentence renders which.
    static func omission() -> (Document, Document, DocumentPairVectors) {
        let source = DifferencesTests.document(["Kalu vemi daro pista.", "Moru tepa lisa vondo.", "Fera dulo mika senta.",
                                                "Bodi ralu kesa minto.", "Tuvo nami pela rusta.", "Gima soru feta linda."], "a.xx", "xx")
        let target = DifferencesTests.document(["Qoze wuxy jyha zoqe.", "Hyze qowa zuxi jexa.", "Wyqo zeja huxo qyze.",
                                                "Jazu xoqe wyzi huqa.", "Zexo quwy jahe wozy."], "b.yy", "yy")
        return (source, target, DocumentPairVectors(source: vectors([0, 1, 2, 3, 4, 5]), target: vectors([0, 1, 2, 4, 5])))
    }

    /// Six sentences of the same length in words the aligner has never seen; the translation
    /// leaves out the fourth. Length and vocabulary cannot say which one is missing; the vectors can.
    @Test("sentence vectors find which sentence a translation left out when nothing else can")
    func vectorsFindTheOmission() {
        let (source, target, vectors) = Self.omission()
        let alignment = Aligner().align(source, target, vectors: vectors)
        let beads = alignment.beads.map { BeadIndices(source: Array($0.source), target: Array($0.target)) }
        #expect(beads == [.init(source: [0], target: [0]), .init(source: [1], target: [1]), .init(source: [2], target: [2]),
                          .init(source: [3], target: []), .init(source: [4], target: [3]), .init(source: [5], target: [4])])
    }

    @Test("without vectors, or with vectors that do not fit the documents, the alignment is the one without")
    func noVectorsNoChange() throws {
        let reader = TestReader(format: .lines)
        let source = try reader.read(path: AlignerTests.fixture("doc004.es"), language: "es")
        let target = try reader.read(path: AlignerTests.fixture("doc004.id"), language: "id")
        let plain = Aligner().align(source, target)
        let misfit = DocumentPairVectors(source: Self.vectors([0, 1]), target: Self.vectors([0, 1]))
        #expect(Aligner().align(source, target, vectors: misfit) == plain)
        #expect(Aligner().align(source, target, vectors: nil) == plain)
    }
}
