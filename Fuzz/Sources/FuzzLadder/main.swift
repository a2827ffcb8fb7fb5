import Foundation
import FuzzSupport
import SejajarKit

// A ladder read and scored against itself.
fuzz { bytes in
    guard let beads = try? LadderReader().read(data: Data(bytes), path: "fuzz.ladder") else { return }
    _ = AlignmentScore(files: [(beads, beads)])
}
