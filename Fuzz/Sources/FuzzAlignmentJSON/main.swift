import Foundation
import FuzzSupport
import SejajarKit

// A saved alignment read, checked, exported, written back and re-read: what was read is what is
// written, and what is written reads back to the same alignment (a trap otherwise).
fuzz { bytes in
    guard let saved = try? AlignmentJSONReader().read(data: Data(bytes), path: "fuzz.json") else { return }
    for alignment in saved.alignments {
        _ = Checker(glossary: nil).check([alignment])
        let findings = AlignmentCheck().findings(alignment)
        _ = MosesWriter().write(alignment)
        _ = LadderWriter().write(alignment)
        _ = TSVAlignmentWriter().write(alignment)
        _ = Aligner.crossingLockedBeads(alignment)
        // What is written is a fixed point: read back and written again, the same bytes.
        guard let json = try? AlignmentJSONWriter().write(CheckedAlignment(alignment, findings: findings)).text else {
            preconditionFailure("an alignment that was read cannot be written")
        }
        guard let again = try? AlignmentJSONReader().read(data: Data(json.utf8), path: "fuzz.json").twoTexts() else {
            preconditionFailure("what was written does not read back")
        }
        let rewritten = try? AlignmentJSONWriter().write(CheckedAlignment(again, findings: AlignmentCheck().findings(again))).text
        precondition(rewritten == json, "the round trip changed the alignment")
    }
}
