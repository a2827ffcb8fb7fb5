import Foundation
import FuzzSupport
import SejajarKit

// Bytes → XLIFF (1.2 or 2.x) → an alignment and a document; the alignment through the checks
// that need no glossary and back out through both XLIFF writers.
fuzz { bytes in
    let data = Data(bytes)
    let reader = XLIFFReader(limits: Limits())
    _ = try? reader.document(data: data, path: "fuzz.xlf", language: "es")
    guard let alignment = try? reader.alignment(data: data, path: "fuzz.xlf") else { return }
    let findings = AlignmentCheck().findings(alignment)
    for version in XLIFFWriter.Version.allCases {
        _ = try? XLIFFWriter(version: version).write(alignment, findings: findings)
    }
}
