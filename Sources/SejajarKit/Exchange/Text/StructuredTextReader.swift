import Foundation

/// A reader of a structured file (HTML, DOCX, ODT, PDF): it finds the file's paragraphs as
/// `TextBlock`s with roles and positions, and this protocol does the rest the same way for all —
/// the file read under the input limit, the blocks segmented into sentences (`DocumentSegmenter`),
/// and a file without a word of text an error.
public protocol StructuredTextReader: Sendable {
    /// Bounds on the file's size and structure.
    var limits: Limits { get }
    /// What to say when the file holds no text ("the page holds no text").
    static var emptyMessage: String { get }
    /// The paragraphs of the file whose bytes are `data` (`path` names it in errors).
    func blocks(of data: Data, path: String) throws(SejajarError) -> [TextBlock]
}

extension StructuredTextReader {
    /// The document in the file at `path`, in `language`.
    public func read(path: String, language: Language) throws(SejajarError) -> Document {
        try read(data: try FileInput.data(path: path, limit: limits.inputBytes), path: path, language: language)
    }

    /// The document in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String, language: Language) throws(SejajarError) -> Document {
        let document = DocumentSegmenter(maximumPieceCharacters: limits.paragraphCharacters)
            .document(from: try blocks(of: data, path: path), path: path, language: language)
        guard !document.sentences.isEmpty else { throw .io(path: path, message: Self.emptyMessage) }
        return document
    }
}
