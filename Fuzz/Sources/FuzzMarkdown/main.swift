import Foundation
import FuzzSupport
import SejajarKit

// Bytes → decoding → cmark-gfm (tables, footnotes, strikethrough, autolinks) → the block and
// inline walk (nesting limit, inline codes, positions) → the segmenter. Seeds: the article as
// Markdown (Tests/SejajarKitTests/Fixtures/documents) and the hostile corpus's .md files.
fuzz { bytes in
    guard let document = try? DocumentReader(language: "es", fileFormat: .markdown).read(data: Data(bytes), path: "fuzz.md") else { return }
    for sentence in document.sentences {
        _ = sentence.position(at: sentence.text.count)
    }
}
