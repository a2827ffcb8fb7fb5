import Foundation
import FuzzSupport
import SejajarKit

// Bytes → ZIP container → DOCX and ODT documents (ZIPFoundation, the ZIP-bomb limits, libxml2
// on each part, the paragraph walk, the segmenter). The seed corpus holds real files: mutations
// keep the archive readable often enough to reach the XML.
fuzz { bytes in
    var limits = Limits()
    limits.zipBytes = 8 << 20
    let data = Data(bytes)
    _ = try? DocumentReader(language: "es", fileFormat: .docx, limits: limits).read(data: data, path: "fuzz.docx")
    _ = try? DocumentReader(language: "es", fileFormat: .odt, limits: limits).read(data: data, path: "fuzz.odt")
}
