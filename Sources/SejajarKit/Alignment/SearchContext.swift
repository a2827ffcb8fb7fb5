/// What a search needs besides the units: weights, tables and the length ratio.
struct SearchContext: Sendable {
    let parameters: AlignerParameters
    let tables: [TranslationTable]
    let sourceWeights: [Float]
    let targetWeights: [Float]
    let lengthRatio: Float

    /// The cheapest bead path between two unit sequences; a coarse pass over blocks bounds the
    /// band when the full matrix would be too large.
    func solve(_ source: UnitSequence, _ target: UnitSequence, shapes: [(Int, Int)]) -> [BeadSpan] {
        let n = source.count, m = target.count
        if n == 0 || m == 0 {
            return (0..<n).map { BeadSpan(source: $0..<($0 + 1), target: m..<m) } + (0..<m).map { BeadSpan(source: n..<n, target: $0..<($0 + 1)) }
        }
        let band: Band
        if (n + 1) * (m + 1) <= parameters.fullSearchLimit {
            band = .full(n: n, m: m)
        } else {
            let size = parameters.blockSize
            let sourceGroups = source.blocks(of: size), targetGroups = target.blocks(of: size)
            let coarse = solve(source.merged(sourceGroups, weighted: true), target.merged(targetGroups, weighted: true),
                               shapes: BandedSearch.blockShapes)
            band = .around(coarse: coarse, sourceGroups: sourceGroups, targetGroups: targetGroups, n: n, m: m,
                           margin: parameters.bandMargin)
        }
        let search = BandedSearch(shapes: shapes)
        let evidence = PairEvidence(source: source, target: target, band: band, maxSource: search.maxSource,
                                    maxTarget: search.maxTarget, tables: tables, sourceWeights: sourceWeights,
                                    targetWeights: targetWeights)
        let model = CostModel(parameters: parameters, source: source, target: target, evidence: evidence, lengthRatio: lengthRatio)
        return search.run(n: n, m: m, band: band, model: model)
    }
}
