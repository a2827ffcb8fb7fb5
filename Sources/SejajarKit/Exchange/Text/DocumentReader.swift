import Foundation
import Synchronization

/// Reads the documents to align, whatever file they come in: the one entry point for `align`,
/// `check` and `lexicon train`. The format comes from the extension, confirmed by the content
/// (`FileFormat`), or is given; every reader produces the same `Document`.
public struct DocumentReader: Sendable {
    /// Layout of plain-text input.
    public var format: InputFormat
    /// The file format every input is read as; nil to tell each file's from its name and bytes.
    public var fileFormat: FileFormat?
    /// Bounds that protect the machine from hostile input.
    public var limits: Limits

    /// Creates a reader.
    public init(format: InputFormat = .text, fileFormat: FileFormat? = nil, limits: Limits = Limits()) {
        self.format = format
        self.fileFormat = fileFormat
        self.limits = limits
    }

    /// Reads and segments the file at `path`.
    public func read(path: String, language: Language) throws(SejajarError) -> Document {
        let data = try FileInput.data(path: path, limit: limits.inputBytes)
        switch try FileFormat.of(path: path, data: data, declared: fileFormat) {
        case .text: return try PlainTextReader(format: format, limits: limits).read(data: data, path: path, language: language)
        case .html: return try HTMLReader(limits: limits).read(data: data, path: path, language: language)
        case .docx: return try DOCXReader(limits: limits).read(data: data, path: path, language: language)
        case .odt: return try ODTReader(limits: limits).read(data: data, path: path, language: language)
        case .pdf: return try PDFReader(limits: limits).read(data: data, path: path, language: language)
        case .xliff: return try XLIFFReader(limits: limits).document(data: data, path: path, language: language)
        }
    }

    /// Reads document pairs on all cores; the first failing file (in list order) is the error.
    public func readPairs(_ paths: [PathPair], source: Language, target: Language) throws(SejajarError) -> [(Document, Document)] {
        let files = paths.flatMap { [($0.source, source), ($0.target, target)] }
        let results = Mutex<[Result<Document, SejajarError>?]>(Array(repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { k in
            let result: Result<Document, SejajarError>
            do throws(SejajarError) { result = .success(try read(path: files[k].0, language: files[k].1)) } catch { result = .failure(error) }
            results.withLock { $0[k] = result }
        }
        let documents = results.withLock { $0.map { $0! } }
        var pairs: [(Document, Document)] = []
        for k in stride(from: 0, to: documents.count, by: 2) {
            pairs.append((try documents[k].get(), try documents[k + 1].get()))
        }
        return pairs
    }
}
