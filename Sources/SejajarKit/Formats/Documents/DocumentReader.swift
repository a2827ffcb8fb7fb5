import Foundation

/// Reads the documents to align, whatever file they come in: the one entry point from files to
/// `Document`s. The format comes from the extension, confirmed by the content (`FileFormat`), or
/// is given; each format's reader finds the text, and the segmenter splits it into paragraphs and
/// sentences the same way for every format. A file without a word of text is an error.
public struct DocumentReader: FormatReader {
    /// The language of the documents read.
    public var language: Language
    /// Layout of plain-text input.
    public var layout: InputFormat
    /// The file format every input is read as; nil to tell each file's from its name and bytes.
    public var fileFormat: FileFormat?
    /// Bounds that protect the machine from hostile input.
    public var limits: Limits

    /// Creates a reader.
    public init(language: Language, layout: InputFormat = .text, fileFormat: FileFormat? = nil, limits: Limits = Limits()) {
        self.language = language
        self.layout = layout
        self.fileFormat = fileFormat
        self.limits = limits
    }

    /// The document in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> Document {
        switch try FileFormat.of(path: path, data: data, declared: fileFormat) {
        case .text:
            let text = try PlainTextReader(limits: limits).read(data: data, path: path)
            return try nonEmpty(DocumentSegmenter(format: layout, maximumPieceCharacters: limits.paragraphCharacters)
                .document(from: text, path: path, language: language), path: path, message: "the file holds no text")
        case .html: return try document(HTMLReader(limits: limits), data: data, path: path)
        case .docx: return try document(DOCXReader(limits: limits), data: data, path: path)
        case .odt: return try document(ODTReader(limits: limits), data: data, path: path)
        case .fodt: return try document(FlatODTReader(limits: limits), data: data, path: path)
        case .markdown: return try document(MarkdownReader(limits: limits), data: data, path: path)
        case .pdf: return try document(PDFReader(limits: limits), data: data, path: path)
        case .xliff:
            let file = try XLIFFReader(limits: limits).read(data: data, path: path)
            return try segmented(file.sourceBlocks, path: path, message: "the XLIFF file holds no source text")
        }
    }

    private func document<Reader: TextBlockReader>(_ reader: Reader, data: Data, path: String) throws(SejajarError) -> Document {
        try segmented(try reader.read(data: data, path: path), path: path, message: Reader.emptyMessage)
    }

    private func segmented(_ blocks: [TextBlock], path: String, message: String) throws(SejajarError) -> Document {
        try nonEmpty(DocumentSegmenter(maximumPieceCharacters: limits.paragraphCharacters).document(from: blocks, path: path, language: language),
                     path: path, message: message)
    }

    private func nonEmpty(_ document: Document, path: String, message: String) throws(SejajarError) -> Document {
        guard !document.sentences.isEmpty else { throw .io(path: path, message: message) }
        return document
    }

    /// Reads document pairs on all cores, each side with its reader; the first failing file (in
    /// list order) is the error.
    public static func readPairs(_ paths: [PathPair], source: DocumentReader, target: DocumentReader) throws(SejajarError) -> [(Document, Document)] {
        let files = paths.flatMap { [($0.source, source), ($0.target, target)] }
        let documents = FileInput.concurrently(files.count) { k throws(SejajarError) in try files[k].1.read(path: files[k].0) }
        var pairs: [(Document, Document)] = []
        for k in stride(from: 0, to: documents.count, by: 2) {
            pairs.append((try documents[k].get(), try documents[k + 1].get()))
        }
        return pairs
    }
}
