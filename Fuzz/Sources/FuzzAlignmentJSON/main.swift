import Foundation
import FuzzSupport
import SejajarKit

// A saved alignment read, checked, exported, written back and re-read.
fuzz { bytes in
    guard let alignment = try? AlignmentJSONReader().read(data: Data(bytes), path: "fuzz.json") else { return }
    _ = Checker(glossary: nil).check([alignment])
    _ = AlignmentCheck().findings(alignment)
    _ = MosesWriter().write(alignment)
    _ = LadderWriter().write(alignment)
    _ = TSVAlignmentWriter().write(alignment)
    _ = Aligner.crossingLockedBeads(alignment)
    if let json = try? AlignmentJSONWriter().write(alignment) {
        _ = try? AlignmentJSONReader().read(data: Data(json.utf8), path: "again.json")
    }
}
