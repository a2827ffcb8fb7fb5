import Foundation
import FuzzSupport
import SejajarKit

// Bytes → lines of edit requests as the review editor's page sends them → the editor: whatever
// the request, an edit is applied whole or refused with the alignment unchanged, and every
// sentence stays in exactly one bead.
let sentences = (source: ["Uno dos tres.", "Cuatro cinco.", "Seis.", "Siete ocho nueve.", "Diez.", "Once doce."],
                 target: ["Satu dua tiga.", "Empat lima.", "Enam.", "Tujuh delapan sembilan.", "Sepuluh.", "Sebelas dua belas.", "Tiga belas."])
let start = Aligner(learnsLexicon: false).align(Document(path: "a.es", language: "es", paragraphs: [Array(sentences.source[..<3]), Array(sentences.source[3...])]),
                                                Document(path: "a.id", language: "id", paragraphs: [Array(sentences.target[..<3]), Array(sentences.target[3...])]))

fuzz { bytes in
    var editor = AlignmentEditor(alignment: start, aligner: Aligner(learnsLexicon: false))
    for line in bytes.split(separator: UInt8(ascii: "\n")).prefix(12) {
        let before = editor.alignment
        if line.elementsEqual("undo".utf8) { try? editor.undo(); continue }
        if line.elementsEqual("redo".utf8) { try? editor.redo(); continue }
        guard let edit = try? JSONDecoder().decode(AlignmentEdit.self, from: Data(line)) else { continue }
        do {
            try editor.apply(edit)
        } catch {
            precondition(editor.alignment == before, "a refused edit changed the alignment")
            continue
        }
        let beads = editor.alignment.beads
        precondition(beads.flatMap { Array($0.source) }.sorted() == Array(0..<sentences.source.count), "a source sentence is lost or twice")
        precondition(beads.flatMap { Array($0.target) }.sorted() == Array(0..<sentences.target.count), "a target sentence is lost or twice")
    }
}
