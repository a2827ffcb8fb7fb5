import Foundation
import FuzzSupport
import SejajarKit

// Bytes → XLIFF (1.2 or 2.x) → an alignment and a document; the alignment through the checks
// that need no glossary and back out through both XLIFF writers.
fuzz { bytes in
    let data = Data(bytes)
    _ = try? DocumentReader(language: "es", fileFormat: .xliff).read(data: data, path: "fuzz.xlf")
    guard let file = try? XLIFFReader(limits: Limits()).read(data: data, path: "fuzz.xlf"), let alignment = try? file.alignment() else { return }
    let findings = AlignmentCheck().findings(alignment)
    for version in XLIFFWriter.Version.allCases {
        _ = try? XLIFFWriter(version: version).write(CheckedAlignment(alignment, findings: findings))
    }
}
