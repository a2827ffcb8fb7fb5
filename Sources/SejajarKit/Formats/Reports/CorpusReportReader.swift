import Foundation

/// Reads a corpus report (`CorpusReportWriter`, version 1); a file that is not one, or of another
/// version, is an error naming where.
public struct CorpusReportReader: FormatReader {
    /// Bounds on the input's size.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The report in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> CorpusReport {
        let locator = JSONLocator(data)
        if let offset = TextDecoder.firstInvalidUTF8Offset([UInt8](data)) {
            throw .invalidEncoding(path: path, byteOffset: offset, reason: "invalid UTF-8")
        }
        if let (position, message) = locator.syntaxError() {
            throw .malformed(path: path, line: position.line, column: position.column, message: "not valid JSON: \(message)")
        }
        let file: CorpusReportWriter.File
        do {
            file = try JSONDecoder().decode(CorpusReportWriter.File.self, from: data)
        } catch let error as DecodingError {
            let (codingPath, message) = AlignmentJSONReader.describe(error)
            let position = locator.position(of: JSONLocator.steps(codingPath)) ?? locator.position(of: 0)
            throw .malformed(path: path, line: position.line, column: position.column, message: "not a Sejajar corpus report: \(message)")
        } catch {
            throw .malformed(path: path, line: 1, column: 1, message: "not a Sejajar corpus report")
        }
        guard file.format == "sejajar-corpus-report" else {
            throw .malformed(path: path, line: 1, column: 1, message: "not a Sejajar corpus report (format '\(file.format)')")
        }
        guard file.version == 1 else {
            throw .malformed(path: path, line: 1, column: 1, message: "version \(file.version) of the corpus report; this sejajar reads version 1")
        }
        return CorpusReport(entries: file.pairs)
    }
}
