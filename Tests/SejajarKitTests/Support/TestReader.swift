import Foundation
@testable import SejajarKit

/// Reads test documents in any language with one layout, as the tests read many languages with
/// one reader (`DocumentReader` itself is for one language).
struct TestReader {
    var format: InputFormat = .text
    var fileFormat: FileFormat?

    init(format: InputFormat = .text, fileFormat: FileFormat? = nil) {
        self.format = format
        self.fileFormat = fileFormat
    }

    func read(path: String, language: Language) throws -> Document {
        try DocumentReader(language: language, layout: format, fileFormat: fileFormat).read(path: path)
    }
}
