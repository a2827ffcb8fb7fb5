/// The review editor's model: an alignment, the edits a person makes to it, and undo and redo.
///
/// Each edit locks the beads it makes, takes apart the unlocked beads it cuts through or crosses,
/// and re-aligns only their sentences, each stretch between the beads that stay aligned on its
/// own (with the glossary, the saved lexicon and a lexicon learned from the whole pair as
/// anchors); the verdict and score are drawn again from the new beads. The rest of the
/// alignment stays exactly as it was, so an edit costs time in proportion to what it disturbs,
/// not to the document's length.
public struct AlignmentEditor: Sendable {
    /// The alignment as it stands after the latest edit, undo or redo.
    public private(set) var alignment: Alignment
    /// Counts every change (edit, undo, redo): an edit made against an older revision is stale.
    public private(set) var revision = 0
    /// How many edits undo goes back at most.
    public static let undoDepth = 1000

    /// Aligns the stretches edits disturb: one pass, the learned lexicon among its anchors.
    let aligner: Aligner
    /// Whether the aligner judged the whole pair unrelated (what the verdict falls back on).
    let unrelatedWhole: Bool
    var undoStack: [Snapshot] = []
    var redoStack: [Snapshot] = []

    /// What undo and redo restore.
    struct Snapshot: Sendable {
        var beads: [Bead]
        var verdict: Verdict
        var score: Double
    }

    /// An editor for `alignment`, re-aligning with `aligner`'s weights and anchors. When the
    /// aligner learns a lexicon, it is learned here once, from the whole pair.
    public init(alignment: Alignment, aligner: Aligner) {
        var local = aligner
        local.progress = nil
        local.featureSink = nil
        if local.learnsLexicon, !alignment.source.sentences.isEmpty, !alignment.target.sentences.isEmpty {
            local.anchorPairs += local.learnLexicon([(alignment.source, alignment.target)]).anchorPairs
        }
        local.learnsLexicon = false
        self.aligner = local
        self.alignment = alignment
        self.unrelatedWhole = alignment.verdict == .unrelated
    }

    /// Whether there is an edit to undo.
    public var canUndo: Bool { !undoStack.isEmpty }
    /// Whether there is an undone edit to redo.
    public var canRedo: Bool { !redoStack.isEmpty }

    /// Applies `edit`; on error the alignment stays as it was.
    public mutating func apply(_ edit: AlignmentEdit) throws(AlignmentEditError) {
        let beads = try edited(edit)
        undoStack.append(snapshot)
        if undoStack.count > Self.undoDepth { undoStack.removeFirst(undoStack.count - Self.undoDepth) }
        redoStack.removeAll()
        alignment = aligner.rejudged(source: alignment.source, target: alignment.target, beads: beads, unrelatedWhole: unrelatedWhole)
        revision += 1
    }

    /// Goes back to the alignment before the latest edit.
    public mutating func undo() throws(AlignmentEditError) {
        guard let previous = undoStack.popLast() else { throw .nothingToUndo }
        redoStack.append(snapshot)
        restore(previous)
    }

    /// Applies again the latest edit undone.
    public mutating func redo() throws(AlignmentEditError) {
        guard let next = redoStack.popLast() else { throw .nothingToRedo }
        undoStack.append(snapshot)
        restore(next)
    }

    var snapshot: Snapshot { Snapshot(beads: alignment.beads, verdict: alignment.verdict, score: alignment.score) }

    mutating func restore(_ snapshot: Snapshot) {
        alignment.beads = snapshot.beads
        alignment.verdict = snapshot.verdict
        alignment.score = snapshot.score
        revision += 1
    }

    // MARK: - Edits

    /// The beads after `edit`, disturbed stretches re-aligned.
    func edited(_ edit: AlignmentEdit) throws(AlignmentEditError) -> [Bead] {
        var beads = alignment.beads
        let counts = (source: alignment.source.sentences.count, target: alignment.target.sentences.count)
        func bead(_ b: Int) throws(AlignmentEditError) -> Bead {
            guard beads.indices.contains(b) else { throw .noSuchBead(b, count: beads.count) }
            return beads[b]
        }
        func check(_ side: AlignmentEdit.Side, _ range: Range<Int>) throws(AlignmentEditError) {
            let count = side == .source ? counts.source : counts.target
            if range.lowerBound < 0 || range.lowerBound > count { throw .noSuchSentence(side, range.lowerBound, count: count) }
            if range.upperBound > count { throw .noSuchSentence(side, range.upperBound - 1, count: count) }
        }
        switch edit {
        case .merge(let b):
            let first = try bead(b)
            guard b + 1 < beads.count else { throw .noBeadAfter(b) }
            let second = beads[b + 1]
            guard !first.moved, !second.moved, let source = Self.joined(first.source, second.source),
                  let target = Self.joined(first.target, second.target) else { throw .notAdjacent(b, b + 1) }
            beads.replaceSubrange(b...(b + 1), with: [made(source: source, target: target)])
            return beads

        case .split(let b, let s, let t):
            let old = try bead(b)
            guard old.source.lowerBound <= s, s <= old.source.upperBound, old.target.lowerBound <= t, t <= old.target.upperBound
            else { throw .badSplit(bead: b, source: s, target: t) }
            let first = (source: old.source.lowerBound..<s, target: old.target.lowerBound..<t)
            let second = (source: s..<old.source.upperBound, target: t..<old.target.upperBound)
            guard !(first.source.isEmpty && first.target.isEmpty), !(second.source.isEmpty && second.target.isEmpty)
            else { throw .badSplit(bead: b, source: s, target: t) }
            var parts = [made(source: first.source, target: first.target), made(source: second.source, target: second.target)]
            for k in parts.indices { parts[k].moved = old.moved }
            beads.replaceSubrange(b...b, with: parts)
            return beads

        case .pair(let source, let target, let moved):
            try check(.source, source)
            try check(.target, target)
            guard !(source.isEmpty && target.isEmpty) else { throw .emptyPair }
            var new = made(source: source, target: target)
            new.moved = moved && !source.isEmpty && !target.isEmpty
            return try placed(new, among: beads)

        case .unpair(let side, let sentence):
            let count = side == .source ? counts.source : counts.target
            guard sentence >= 0, sentence < count else { throw .noSuchSentence(side, sentence, count: count) }
            let isSource = side == .source
            guard let k = beads.firstIndex(where: { (isSource ? $0.source : $0.target).contains(sentence) }) else {
                // A sentence no bead holds (a hand-edited file): it becomes the unpaired bead.
                return try placed(made(source: isSource ? sentence..<(sentence + 1) : 0..<0, target: isSource ? 0..<0 : sentence..<(sentence + 1)), among: beads)
            }
            let old = beads[k]
            let own = isSource ? old.source : old.target, other = isSource ? old.target : old.source
            if other.isEmpty, own.count == 1 {
                beads[k].locked = true
                beads[k].confidence = 1
                return beads
            }
            // The unpaired sentence stands where its share of the bead puts it on the other side.
            let at = other.lowerBound + ((sentence - own.lowerBound) * other.count + own.count / 2) / max(1, own.count)
            let alone = made(source: isSource ? sentence..<(sentence + 1) : at..<at, target: isSource ? at..<at : sentence..<(sentence + 1))
            guard old.locked else { return try placed(alone, among: beads) }
            // A locked bead keeps the rest of itself, locked: only a sentence at either end can go.
            guard sentence == own.lowerBound || sentence == own.upperBound - 1 else { throw .insideLockedBead(side, sentence, bead: k) }
            let first = sentence == own.lowerBound
            let rest = first ? (sentence + 1)..<own.upperBound : own.lowerBound..<sentence
            let position = first ? other.lowerBound : other.upperBound
            let outside = made(source: isSource ? sentence..<(sentence + 1) : position..<position,
                               target: isSource ? position..<position : sentence..<(sentence + 1))
            var remainder = made(source: isSource ? rest : old.source, target: isSource ? old.target : rest)
            remainder.moved = old.moved
            beads.replaceSubrange(k...k, with: first ? [outside, remainder] : [remainder, outside])
            return beads

        case .lock(let b):
            _ = try bead(b)
            beads[b].locked = true
            beads[b].confidence = 1
            return beads

        case .unlock(let b):
            _ = try bead(b)
            beads[b].locked = false
            // It and its unlocked neighbours in reading order are aligned again.
            let taken = [b - 1, b, b + 1].filter { beads.indices.contains($0) && !beads[$0].locked && ($0 == b || !beads[$0].moved) }
            var loose = (source: Set<Int>(), target: Set<Int>())
            for k in taken {
                loose.source.formUnion(beads[k].source)
                loose.target.formUnion(beads[k].target)
            }
            let kept = beads.indices.filter { !taken.contains($0) }.map { beads[$0] }
            return realigned(kept, looseSource: loose.source, looseTarget: loose.target)
        }
    }

    /// `new` among `beads`: the unlocked beads it overlaps, or crosses in reading order (unless
    /// one of the two is a moved pair), are taken apart and their other sentences re-aligned.
    func placed(_ new: Bead, among beads: [Bead]) throws(AlignmentEditError) -> [Bead] {
        var kept: [Bead] = []
        var loose = (source: Set<Int>(), target: Set<Int>())
        for (k, bead) in beads.enumerated() {
            let overlap = bead.source.overlaps(new.source) || bead.target.overlaps(new.target)
            let crosses = !bead.moved && !new.moved && !Self.before(bead, new) && !Self.before(new, bead)
            guard overlap || crosses else {
                kept.append(bead)
                continue
            }
            if bead.locked {
                if let s = bead.source.first(where: new.source.contains) { throw .sentenceInLockedBead(.source, s, bead: k) }
                if let t = bead.target.first(where: new.target.contains) { throw .sentenceInLockedBead(.target, t, bead: k) }
                throw .crossesLockedBead(k)
            }
            loose.source.formUnion(bead.source)
            loose.target.formUnion(bead.target)
        }
        loose.source.subtract(new.source)
        loose.target.subtract(new.target)
        return realigned(kept + [new], looseSource: loose.source, looseTarget: loose.target)
    }

    /// `kept` with the loose sentences aligned: each stretch between two beads that are not moved
    /// pairs is aligned on its own; a stretch with one side empty gives unpaired beads.
    func realigned(_ kept: [Bead], looseSource: Set<Int>, looseTarget: Set<Int>) -> [Bead] {
        var result = kept
        if !looseSource.isEmpty || !looseTarget.isEmpty {
            let counts = (source: alignment.source.sentences.count, target: alignment.target.sentences.count)
            let fences = kept.filter { !$0.moved }.sorted(by: Self.readingOrder)
                + [Bead(source: counts.source..<counts.source, target: counts.target..<counts.target, confidence: 1)]
            var stretches: [(source: [Int], target: [Int], at: (source: Int, target: Int))] = []
            var start = (source: 0, target: 0)
            var placed = (source: Set<Int>(), target: Set<Int>())
            for fence in fences {
                let source = (start.source..<max(start.source, fence.source.lowerBound)).filter(looseSource.contains)
                let target = (start.target..<max(start.target, fence.target.lowerBound)).filter(looseTarget.contains)
                if !source.isEmpty || !target.isEmpty { stretches.append((source, target, start)) }
                placed.source.formUnion(source)
                placed.target.formUnion(target)
                start = (max(start.source, fence.source.upperBound), max(start.target, fence.target.upperBound))
            }
            // Beads that do not stand in one reading order (a hand-edited file) can leave a
            // sentence outside every stretch: it stays unpaired where it is.
            for s in looseSource.subtracting(placed.source).sorted() { stretches.append(([s], [], (s, 0))) }
            for t in looseTarget.subtracting(placed.target).sorted() { stretches.append(([], [t], (0, t))) }

            let both = stretches.filter { !$0.source.isEmpty && !$0.target.isEmpty }
            let aligned = aligner.alignBatch(both.map { (alignment.source.subset($0.source), alignment.target.subset($0.target)) })
            for (stretch, piece) in zip(both, aligned) {
                for bead in piece.beads {
                    result += Self.mapped(bead, source: stretch.source, target: stretch.target, at: stretch.at)
                }
            }
            for stretch in stretches where stretch.source.isEmpty || stretch.target.isEmpty {
                for s in stretch.source { result.append(unpaired(source: s..<(s + 1), target: stretch.at.target..<stretch.at.target)) }
                for t in stretch.target { result.append(unpaired(source: stretch.at.source..<stretch.at.source, target: t..<(t + 1))) }
            }
        }
        return result.sorted(by: Self.readingOrder)
    }

    /// A bead of a stretch aligned on its own, in the whole documents' sentence numbers. A side
    /// that a moved pair's sentence interrupts is cut there: the first run keeps the pairing, the
    /// others stay unpaired.
    static func mapped(_ bead: Bead, source: [Int], target: [Int], at: (source: Int, target: Int)) -> [Bead] {
        func position(_ p: Int, in indices: [Int], start: Int) -> Int {
            p < indices.count ? indices[p] : (indices.last.map { $0 + 1 } ?? start)
        }
        func runs(_ range: Range<Int>, in indices: [Int], start: Int) -> [Range<Int>] {
            guard !range.isEmpty else {
                let p = position(range.lowerBound, in: indices, start: start)
                return [p..<p]
            }
            var result: [Range<Int>] = []
            for p in range {
                let i = indices[p]
                if let last = result.last, last.upperBound == i { result[result.count - 1] = last.lowerBound..<(i + 1) } else { result.append(i..<(i + 1)) }
            }
            return result
        }
        let sourceRuns = runs(bead.source, in: source, start: at.source), targetRuns = runs(bead.target, in: target, start: at.target)
        var first = bead
        first.source = sourceRuns[0]
        first.target = targetRuns[0]
        var result = [first]
        for run in sourceRuns.dropFirst() {
            result.append(Bead(source: run, target: targetRuns[0].upperBound..<targetRuns[0].upperBound, confidence: bead.confidence, role: bead.role))
        }
        for run in targetRuns.dropFirst() {
            result.append(Bead(source: sourceRuns[0].upperBound..<sourceRuns[0].upperBound, target: run, confidence: bead.confidence, role: bead.role))
        }
        return result
    }

    /// A bead a person made: locked, certain, boilerplate only when every sentence in it is
    /// boilerplate of one kind.
    func made(source: Range<Int>, target: Range<Int>) -> Bead {
        let roles = Set(source.map { alignment.source.sentences[$0].role } + target.map { alignment.target.sentences[$0].role })
        let role = roles.count == 1 && !roles.first!.isContent ? roles.first! : .content
        return Bead(source: source, target: target, confidence: 1, role: role, locked: true)
    }

    /// An unpaired sentence the re-alignment leaves (not locked: the aligner put it there).
    func unpaired(source: Range<Int>, target: Range<Int>) -> Bead {
        let role = source.first.map { alignment.source.sentences[$0].role } ?? target.first.map { alignment.target.sentences[$0].role } ?? .content
        return Bead(source: source, target: target, confidence: 1, role: role.isContent ? .content : role)
    }

    /// Two ranges that follow each other (either may be empty) as one; nil when they do not touch.
    static func joined(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int>? {
        if a.isEmpty { return b.isEmpty ? min(a.lowerBound, b.lowerBound)..<min(a.lowerBound, b.lowerBound) : b }
        if b.isEmpty { return a }
        return a.upperBound == b.lowerBound ? a.lowerBound..<b.upperBound : nil
    }

    /// Whether `a` stands wholly before `b` in both texts.
    static func before(_ a: Bead, _ b: Bead) -> Bool {
        a.source.upperBound <= b.source.lowerBound && a.target.upperBound <= b.target.lowerBound
    }

    /// Beads in reading order: by where they start in the source, then in the target.
    static func readingOrder(_ a: Bead, _ b: Bead) -> Bool {
        (a.source.lowerBound, a.target.lowerBound, a.source.upperBound, a.target.upperBound)
            < (b.source.lowerBound, b.target.lowerBound, b.source.upperBound, b.target.upperBound)
    }
}
