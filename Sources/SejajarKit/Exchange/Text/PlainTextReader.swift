import Foundation

/// Reads a plain-text file into a `Document`: decoded (`TextDecoder`), then segmented
/// (`DocumentSegmenter`) as running text or one sentence per line.
public struct PlainTextReader: Sendable {
    /// How the text is laid out.
    public var format: InputFormat
    /// Bounds on the file's size and its paragraphs' length.
    public var limits: Limits

    /// Creates a reader.
    public init(format: InputFormat = .text, limits: Limits = Limits()) {
        self.format = format
        self.limits = limits
    }

    /// The document in the file at `path`, in `language`; a file without a word of text (empty,
    /// or only white space) is an error.
    public func read(path: String, language: Language) throws(SejajarError) -> Document {
        try read(data: try FileInput.data(path: path, limit: limits.inputBytes), path: path, language: language)
    }

    /// The document in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String, language: Language) throws(SejajarError) -> Document {
        let document = DocumentSegmenter(format: format, maximumPieceCharacters: limits.paragraphCharacters)
            .document(from: try TextDecoder.decode([UInt8](data), path: path), path: path, language: language)
        guard !document.sentences.isEmpty else { throw .io(path: path, message: "the file holds no text") }
        return document
    }
}
