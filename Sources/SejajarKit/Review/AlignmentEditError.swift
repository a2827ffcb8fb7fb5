/// Why an edit cannot be applied: the alignment stays as it was. Each case carries the bad input,
/// and `message` says it the way the editor shows it.
public enum AlignmentEditError: Error, Sendable, Hashable, CustomStringConvertible {
    /// There is no bead `bead` (the alignment has `count`).
    case noSuchBead(Int, count: Int)
    /// Bead `bead` is the last one: there is none after it to merge with.
    case noBeadAfter(Int)
    /// There is no sentence `sentence` on `side` (it has `count`).
    case noSuchSentence(AlignmentEdit.Side, Int, count: Int)
    /// Beads `first` and `second` do not stand next to each other in both texts.
    case notAdjacent(Int, Int)
    /// The cut does not fall inside the bead, or leaves a part with no sentence.
    case badSplit(bead: Int, source: Int, target: Int)
    /// A pair of two empty runs.
    case emptyPair
    /// The edit would put `sentence` of `side` in a second bead, locked bead `bead` holding it.
    case sentenceInLockedBead(AlignmentEdit.Side, Int, bead: Int)
    /// The edit would cross locked bead `bead` (one side before it, the other after).
    case crossesLockedBead(Int)
    /// Only a sentence at either end of a locked bead can be taken out of it.
    case insideLockedBead(AlignmentEdit.Side, Int, bead: Int)
    /// Undo with no edit to undo, or redo with none undone.
    case nothingToUndo, nothingToRedo

    /// One sentence for the person who made the edit.
    public var message: String {
        switch self {
        case .noSuchBead(let bead, let count): "there is no bead \(bead) (the alignment has \(count))"
        case .noBeadAfter(let bead): "bead \(bead) is the last one: there is no bead after it to merge with"
        case .noSuchSentence(let side, let sentence, let count): "there is no \(side.rawValue) sentence \(sentence) (the \(side.rawValue) has \(count))"
        case .notAdjacent(let first, let second): "beads \(first) and \(second) do not stand next to each other in both texts"
        case .badSplit(let bead, let source, let target):
            "bead \(bead) cannot be cut before source sentence \(source) and target sentence \(target): the cut must fall inside it and leave text on each part"
        case .emptyPair: "a pair needs at least one sentence"
        case .sentenceInLockedBead(let side, let sentence, let bead):
            "\(side.rawValue) sentence \(sentence) is in locked bead \(bead): unlock that bead first"
        case .crossesLockedBead(let bead): "the edit would cross locked bead \(bead): unlock that bead first"
        case .insideLockedBead(let side, let sentence, let bead):
            "\(side.rawValue) sentence \(sentence) stands inside locked bead \(bead): split or unlock that bead first"
        case .nothingToUndo: "there is nothing to undo"
        case .nothingToRedo: "there is nothing to redo"
        }
    }

    /// The message.
    public var description: String { message }
}
