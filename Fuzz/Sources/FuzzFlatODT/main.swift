import Foundation
import FuzzSupport
import SejajarKit

// Bytes → libxml2 (no external entity, depth and node limits) → the ODT walk over a whole flat
// ODT (root check, styles, master pages, body, notes) → the segmenter. Seeds: the article as
// .fodt (Tests/SejajarKitTests/Fixtures/documents, pdf-producers) and the hostile .fodt files.
fuzz { bytes in
    _ = try? DocumentReader(language: "es", fileFormat: .fodt).read(data: Data(bytes), path: "fuzz.fodt")
}
