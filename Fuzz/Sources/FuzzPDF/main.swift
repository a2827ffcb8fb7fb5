import Foundation
import FuzzSupport
import SejajarKit

// Bytes → PDF (poppler) → reading order, furniture, notes, de-hyphenation → document. The seed
// corpus holds PDFs of several producers: mutations keep the cross-reference table readable
// often enough to reach the text.
fuzz { bytes in
    guard let document = try? DocumentReader(language: "es", fileFormat: .pdf).read(data: Data(bytes), path: "fuzz.pdf") else { return }
    for sentence in document.sentences {
        _ = sentence.position(at: sentence.text.count)
    }
}
