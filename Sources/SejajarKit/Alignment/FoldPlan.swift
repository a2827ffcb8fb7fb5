/// How first-pass beads are split into jackknife folds: by document when there are several,
/// by contiguous quarters of the source when there is one long document, not at all otherwise.
struct FoldPlan: Sendable {
    let folds: Int
    let byDocument: Bool
    /// Fewest content sentences for a lone document to be split into folds.
    static let minimumSingleDocumentSentences = 80

    /// The plan for a corpus of `pairs` document pairs; `loneSourceUnits` is the content
    /// sentences of the source when there is only one pair. It depends on nothing else, so every
    /// shard of a corpus computes the same plan (`CorpusModel`).
    init(pairs: Int, loneSourceUnits: Int) {
        if pairs >= 2 {
            folds = min(5, pairs)
            byDocument = true
        } else if pairs == 1, loneSourceUnits >= Self.minimumSingleDocumentSentences {
            folds = 4
            byDocument = false
        } else {
            folds = 1
            byDocument = false
        }
    }

    func fold(problem p: Int, sourcePosition: Int, problem: AlignmentProblem) -> Int {
        if byDocument { return p % folds }
        return min(folds - 1, sourcePosition * folds / max(1, problem.sourceUnits.count))
    }

    /// Lexicons a problem's tables are built from: its fold's (by document) or all folds (alone).
    func foldsUsed(by p: Int) -> [Int] {
        byDocument ? [p % folds] : Array(0..<folds)
    }

    /// Table index of each source unit: 0 when tables are per document, the unit's fold otherwise.
    func sourceFolds(of p: Int, problem: AlignmentProblem) -> [UInt8]? {
        if byDocument { return nil }
        return (0..<problem.sourceUnits.count).map { UInt8(fold(problem: p, sourcePosition: $0, problem: problem)) }
    }
}
