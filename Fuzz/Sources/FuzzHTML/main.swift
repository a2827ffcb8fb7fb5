import Foundation
import FuzzSupport
import SejajarKit

// Bytes → HTML page → document (libxml2's HTML parser, the walk, the segmenter), every sentence's
// positions.
fuzz { bytes in
    guard let document = try? DocumentReader(language: "es", fileFormat: .html).read(data: Data(bytes), path: "fuzz.html") else { return }
    for sentence in document.sentences {
        _ = sentence.position(at: sentence.text.count)
    }
}
