import Foundation
import Testing
@testable import SejajarKit

struct AlignmentEditorTests {
    /// A one-to-one NTREX document (18 sentences each side), aligned.
    static func editor() throws -> AlignmentEditor {
        AlignmentEditor(alignment: try ResumeTests.ntrex(), aligner: Aligner())
    }

    /// Every sentence of both sides sits in exactly one bead.
    static func coversEverySentenceOnce(_ alignment: Alignment) -> Bool {
        alignment.beads.flatMap { Array($0.source) }.sorted() == Array(0..<alignment.source.sentences.count)
            && alignment.beads.flatMap { Array($0.target) }.sorted() == Array(0..<alignment.target.sentences.count)
    }

    /// The beads that are not moved pairs stand in one reading order on both sides.
    static func inReadingOrder(_ alignment: Alignment) -> Bool {
        let ordered = alignment.beads.filter { !$0.moved }
        return zip(ordered, ordered.dropFirst()).allSatisfy { AlignmentEditor.before($0, $1) }
    }

    @Test func mergeJoinsTwoBeadsIntoOneLockedBeadAndLeavesTheRestAsItWas() throws {
        var editor = try Self.editor()
        let before = editor.alignment.beads
        #expect(before[3].shape == "1-1" && before[4].shape == "1-1")
        try editor.apply(.merge(bead: 3))
        let after = editor.alignment.beads
        #expect(after.count == before.count - 1)
        #expect(after[3] == Bead(source: before[3].source.lowerBound..<before[4].source.upperBound,
                                 target: before[3].target.lowerBound..<before[4].target.upperBound, confidence: 1, locked: true))
        #expect(Array(after[..<3]) == Array(before[..<3]))
        #expect(Array(after[4...]) == Array(before[5...]))
        #expect(editor.revision == 1 && editor.canUndo && !editor.canRedo)
    }

    @Test func splitCutsABeadInTwoLockedParts() throws {
        var editor = try Self.editor()
        try editor.apply(.merge(bead: 3))
        let merged = editor.alignment.beads[3]
        try editor.apply(.split(bead: 3, source: merged.source.lowerBound + 1, target: merged.target.lowerBound + 1))
        let parts = Array(editor.alignment.beads[3...4])
        #expect(parts.map(\.shape) == ["1-1", "1-1"])
        #expect(parts.allSatisfy { $0.locked && $0.confidence == 1 })
        #expect(Self.coversEverySentenceOnce(editor.alignment))
        // A cut that leaves the target side whole makes a pair and an omission.
        try editor.apply(.merge(bead: 3))
        try editor.apply(.split(bead: 3, source: merged.source.lowerBound + 1, target: merged.target.upperBound))
        #expect(editor.alignment.beads[3].shape == "1-2" && editor.alignment.beads[4].shape == "1-0")
    }

    @Test func pairingAcrossTheOrderTakesApartWhatItCrossesAndRealignsOnlyThat() throws {
        var editor = try Self.editor()
        let before = editor.alignment
        // Source 5 with target 7: the beads of sources 5-7 and targets 5-7 are in its way.
        try editor.apply(.pair(source: 5..<6, target: 7..<8))
        let after = editor.alignment
        #expect(after.beads.contains(Bead(source: 5..<6, target: 7..<8, confidence: 1, locked: true)))
        #expect(Self.coversEverySentenceOnce(after))
        #expect(Self.inReadingOrder(after))
        // Beads wholly before source 5 and target 5, or wholly after source 8 and target 8, are untouched.
        let far = before.beads.filter { ($0.source.upperBound <= 5 && $0.target.upperBound <= 5) || ($0.source.lowerBound >= 8 && $0.target.lowerBound >= 8) }
        #expect(far.count >= before.beads.count - 4)
        #expect(far.allSatisfy { after.beads.contains($0) })
        // Sources 6 and 7 can no longer pair with targets 5 and 6 (they stand before target 7):
        // the stretch between gives unpaired sentences.
        #expect(after.beads.contains { $0.source == 6..<7 && $0.target.isEmpty } || after.beads.contains { $0.source.contains(6) && $0.target.lowerBound >= 8 })
        #expect(after.beads.contains { $0.target.contains(5) && $0.source.isEmpty || $0.target.contains(5) && $0.source.upperBound <= 5 })
    }

    @Test func aMovedPairKeepsTheReadingOrderOfEverythingElse() throws {
        var editor = try Self.editor()
        let before = editor.alignment
        try editor.apply(.pair(source: 2..<3, target: 15..<16, moved: true))
        let after = editor.alignment
        #expect(after.beads.contains(Bead(source: 2..<3, target: 15..<16, confidence: 1, locked: true, moved: true)))
        #expect(Self.coversEverySentenceOnce(after))
        // Only the two beads it cut through were taken apart: their other sentences are unpaired.
        let untouched = before.beads.filter { !$0.source.contains(2) && !$0.target.contains(15) }
        #expect(untouched.allSatisfy { after.beads.contains($0) })
        #expect(after.beads.contains { $0.target == 2..<3 && $0.source.isEmpty })
        #expect(after.beads.contains { $0.source == 15..<16 && $0.target.isEmpty })
    }

    @Test func unpairMakesALockedOmissionAndRealignsTheRestOfItsBead() throws {
        var editor = try Self.editor()
        try editor.apply(.merge(bead: 6))
        try editor.apply(.unlock(bead: 6))
        let bead = editor.alignment.beads.first { $0.source.contains(7) }!
        try editor.apply(.unpair(side: .source, sentence: 7))
        let after = editor.alignment
        #expect(after.beads.contains { $0.source == 7..<8 && $0.target.isEmpty && $0.locked })
        #expect(Self.coversEverySentenceOnce(after) && Self.inReadingOrder(after))
        #expect(bead.target.allSatisfy { t in after.beads.contains { $0.target.contains(t) } })
        // In a locked bead only a sentence at either end can go; the rest stays locked.
        try editor.apply(.pair(source: 10..<13, target: 10..<13))
        let k = editor.alignment.beads.firstIndex { $0.source == 10..<13 }!
        #expect(throws: AlignmentEditError.insideLockedBead(.target, 11, bead: k)) { try editor.apply(.unpair(side: .target, sentence: 11)) }
        try editor.apply(.unpair(side: .target, sentence: 12))
        #expect(editor.alignment.beads.contains(Bead(source: 10..<13, target: 10..<12, confidence: 1, locked: true)))
        #expect(editor.alignment.beads.contains(Bead(source: 13..<13, target: 12..<13, confidence: 1, locked: true)))
    }

    @Test func lockAndUnlockTheCurrentBead() throws {
        var editor = try Self.editor()
        try editor.apply(.lock(bead: 2))
        #expect(editor.alignment.beads[2].locked && editor.alignment.beads[2].confidence == 1)
        try editor.apply(.unlock(bead: 2))
        #expect(editor.alignment.beads.allSatisfy { !$0.locked })
        #expect(Self.coversEverySentenceOnce(editor.alignment) && Self.inReadingOrder(editor.alignment))
        // Re-aligned from its stretch, the one-to-one document stays one to one there.
        #expect(editor.alignment.beads.filter { $0.source.lowerBound <= 3 }.allSatisfy { $0.shape == "1-1" })
    }

    static let invalid: [(AlignmentEdit, AlignmentEditError)] = [
        (.merge(bead: 99), .noSuchBead(99, count: 18)),
        (.merge(bead: 17), .noBeadAfter(17)),
        (.lock(bead: -1), .noSuchBead(-1, count: 18)),
        (.split(bead: 4, source: 4, target: 4), .badSplit(bead: 4, source: 4, target: 4)),
        (.split(bead: 4, source: 9, target: 5), .badSplit(bead: 4, source: 9, target: 5)),
        (.pair(source: 3..<3, target: 5..<5), .emptyPair),
        (.pair(source: 16..<20, target: 1..<2), .noSuchSentence(.source, 19, count: 18)),
        (.unpair(side: .target, sentence: 18), .noSuchSentence(.target, 18, count: 18)),
        // Bead 10 is locked in the setup below.
        (.pair(source: 10..<11, target: 12..<13), .sentenceInLockedBead(.source, 10, bead: 10)),
        (.pair(source: 8..<9, target: 12..<13), .crossesLockedBead(10)),
    ]

    @Test(arguments: invalid)
    func anInvalidEditIsRefusedAndChangesNothing(edit: AlignmentEdit, error: AlignmentEditError) throws {
        var editor = try Self.editor()
        #expect(editor.alignment.beads.count == 18)
        try editor.apply(.lock(bead: 10))
        let before = editor.alignment, revision = editor.revision
        #expect(throws: error) { try editor.apply(edit) }
        #expect(editor.alignment == before && editor.revision == revision)
    }

    @Test func mergingBeadsThatDoNotTouchIsRefused() throws {
        var editor = try Self.editor()
        try editor.apply(.pair(source: 2..<3, target: 15..<16, moved: true))
        let moved = editor.alignment.beads.firstIndex(where: \.moved)!
        #expect(throws: AlignmentEditError.notAdjacent(moved, moved + 1)) { try editor.apply(.merge(bead: moved)) }
    }

    @Test func undoAndRedoWalkBackAndForthThroughTheEdits() throws {
        var editor = try Self.editor()
        let original = editor.alignment
        try editor.apply(.merge(bead: 3))
        let first = editor.alignment
        try editor.apply(.pair(source: 5..<6, target: 7..<8))
        try editor.apply(.unpair(side: .target, sentence: 15))
        let third = editor.alignment
        try editor.undo()
        try editor.undo()
        #expect(editor.alignment == first)
        try editor.undo()
        #expect(editor.alignment == original && !editor.canUndo)
        #expect(throws: AlignmentEditError.nothingToUndo) { try editor.undo() }
        try editor.redo()
        try editor.redo()
        try editor.redo()
        #expect(editor.alignment == third && !editor.canRedo)
        #expect(editor.revision == 9)
        // A new edit after an undo drops what could have been redone.
        try editor.undo()
        try editor.apply(.lock(bead: 0))
        #expect(!editor.canRedo)
        #expect(throws: AlignmentEditError.nothingToRedo) { try editor.redo() }
    }

    @Test func randomEditsKeepEverySentenceInOneBeadAndLockedBeadsAsThePersonLeftThem() throws {
        var editor = try Self.editor()
        var random = SeededGenerator(seed: 17)
        let n = editor.alignment.source.sentences.count, m = editor.alignment.target.sentences.count
        var applied = 0
        for _ in 0..<150 {
            let beads = editor.alignment.beads
            let b = Int(random.next() % UInt64(beads.count))
            let s = Int(random.next() % UInt64(n)), t = Int(random.next() % UInt64(m))
            let edit: AlignmentEdit = switch random.next() % 7 {
            case 0: .merge(bead: b)
            case 1: .split(bead: b, source: beads[b].source.lowerBound + (beads[b].source.count > 1 ? 1 : 0), target: beads[b].target.lowerBound + (beads[b].target.count > 0 ? 1 : 0))
            case 2: .pair(source: s..<min(n, s + 1 + Int(random.next() % 2)), target: t..<min(m, t + 1))
            case 3: .pair(source: s..<(s + 1), target: t..<(t + 1), moved: true)
            case 4: .unpair(side: random.next() % 2 == 0 ? .source : .target, sentence: random.next() % 2 == 0 ? s : t)
            case 5: .lock(bead: b)
            default: .unlock(bead: b)
            }
            let locked = Set(beads.filter(\.locked))
            do {
                try editor.apply(edit)
                applied += 1
            } catch {
                #expect(editor.alignment.beads == beads, "a refused edit changed the alignment: \(edit)")
                continue
            }
            #expect(Self.coversEverySentenceOnce(editor.alignment), "after \(edit)")
            #expect(Self.inReadingOrder(editor.alignment), "after \(edit)")
            // A locked bead the edit did not name or take a sentence from is still there.
            let touched: (Bead) -> Bool = { bead in
                switch edit {
                case .merge(let k): return bead == beads[k] || (k + 1 < beads.count && bead == beads[k + 1])
                case .split(let k, _, _), .unlock(let k), .lock(let k): return bead == beads[k]
                case .unpair(let side, let i): return (side == .source ? bead.source : bead.target).contains(i)
                case .pair: return false
                }
            }
            for bead in locked where !touched(bead) {
                #expect(editor.alignment.beads.contains(bead), "\(edit) lost locked bead \(bead)")
            }
        }
        #expect(applied > 60)
    }

    @Test(arguments: [
        (#"{"op":"merge","bead":3}"#, AlignmentEdit.merge(bead: 3)),
        (#"{"op":"split","bead":3,"source":5,"target":6}"#, .split(bead: 3, source: 5, target: 6)),
        (#"{"op":"pair","source":[4,6],"target":[5,6]}"#, .pair(source: 4..<6, target: 5..<6)),
        (#"{"moved":true,"op":"pair","source":[4,5],"target":[9,10]}"#, .pair(source: 4..<5, target: 9..<10, moved: true)),
        (#"{"op":"unpair","sentence":4,"side":"target"}"#, .unpair(side: .target, sentence: 4)),
        (#"{"bead":2,"op":"lock"}"#, .lock(bead: 2)),
        (#"{"bead":2,"op":"unlock"}"#, .unlock(bead: 2)),
    ])
    func editsReadAndWriteTheirJSON(json: String, edit: AlignmentEdit) throws {
        #expect(try JSONDecoder().decode(AlignmentEdit.self, from: Data(json.utf8)) == edit)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try JSONDecoder().decode(AlignmentEdit.self, from: encoder.encode(edit)) == edit)
    }

    @Test(arguments: [#"{"op":"pair","source":[6,4],"target":[5,6]}"#, #"{"op":"fold","bead":1}"#, #"{"op":"merge"}"#, #"{"op":"merge","bead":"x"}"#])
    func malformedEditsAreNotRead(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AlignmentEdit.self, from: Data(json.utf8)) }
    }
}
