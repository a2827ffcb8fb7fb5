import FuzzSupport
import SejajarKit

// Bytes → text → document, as running text and as one sentence per line; every sentence through
// the word scanner both ways (aligner tokens and character-offset words).
fuzz { bytes in
    guard let text = try? TextDecoder.decode(Array(bytes), path: "fuzz.txt") else { return }
    for format in InputFormat.allCases {
        let document = DocumentSegmenter(format: format, maximumPieceCharacters: 512).document(from: text, path: "fuzz.txt", language: "es")
        for sentence in document.sentences {
            _ = Tokenizer.tokens(sentence.text)
            _ = Tokenizer.words(in: sentence.text, rules: .innerHyphens)
            _ = Tokenizer.marks(sentence.text, language: "el")
            _ = sentence.position(at: sentence.text.count)
        }
    }
}
