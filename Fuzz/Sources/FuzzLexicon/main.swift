import Foundation
import FuzzSupport
import SejajarKit

// A saved lexicon read and written back.
fuzz { bytes in
    guard let lexicon = try? LexiconReader().read(data: Data(bytes), path: "fuzz.lexicon") else { return }
    _ = lexicon.anchorPairs
    _ = LexiconWriter().write(lexicon)
}
