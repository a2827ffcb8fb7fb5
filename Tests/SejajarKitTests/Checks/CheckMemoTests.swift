import Foundation
import Testing
@testable import SejajarKit

struct CheckMemoTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// After every edit, the findings that reuse the memo are exactly the findings of a check
    /// from scratch: terms (missing, deprecated, inconsistent), doublets, numbers, omissions.
    @Test func findingsThatReuseTheMemoAreTheFindingsOfAFreshCheck() throws {
        let glossary = try TBXReader().read(path: Self.root.appendingPathComponent("Glossary/political-administrative.tbx").path)
        let reader = TestReader(format: .text)
        let source = try reader.read(path: External.fixture("seed-000.es.txt"), language: "es")
        let target = try reader.read(path: External.fixture("seed-004.id.txt"), language: "id")
        // The seed pair is two articles; pair their content one to one as a person who decided
        // they match would, so that terms are judged.
        var editor = AlignmentEditor(alignment: Aligner().align(source, target), aligner: Aligner())
        let matchers = TermMatchers(glossary: glossary, source: "es", target: "id")
        let checker = Checker(glossary: glossary)
        var memo: CheckMemo? = CheckMemo()
        var fresh = checker.findings(editor.alignment, matchers: matchers)
        #expect(checker.findings(editor.alignment, matchers: matchers, memo: &memo) == fresh)
        var random = SeededGenerator(seed: 5)
        var reused = 0, termFindings = 0
        for step in 0..<40 {
            let n = editor.alignment.source.sentences.count, m = editor.alignment.target.sentences.count
            let s = Int(random.next() % UInt64(n)), t = Int(random.next() % UInt64(m))
            let edit: AlignmentEdit = step < 8 ? .pair(source: s..<(s + 1), target: t..<(t + 1))
                : [.merge(bead: s % editor.alignment.beads.count), .unpair(side: .target, sentence: t), .lock(bead: t % editor.alignment.beads.count),
                   .pair(source: s..<(s + 1), target: t..<(t + 1))][step % 4]
            guard (try? editor.apply(edit)) != nil else { continue }
            let kept = memo?.entries.count ?? 0
            let withMemo = checker.findings(editor.alignment, matchers: matchers, memo: &memo)
            fresh = checker.findings(editor.alignment, matchers: matchers)
            #expect(withMemo == fresh, "after \(edit)")
            reused += kept
            termFindings += fresh.filter { $0.code.rawValue.hasPrefix("term.") }.count
        }
        #expect(reused > 0 && termFindings > 0)
    }
}
