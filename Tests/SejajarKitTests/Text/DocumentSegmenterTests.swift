import Foundation
import Testing
@testable import SejajarKit

struct DocumentSegmenterTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: nil, inDirectory: "Fixtures")!
    }

    @Test func marksTheSeedsBoilerplateAndKeepsCaptionsAsContent() throws {
        let id = try TestReader().read(path: Self.fixture("seed-004.id.txt"), language: "id")
        let roles = id.paragraphs.map(\.role)
        #expect(roles == [.content, .content, .content, .byline, .placeholder, .sourceLine, .commentCounter])
        let es = try TestReader().read(path: Self.fixture("seed-000.es.txt"), language: "es")
        #expect(es.paragraphs.map(\.role) == [.content, .content, .content, .byline, .sourceLine, .commentCounter])
        #expect(es.sentences.first { $0.text == "Delegados asistentes a la conferencia." }?.role == .content)
    }

    @Test func eachLineIsAParagraphWhenLinesAreLongOrEndSentences() {
        let document = DocumentSegmenter().document(from: "Una frase larga.\nOtra frase.\n\nTercera.", path: "x", language: "es")
        #expect(document.paragraphs.count == 3)
    }

    @Test func hardWrappedBlocksAreJoined() {
        let text = "El comité del Partido se reunió\ncon las autoridades de la\nprovincia. Luego salió.\n\nOtro párrafo."
        let document = DocumentSegmenter().document(from: text, path: "x", language: "es")
        #expect(document.paragraphs.count == 2)
        #expect(document.sentences.map(\.text) == ["El comité del Partido se reunió con las autoridades de la provincia.", "Luego salió.", "Otro párrafo."])
        #expect(document.sentences[1].line == 3)
        #expect(document.sentences[1].column == 12)
    }

    @Test func linesInputIsNeverResegmented() {
        let document = DocumentSegmenter(format: .lines).document(from: "Uno. Dos.\nTres\n\nCuatro", path: "x", language: "es")
        #expect(document.sentences.map(\.text) == ["Uno. Dos.", "Tres", "Cuatro"])
        #expect(document.paragraphs.map(\.sentences) == [0..<2, 2..<3])
    }

    @Test(arguments: [
        ("Fuente: https://example.com/a.htm", Role.sourceLine), ("Sumber: www.example.com", .sourceLine),
        ("Komentar (0)", .commentCounter), ("Kommentar (0)", .commentCounter), ("Comentarios (12)", .commentCounter),
        ("[iklan_2]", .placeholder), ("Delegados asistentes a la conferencia.", .content), ("Nota: véase el anexo", .content),
    ])
    func recognisesBoilerplateShapes(_ text: String, _ role: Role) {
        #expect(BoilerplateClassifier.intrinsicRole(text) == role)
    }

    @Test func aParagraphLongerThanThePieceLimitIsCutAtWhiteSpaceAndLosesNoText() {
        let sentence = "La comisión aprobó el plan de trabajo para el año próximo sin votos en contra "
        let text = String(repeating: sentence, count: 2_000)  // 160 000 characters on one line, no full stop
        let document = DocumentSegmenter(maximumPieceCharacters: 10_000).document(from: text, path: "x", language: "es")
        #expect(document.paragraphs.count == 1)
        #expect(document.sentences.allSatisfy { $0.text.count <= 10_000 })
        #expect(document.sentences.count >= 16)
        // Joined with spaces the pieces give the text back: nothing lost, every cut on white space.
        #expect(document.sentences.map(\.text).joined(separator: " ") == text.trimmingCharacters(in: .whitespaces))
        #expect(document.sentences.dropFirst().first.map { $0.column > 1 } == true)
    }

    /// Whitespace collapsed scalar by scalar, as before runs were copied whole.
    static func collapsedScalarByScalar(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if String.isSpace(scalar) {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" "); pendingSpace = false }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    @Test func whitespaceCollapsesAsScalarByScalar() {
        let pieces = [" ", "  ", "\t", "\r\n", "\n", "a", "é", "e", "\u{301}", "\u{A0}", "\u{2003}", "\u{202F}", "日", "👍🏽", "\u{200B}", "x y"]
        var generator = SeededGenerator(seed: 33)
        for _ in 0..<3000 {
            let text = generator.text(of: pieces, count: Int.random(in: 0...20, using: &generator))
            let collapsed = text.collapsingWhitespace()
            #expect(Array(collapsed.unicodeScalars) == Array(Self.collapsedScalarByScalar(text).unicodeScalars), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
