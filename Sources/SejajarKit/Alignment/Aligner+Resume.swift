extension Aligner {
    /// Re-aligns a saved alignment around the beads a person fixed (`locked`): those stay exactly
    /// as they are, and only the stretches between them are aligned again (one lexicon learned
    /// from all stretches). This is the correction round trip: edit the JSON (merge, split,
    /// re-pair beads, mark them `"locked": true`), then `sejajar align --resume`.
    ///
    /// Throws when locked beads overlap or cross each other (`crossingLockedBeads`), since no
    /// reading order could hold them.
    ///
    /// `vectors`, when given, are the whole documents' sentence vectors: they inform the first
    /// alignment of the whole pair; the stretches between locked beads are then aligned by their
    /// own length, anchor and lexical evidence.
    public func realign(_ saved: Alignment, vectors: DocumentPairVectors? = nil) throws(SejajarError) -> Alignment {
        try realign(saved, vectors: vectors, whole: nil)
    }

    /// `realign(_:vectors:)`, with the whole pair's alignment by this aligner when the caller has
    /// made it already (it needs it too), so the pair is aligned once.
    func realign(_ saved: Alignment, vectors: DocumentPairVectors?, whole given: Alignment?) throws(SejajarError) -> Alignment {
        // A person vouches for a locked bead: it is certain, whatever confidence the file says.
        let locked = saved.beads.filter(\.locked).map { bead in
            var bead = bead
            bead.confidence = 1
            return bead
        }.sorted { ($0.source.lowerBound, $0.target.lowerBound) < ($1.source.lowerBound, $1.target.lowerBound) }
        if let (k, _) = Self.crossingLockedBeads(saved) {
            let bead = saved.beads[k]
            throw .usage(message: "locked bead \(k) (source \(Array(bead.source)), target \(Array(bead.target))) overlaps or crosses another locked bead")
        }
        // The stretches between locked beads, in reading order.
        var gaps: [(source: Range<Int>, target: Range<Int>)] = []
        var start = (source: 0, target: 0)
        for bead in locked + [Bead(source: saved.source.sentences.count..<saved.source.sentences.count,
                                   target: saved.target.sentences.count..<saved.target.sentences.count, confidence: 1)] {
            gaps.append((start.source..<bead.source.lowerBound, start.target..<bead.target.lowerBound))
            start = (bead.source.upperBound, bead.target.upperBound)
        }
        // Align the whole pair as usual; a stretch whose beads from that run stay inside it keeps
        // them (with confidences judged against the whole document). Only stretches the locked
        // beads cut across are aligned again on their own.
        let whole = given ?? align(saved.source, saved.target, vectors: vectors)
        var byGap: [Int: [Bead]] = [:]
        for (g, gap) in gaps.enumerated() where !gap.source.isEmpty && !gap.target.isEmpty {
            let inside = whole.beads.filter {
                gap.source.lowerBound <= $0.source.lowerBound && $0.source.upperBound <= gap.source.upperBound
                    && gap.target.lowerBound <= $0.target.lowerBound && $0.target.upperBound <= gap.target.upperBound
            }
            if inside.reduce(0, { $0 + $1.source.count }) == gap.source.count && inside.reduce(0, { $0 + $1.target.count }) == gap.target.count {
                byGap[g] = inside
            }
        }
        let both = gaps.indices.filter { !gaps[$0].source.isEmpty && !gaps[$0].target.isEmpty && byGap[$0] == nil }
        // Stretches aligned on their own use a lexicon learned from the whole pair as anchors:
        // alone, each would learn only from the others, or (one short stretch) not at all.
        var stretchAligner = self
        if learnsLexicon, !both.isEmpty {
            stretchAligner.anchorPairs += learnLexicon([(saved.source, saved.target)]).anchorPairs
            stretchAligner.learnsLexicon = false
        }
        let aligned = stretchAligner.alignBatch(both.map { (saved.source.slice(gaps[$0].source), saved.target.slice(gaps[$0].target)) })
        for (k, g) in both.enumerated() {
            byGap[g] = aligned[k].beads.map { bead in
                var bead = bead
                bead.source = (bead.source.lowerBound + gaps[g].source.lowerBound)..<(bead.source.upperBound + gaps[g].source.lowerBound)
                bead.target = (bead.target.lowerBound + gaps[g].target.lowerBound)..<(bead.target.upperBound + gaps[g].target.lowerBound)
                return bead
            }
        }

        var beads: [Bead] = []
        for (g, gap) in gaps.enumerated() {
            if let gapBeads = byGap[g] {
                beads += gapBeads
            } else {
                // One side empty: every sentence of the other is an omission or an addition.
                for s in gap.source {
                    beads.append(Bead(source: s..<(s + 1), target: gap.target.lowerBound..<gap.target.lowerBound, confidence: 1,
                                      role: saved.source.sentences[s].role.isContent ? .content : saved.source.sentences[s].role))
                }
                for t in gap.target {
                    beads.append(Bead(source: gap.source.lowerBound..<gap.source.lowerBound, target: t..<(t + 1), confidence: 1,
                                      role: saved.target.sentences[t].role.isContent ? .content : saved.target.sentences[t].role))
                }
            }
            if g < locked.count { beads.append(locked[g]) }
        }

        return rejudged(source: saved.source, target: saved.target, beads: beads, unrelatedWhole: whole.verdict == .unrelated)
    }

    /// The alignment of `beads` with its verdict and score drawn again from their coverage, as
    /// the aligner gives them (locked pairs are certain); below coverage, a pair with locked beads
    /// or whose whole was not judged unrelated (`unrelatedWhole`) is comparable. What `--resume`
    /// and each edit in the review editor end with.
    public func rejudged(source: Document, target: Document, beads: [Bead], unrelatedWhole: Bool) -> Alignment {
        let coverage = Coverage(beads: beads, contentSource: source.contentSentenceIndices.count,
                                contentTarget: target.contentSentenceIndices.count, threshold: parameters.confidentThreshold)
        var verdict = coverage.verdict ?? (unrelatedWhole && !beads.contains(where: \.locked) ? .unrelated : .comparable)
        if SourceLineConflict(source: source, target: target) != nil, verdict == .parallel || verdict == .partial {
            verdict = .comparable
        }
        return Alignment(source: source, target: target, beads: beads, verdict: verdict, score: coverage.score)
    }

    /// The first locked bead (its index in `alignment.beads`) that overlaps or crosses another
    /// locked bead, and that other bead's index; nil when the locked beads can stand in one
    /// reading order.
    public static func crossingLockedBeads(_ alignment: Alignment) -> (Int, Int)? {
        let locked = alignment.beads.indices.filter { alignment.beads[$0].locked }.sorted {
            let a = alignment.beads[$0], b = alignment.beads[$1]
            return (a.source.lowerBound, a.target.lowerBound) < (b.source.lowerBound, b.target.lowerBound)
        }
        for (previous, current) in zip(locked, locked.dropFirst()) {
            let a = alignment.beads[previous], b = alignment.beads[current]
            if b.source.lowerBound < a.source.upperBound || b.target.lowerBound < a.target.upperBound { return (current, previous) }
        }
        return nil
    }
}
