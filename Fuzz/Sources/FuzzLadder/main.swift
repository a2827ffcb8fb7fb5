import FuzzSupport
import SejajarKit

// A ladder read and scored against itself.
fuzz { bytes in
    guard let text = try? TextDecoder.decode(Array(bytes), path: "fuzz.ladder"),
          let beads = try? LadderReader().read(text: text, path: "fuzz.ladder") else { return }
    _ = AlignmentScore(files: [(beads, beads)])
}
