import FuzzSupport
import SejajarKit

// A term table read as CSV and as TSV, and written back.
fuzz { bytes in
    guard let text = try? TextDecoder.decode(Array(bytes), path: "fuzz.csv") else { return }
    for separator: Character in [",", "\t"] {
        if let glossary = try? GlossaryTableReader(separator: separator).read(text: text, path: "fuzz.csv") {
            _ = GlossaryTableWriter(separator: separator).write(glossary)
        }
    }
}
