import Foundation

/// Sentence pairs that sentence vectors alone are sure belong to one bead, found as Bertalign's
/// first pass finds its anchors: a source sentence and a target sentence that are each other's
/// nearest neighbour (by `anchorMargin` over the next-nearest on both sides), kept when they form
/// the heaviest chain increasing on both sides.
///
/// What vectors are sure of is *which* sentences go together, not the bead's shape: on Text+Berg
/// dev a quarter of such pairs are one sentence of a two-to-one bead, but hardly one in three
/// hundred is not in one bead at all. So an anchor does not fix a one-to-one bead; it only
/// requires its two sentences to share one (`band`), and the search (length, words, omissions,
/// vectors) decides the shapes and everything between anchors
/// (`SearchContext.solveWithAnchors`).
///
/// Only single-sentence vectors are read, so anchors can be found before any window of several
/// sentences is embedded: an embedder embeds windows only where a bead may need them
/// (`needsWindow`).
public struct VectorAnchors: Sendable, Hashable {
    /// An anchored pair: content-sentence positions on both sides.
    public struct Link: Sendable, Hashable {
        /// Source content-sentence position.
        public var source: Int
        /// Target content-sentence position.
        public var target: Int
    }

    /// The anchors, increasing on both sides.
    public let links: [Link]

    /// The anchors of a document pair from its vectors: content-sentence lengths as the aligner
    /// counts them (non-space characters) and the parameters' margin and length limit.
    public init(source: Document, target: Document, vectors: DocumentPairVectors, parameters: AlignerParameters = AlignerParameters()) {
        let sourceChars = source.contentSentenceIndices.map { Self.characters(source.sentences[$0].text) }
        let targetChars = target.contentSentenceIndices.map { Self.characters(target.sentences[$0].text) }
        self.init(source: vectors.source, target: vectors.target, sourceChars: sourceChars, targetChars: targetChars, parameters: parameters)
    }

    /// The anchors from the sentence vectors and lengths of both sides; none when the parameters
    /// turn anchors off or a side has no vectors. A pair whose lengths differ by more than
    /// `anchorLength` (Gale–Church cost) is no anchor.
    init(source: SentenceVectors, target: SentenceVectors, sourceChars: [Float], targetChars: [Float], parameters: AlignerParameters) {
        let n = source.count, m = target.count
        guard parameters.vectorAnchors, n > 0, m > 0, source.dimension == target.dimension,
              sourceChars.count == n, targetChars.count == m else {
            links = []
            return
        }
        let sourceTotal = sourceChars.reduce(0, +), targetTotal = targetChars.reduce(0, +)
        let ratio = sourceTotal > 0 && targetTotal > 0 ? min(4, max(0.25, targetTotal / sourceTotal)) : 1
        // Nearest and next-nearest neighbour of every sentence on both sides, in a band around the
        // diagonal wide enough for the shifts omissions and merges make.
        let halfWidth = max(parameters.anchorBand, abs(n - m) + parameters.anchorBand / 2)
        var rowBest = [Float](repeating: -2, count: n), rowSecond = rowBest, rowArg = [Int](repeating: -1, count: n)
        var columnBest = [Float](repeating: -2, count: m), columnSecond = columnBest, columnArg = [Int](repeating: -1, count: m)
        var present = [Bool](repeating: false, count: n)
        let dimension = source.dimension
        source.data.withUnsafeBufferPointer { p in
            target.data.withUnsafeBufferPointer { q in
                for i in 0..<n {
                    guard let x = source.offset(i, 1), Self.hasVector(p, x, dimension) else { continue }
                    present[i] = true
                    let centre = Int((Double(i) + 0.5) * Double(m) / Double(n))
                    for j in max(0, centre - halfWidth)..<min(m, centre + halfWidth + 1) {
                        guard let y = target.offset(j, 1) else { continue }
                        var dot: Float = 0
                        for k in 0..<dimension { dot += p[x + k] * q[y + k] }
                        if dot == 0 { continue }
                        if dot > rowBest[i] { (rowSecond[i], rowBest[i], rowArg[i]) = (rowBest[i], dot, j) } else if dot > rowSecond[i] { rowSecond[i] = dot }
                        if dot > columnBest[j] { (columnSecond[j], columnBest[j], columnArg[j]) = (columnBest[j], dot, i) } else if dot > columnSecond[j] { columnSecond[j] = dot }
                    }
                }
            }
        }
        // Mutual nearest neighbours by a margin, of lengths that fit.
        var candidates: [(link: Link, weight: Float)] = []
        for i in 0..<n where present[i] {
            let j = rowArg[i]
            guard j >= 0, columnArg[j] == i else { continue }
            let margin = rowBest[i] - max(rowSecond[i], columnSecond[j])
            guard margin >= parameters.anchorMargin,
                  CostModel.lengthCost(sourceChars[i], targetChars[j], ratio: ratio) <= parameters.anchorLength else { continue }
            candidates.append((Link(source: i, target: j), margin))
        }
        links = Self.heaviestChain(candidates)
    }

    /// The increasing chain (on both sides) of largest total weight; candidates come in increasing
    /// source order. Quadratic in the candidates within a window of the last 256: chains that skip
    /// more anchors than that lose nothing a later anchor would not give back.
    static func heaviestChain(_ candidates: [(link: Link, weight: Float)]) -> [Link] {
        guard !candidates.isEmpty else { return [] }
        var best = [Float](repeating: 0, count: candidates.count)
        var previous = [Int](repeating: -1, count: candidates.count)
        for k in candidates.indices {
            best[k] = candidates[k].weight
            for q in stride(from: k - 1, through: max(0, k - 256), by: -1)
            where candidates[q].link.target < candidates[k].link.target && best[q] + candidates[k].weight > best[k] {
                best[k] = best[q] + candidates[k].weight
                previous[k] = q
            }
        }
        var k = best.indices.max { best[$0] < best[$1] || (best[$0] == best[$1] && $0 > $1) }!
        var chain: [Link] = []
        while k >= 0 {
            chain.append(candidates[k].link)
            k = previous[k]
        }
        return chain.reversed()
    }

    /// Whether the vector at `offset` is not all zeros (a sentence without a vector).
    @inline(__always)
    private static func hasVector(_ p: UnsafeBufferPointer<Float>, _ offset: Int, _ dimension: Int) -> Bool {
        for k in 0..<dimension where p[offset + k] != 0 { return true }
        return false
    }

    /// Non-space characters, as `AlignmentProblem` counts a sentence's length.
    static func characters(_ text: String) -> Float {
        Float(text.unicodeScalars.reduce(0) { $0 + (String.isSpace($1) ? 0 : 1) })
    }

    /// The search nodes every anchor allows, for sides of `n` and `m` sentences: a path through
    /// node (i, j) has aligned i source and j target sentences, and an anchor (s, t) allows only
    /// nodes with i ≤ s and j ≤ t, or i > s and j > t. A bead between two such nodes that holds s
    /// holds t, and the other way round; no bead leaves either out. Rows are monotone and the
    /// anchors' own one-to-one beads connect them, so a path always exists.
    func band(n: Int, m: Int) -> Band {
        var lower = [Int](repeating: 0, count: n + 1), upper = [Int](repeating: m, count: n + 1)
        var k = 0
        for i in 0...n {
            while k < links.count && links[k].source < i { k += 1 }
            lower[i] = k > 0 ? links[k - 1].target + 1 : 0
            upper[i] = k < links.count ? links[k].target : m
        }
        return Band(lower: lower, upper: upper)
    }

    /// The windows of several sentences (up to `maxWindow`) of a side of `count` sentences
    /// (`isSource`: the source side) that a bead may have as its side: those holding at most one
    /// anchored sentence. A window holding two would need a bead holding both of their partners
    /// and all between, which the search almost never chooses. An embedder embeds only these;
    /// the other windows get the sum of their sentences' vectors (`SentenceVectors`).
    public func windows(count: Int, maxWindow: Int, isSource: Bool) -> [SentenceVectors.Window] {
        let anchored = Set(links.map { isSource ? $0.source : $0.target })
        return SentenceVectors.windows(count: count, maxWindow: maxWindow).filter { window in
            window.length > 1 && (window.start..<(window.start + window.length)).filter { anchored.contains($0) }.count <= 1
        }
    }
}
