import Foundation
@testable import SejajarKit

/// The article of `Fixtures/documents` (NTREX doc010 laid out as a news page and as a word
/// processor file, converted by LibreOffice; `make.py` there makes them).
enum DocumentFixtures {
    static func path(_ name: String) -> String {
        let folder = (name as NSString).deletingLastPathComponent
        return Bundle.module.path(forResource: (name as NSString).lastPathComponent, ofType: nil,
                                  inDirectory: folder.isEmpty ? "Fixtures/documents" : "Fixtures/documents/" + folder)!
    }

    /// Line `k` (1-based) of the NTREX document in `language`.
    static func line(_ k: Int, _ language: String) -> String {
        let text = try! String(contentsOfFile: Bundle.module.path(forResource: "ntrex-doc010", ofType: language, inDirectory: "Fixtures")!,
                               encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[k - 1]
    }

    static func read(_ name: String, language: Language = "es") throws -> Document {
        try TestReader().read(path: path(name), language: language)
    }

    /// The sentences of `document` with `role`.
    static func sentences(_ document: Document, _ role: Role) -> [String] {
        document.sentences.filter { $0.role == role }.map(\.text)
    }
}
