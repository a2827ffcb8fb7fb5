/// Reads a plain-text file into a `Document`: decoded (`TextDecoder`), then segmented
/// (`DocumentSegmenter`) as running text or one sentence per line.
public struct PlainTextReader: Sendable {
    /// How the text is laid out.
    public var format: InputFormat

    /// Creates a reader.
    public init(format: InputFormat = .text) {
        self.format = format
    }

    /// The document in the file at `path`, in `language`.
    public func read(path: String, language: Language) throws(SejajarError) -> Document {
        DocumentSegmenter(format: format).document(from: try TextDecoder.read(path: path), path: path, language: language)
    }
}
