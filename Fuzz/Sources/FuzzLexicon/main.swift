import Foundation
import FuzzSupport
import SejajarKit

// A saved lexicon decoded, read and written back.
fuzz { bytes in
    guard let text = try? TextDecoder.decode(Array(bytes), path: "fuzz.lexicon"),
          let lexicon = try? LexiconReader().read(text: text, path: "fuzz.lexicon") else { return }
    _ = lexicon.anchorPairs
    _ = LexiconWriter().write(lexicon)
}
