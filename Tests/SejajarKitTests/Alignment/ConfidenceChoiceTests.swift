import Foundation
import Testing
@testable import SejajarKit

/// The judge weighs the search's path against another stretch by stretch (`Aligner.stretches`,
/// `Aligner.judgedChoosing`); without vectors, each short stretch holding an omission or addition
/// against the same sentences paired one to one (`Aligner.straightened`).
struct ConfidenceChoiceTests {
    /// Beads laid end to end from their shapes (source count, target count).
    static func spans(_ shapes: [[Int]]) -> [BeadSpan] {
        var (i, j) = (0, 0)
        return shapes.map { shape in
            defer { (i, j) = (i + shape[0], j + shape[1]) }
            return BeadSpan(source: i..<(i + shape[0]), target: j..<(j + shape[1]))
        }
    }

    @Test("a stretch that skips a sentence and covers as many on both sides becomes one-to-one", arguments: [
        // An addition before a merge that swallowed its partner: two pairs.
        ([[1, 1], [0, 1], [2, 1], [1, 1]], [[1, 1], [1, 1], [1, 1], [1, 1]]),
        // An omission after a merge.
        ([[1, 2], [1, 0]], [[1, 1], [1, 1]]),
        // An addition, a pair, an omission: the pair shifted by one.
        ([[0, 1], [1, 1], [1, 0]], [[1, 1], [1, 1]]),
        // An omission and an addition side by side: one pair.
        ([[1, 0], [0, 1], [1, 1]], [[1, 1], [1, 1]]),
        // Merges alone are left to the search (a 1-2 then a 2-1 is as often right as not).
        ([[1, 2], [2, 1]], [[1, 2], [2, 1]]),
        // An omission alone never balances.
        ([[1, 1], [1, 0], [1, 1]], [[1, 1], [1, 0], [1, 1]]),
        // Longer than the limit (three a side): kept.
        ([[0, 1], [0, 1], [0, 1], [4, 1]], [[0, 1], [0, 1], [0, 1], [4, 1]]),
        // A pair first is left alone; the stretch starts at the first bead that is not a pair.
        ([[1, 1], [1, 1], [2, 1], [0, 1]], [[1, 1], [1, 1], [1, 1], [1, 1]]),
        ([[0, 1]], [[0, 1]]),
        ([], []),
    ])
    func straightened(_ path: [[Int]], _ expected: [[Int]]) {
        #expect(Aligner.straightened(Self.spans(path), limit: 3) == Self.spans(expected))
    }

    @Test("two paths are cut wherever both pass through the same node", arguments: [
        ([[1, 1], [1, 1], [1, 1]], [[2, 2], [1, 1]], [2, 1]),
        ([[1, 1], [1, 0], [0, 1]], [[1, 1], [1, 1]], [1, 2]),
        ([[1, 1]], [[1, 1]], [1]),
    ])
    func stretches(_ first: [[Int]], _ second: [[Int]], _ firstCounts: [Int]) {
        let cut = Aligner.stretches(Self.spans(first), Self.spans(second))
        #expect(cut.map(\.0.count) == firstCounts)
        #expect(cut.reduce(0) { $0 + $1.1.count } == second.count)
    }

    @Test func theLimitCountsSentencesASide() {
        let path = Self.spans([[0, 1], [0, 1], [3, 1]])
        #expect(Aligner.straightened(path, limit: 3) == Self.spans([[1, 1], [1, 1], [1, 1]]))
        #expect(Aligner.straightened(path, limit: 2) == path)
    }
}

extension ConfidenceChoiceTests {
    /// The eight held-out NTREX documents (`DifferencesTests.held`), searched as a batch
    /// searches them (`Aligner.searched`): each problem with its path, tables and folds.
    static func searched(_ aligner: Aligner) throws -> [(AlignmentProblem, [BeadSpan], [TranslationTable], [UInt8]?)] {
        let pairs = try DifferencesTests.held.map { name in
            (DifferencesTests.document(try DifferencesTests.lines("doc\(name).es"), "doc\(name).es", "es"),
             DifferencesTests.document(try DifferencesTests.lines("doc\(name).id"), "doc\(name).id", "id"))
        }
        let (problems, paths, tables, plan) = aligner.searched(pairs)
        return problems.indices.map { q in (problems[q], paths[q], tables![q], plan.sourceFolds(of: q, problem: problems[q])) }
    }

    /// A search that traded two right pairs for a skip and a merge (`[]:[j]`, `[i, i+1]:[j+1]`
    /// where the pairs were `[i]:[j]`, `[i+1]:[j+1]`) gets them back: the judge is surer of the
    /// pairs. Without the choice the first pair stays lost (the judge may still take the orphan
    /// out of the merge), so the test sees the difference.
    @Test func twoPairsHiddenBehindASkipAndAMergeComeBack() throws {
        var restored = 0, kept = 0, spoiled = 0
        for straight in [true, false] {
            var parameters = AlignerParameters()
            parameters.straightChoice = straight
            let aligner = Aligner(parameters: parameters)
            for (problem, path, tables, fold) in try Self.searched(aligner) {
                // The middle two of the path's runs of three one-to-one beads on the diagonal.
                guard let k = (1..<(path.count - 2)).first(where: { k in
                    (k - 1...k + 2).allSatisfy { path[$0].source.count == 1 && path[$0].target.count == 1 }
                        && path[k + 1].source.lowerBound == path[k].source.upperBound && path[k + 1].target.lowerBound == path[k].target.upperBound
                }) else { continue }
                let (i, j) = (path[k].source.lowerBound, path[k].target.lowerBound)
                var bad = path
                bad.replaceSubrange(k...(k + 1), with: [BeadSpan(source: i..<i, target: j..<(j + 1)),
                                                        BeadSpan(source: i..<(i + 2), target: (j + 1)..<(j + 2))])
                let beads = aligner.judgedChoosing(problem, path: bad, tables: tables, fold: fold).beads
                func has(_ s: [Int], _ t: [Int]) -> Bool {
                    beads.contains { Array($0.source) == s.map { problem.sourceContent[$0] } && Array($0.target) == t.map { problem.targetContent[$0] } }
                }
                if straight {
                    spoiled += 1
                    if has([i], [j]) && has([i + 1], [j + 1]) { restored += 1 }
                } else if !has([i], [j]) {
                    kept += 1
                }
            }
        }
        #expect(spoiled == DifferencesTests.held.count)
        #expect(restored == spoiled, "\(restored) of \(spoiled) restored")
        #expect(kept == spoiled, "without the choice \(kept) of \(spoiled) stay lost")
    }

    @Test func theChoiceIsAParameter() throws {
        let parameters = try AlignerParametersReader().read(data: Data(#"{"straightChoice": false, "straightLimit": 2, "straightBias": -0.1}"#.utf8),
                                                            path: "p.json")
        #expect(parameters.straightChoice == false && parameters.straightLimit == 2 && parameters.straightBias == -0.1)
        #expect(AlignerParameters().straightChoice && AlignerParameters().straightLimit == 3 && AlignerParameters().straightBias == 0)
    }
}
