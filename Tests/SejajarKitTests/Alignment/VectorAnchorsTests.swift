import Foundation
import Testing
@testable import SejajarKit

/// Bertalign's first pass: confident one-to-one anchors from sentence vectors alone.
struct VectorAnchorsTests {
    /// A vector near concept k, with `noise` of concept `other` mixed in.
    static func vector(_ k: Int, mixedWith other: Int? = nil, share: Float = 0) -> [Float] {
        var v = SentenceVectorsTests.concept(k, dimension: 16)
        if let other { v[other] += share }
        return v
    }

    static func vectors(_ rows: [[Float]]) -> SentenceVectors {
        SentenceVectors(dimension: 16, count: rows.count, maxWindow: 4,
                        vectors: Dictionary(uniqueKeysWithValues: rows.enumerated().map { (SentenceVectors.Window(start: $0.offset, length: 1), $0.element) }))
    }

    static func anchors(_ source: [[Float]], _ target: [[Float]], chars: [Float]? = nil, targetChars: [Float]? = nil,
                        parameters: AlignerParameters = AlignerParameters()) -> [VectorAnchors.Link] {
        VectorAnchors(source: vectors(source), target: vectors(target), sourceChars: chars ?? source.map { _ in 40 },
                      targetChars: targetChars ?? target.map { _ in 40 }, parameters: parameters).links
    }

    @Test("mutual nearest neighbours by a margin become anchors; an omitted sentence does not")
    func mutualNeighbours() {
        let links = Self.anchors((0..<6).map { Self.vector($0) }, [0, 1, 2, 4, 5].map { Self.vector($0) })
        #expect(links.map { [$0.source, $0.target] } == [[0, 0], [1, 1], [2, 2], [4, 3], [5, 4]])
    }

    /// A source sentence the translation split in two: its vectors are as near to both halves.
    @Test("a sentence split in translation anchors to one half without a margin, and the band lets its bead take the other")
    func splitSentence() {
        var joined = Self.vector(1)
        joined[2] = 1
        var parameters = AlignerParameters()
        parameters.anchorMargin = 0
        let anchors = VectorAnchors(source: Self.vectors([Self.vector(0), joined, Self.vector(3)]), target: Self.vectors([0, 1, 2, 3].map { Self.vector($0) }),
                                    sourceChars: [40, 80, 40], targetChars: [40, 40, 40, 40], parameters: parameters)
        #expect(anchors.links.map { [$0.source, $0.target] } == [[0, 0], [1, 1], [2, 3]])
        let band = anchors.band(n: 3, m: 4)
        #expect(band.lower == [0, 1, 2, 4])
        #expect(band.upper == [0, 1, 3, 4])
    }

    @Test("a pair of very different lengths is no anchor when the length limit says so")
    func lengthLimit() {
        var parameters = AlignerParameters()
        parameters.anchorLength = 3
        let rows = (0..<8).map { Self.vector($0) }
        let links = Self.anchors(rows, rows, chars: [Float](repeating: 40, count: 8), targetChars: [Float](repeating: 40, count: 7) + [4],
                                 parameters: parameters)
        #expect(links.map(\.source) == Array(0..<7))
    }

    @Test("a margin over the next-nearest neighbour is required when asked for")
    func margin() {
        var parameters = AlignerParameters()
        parameters.anchorMargin = 0.2
        let links = Self.anchors([Self.vector(0), Self.vector(1, mixedWith: 2, share: 0.9)], [Self.vector(0), Self.vector(1), Self.vector(2)],
                                 parameters: parameters)
        #expect(links.map { [$0.source, $0.target] } == [[0, 0]])
    }

    @Test("anchors cross nothing: of two crossing pairs the chain keeps the heavier side")
    func chainIsIncreasing() {
        let links = Self.anchors([0, 1, 2, 3].map { Self.vector($0) }, [0, 2, 1, 3].map { Self.vector($0) })
        #expect(links.count == 3)
        #expect(zip(links, links.dropFirst()).allSatisfy { $0.source < $1.source && $0.target < $1.target })
    }

    @Test("anchors turned off, or no vectors, give none")
    func off() {
        var parameters = AlignerParameters()
        parameters.vectorAnchors = false
        #expect(Self.anchors([Self.vector(0)], [Self.vector(0)], parameters: parameters).isEmpty)
        #expect(Self.anchors([[Float](repeating: 0, count: 16)], [Self.vector(0)]).isEmpty)
    }

    @Test("windows of several sentences are embedded only where they hold at most one anchored sentence")
    func windowsNeeded() {
        let anchors = VectorAnchors(source: Self.vectors([0, 1, 2, 3].map { Self.vector($0) }), target: Self.vectors([0, 1, 3].map { Self.vector($0) }),
                                    sourceChars: [40, 40, 40, 40], targetChars: [40, 40, 40], parameters: AlignerParameters())
        #expect(anchors.links.map { [$0.source, $0.target] } == [[0, 0], [1, 1], [3, 2]])
        let source = anchors.windows(count: 4, maxWindow: 2, isSource: true).map { [$0.start, $0.length] }
        #expect(source == [[1, 2], [2, 2]])
        #expect(anchors.windows(count: 3, maxWindow: 2, isSource: false).isEmpty)
    }

    /// The omission test of `SentenceVectorsTests` with anchors: the same path.
    @Test("with anchors the aligner still finds the sentence a translation left out")
    func alignerWithAnchors() {
        let (source, target, vectors) = SentenceVectorsTests.omission()
        #expect(VectorAnchors(source: source, target: target, vectors: vectors).links.count == 5)
        let beads = Aligner().align(source, target, vectors: vectors).beads.map { BeadIndices(source: Array($0.source), target: Array($0.target)) }
        #expect(beads == [.init(source: [0], target: [0]), .init(source: [1], target: [1]), .init(source: [2], target: [2]),
                          .init(source: [3], target: []), .init(source: [4], target: [3]), .init(source: [5], target: [4])])
    }
}
