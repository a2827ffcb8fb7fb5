import Foundation
import Synchronization

/// Reads the documents to align, whatever file they come in: the one entry point for `align`,
/// `check` and `lexicon train`. Today every input is plain text (`PlainTextReader`).
public struct DocumentReader: Sendable {
    /// Layout of plain-text input.
    public var format: InputFormat
    /// Bounds that protect the machine from hostile input.
    public var limits: Limits

    /// Creates a reader.
    public init(format: InputFormat = .text, limits: Limits = Limits()) {
        self.format = format
        self.limits = limits
    }

    /// Reads and segments the file at `path`.
    public func read(path: String, language: Language) throws(SejajarError) -> Document {
        try PlainTextReader(format: format, limits: limits).read(path: path, language: language)
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
