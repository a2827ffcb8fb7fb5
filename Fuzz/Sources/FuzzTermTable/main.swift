import Foundation
import FuzzSupport
import SejajarKit

// A term table read as CSV and as TSV, and written back.
fuzz { bytes in
    for separator: Character in [",", "\t"] {
        if let glossary = try? GlossaryTableReader(separator: separator).read(data: Data(bytes), path: "fuzz.csv") {
            _ = GlossaryTableWriter(separator: separator).write(glossary)
        }
    }
}
