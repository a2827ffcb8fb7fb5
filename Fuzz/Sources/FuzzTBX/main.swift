import Foundation
import FuzzSupport
import SejajarKit

// A term base read, linted, and its terms matched in a sentence of each language.
fuzz { bytes in
    guard let glossary = try? TBXReader().read(data: Data(bytes), path: "fuzz.tbx") else { return }
    _ = GlossaryLint().lint(glossary, path: "fuzz.tbx")
    for language in glossary.languages.prefix(4) {
        _ = TermMatcher(glossary: glossary, language: Language(language)).matches(in: "El Comité del Partido y los comités populares.")
    }
    _ = try? TBXWriter(dialect: .martif2008).write(glossary)
}
