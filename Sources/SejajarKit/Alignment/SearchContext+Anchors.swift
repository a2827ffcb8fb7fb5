/// The search with sentence vectors' first pass: the sentences each confident pair of nearest
/// neighbours names (`VectorAnchors`) must share a bead, and the usual search (length, words,
/// omissions, vectors) decides everything else — the beads' shapes around them, what lies
/// between them, what was left out.
extension SearchContext {
    /// The cheapest bead path in which every anchor's two sentences share a bead, when both sides
    /// have sentence vectors and the parameters ask for anchors; otherwise `solve`'s path.
    func solveWithAnchors(_ source: UnitSequence, _ target: UnitSequence, shapes: [(Int, Int)]) -> [BeadSpan] {
        guard parameters.vectorAnchors, parameters.embeddingWeight > 0, let s = source.vectors, let t = target.vectors else {
            return solve(source, target, shapes: shapes)
        }
        let anchors = VectorAnchors(source: s, target: t, sourceChars: source.chars, targetChars: target.chars, parameters: parameters)
        let band = anchors.band(n: source.count, m: target.count)
        // Few anchors over long texts leave a band too large to search in full: the usual search.
        guard !anchors.links.isEmpty, band.cellCount <= max(parameters.fullSearchLimit, 64 * (source.count + target.count)) else {
            return solve(source, target, shapes: shapes)
        }
        let search = BandedSearch(shapes: shapes)
        let evidence = PairEvidence(source: source, target: target, band: band, maxSource: search.maxSource,
                                    maxTarget: search.maxTarget, tables: tables, sourceWeights: sourceWeights,
                                    targetWeights: targetWeights)
        let model = CostModel(parameters: parameters, source: source, target: target, evidence: evidence, lengthRatio: lengthRatio)
        return search.run(n: source.count, m: target.count, band: band, model: model)
    }
}
