/// Every way Sejajar's work can fail to go on, with the offending input in the payload.
///
/// The CLI turns each case into one compiler-style line (`file:line:column: error: …`); library
/// callers can switch over the cases. Things a reviewer should merely look at are `Finding`s instead.
public enum SejajarError: Error, Sendable, Hashable {
    /// A file could not be read or written at all.
    case io(path: String, message: String)
    /// The bytes of a text file are not valid in the encoding they claim (or UTF-8 when nothing is claimed).
    case invalidEncoding(path: String, byteOffset: Int, reason: String)
    /// A structured input (ladder, pair list, JSON, lexicon) is malformed at a given line and column.
    case malformed(path: String, line: Int, column: Int, message: String)
    /// Arguments that contradict each other or name something unknown.
    case usage(message: String)
    /// A server Sejajar relies on (an embedding endpoint) is down or answers nonsense.
    case service(url: String, message: String)

    /// The file the error is about, when there is one.
    public var path: String? {
        switch self {
        case .io(let path, _), .invalidEncoding(let path, _, _), .malformed(let path, _, _, _): path
        case .usage, .service: nil
        }
    }

    /// The one-line, compiler-style rendering used by the CLI: `path:line:column: error: message`.
    public var diagnosticLine: String {
        switch self {
        case .io(let path, let message):
            "\(path): error: \(message)"
        case .invalidEncoding(let path, let offset, let reason):
            "\(path): error: \(reason) at byte offset \(offset)"
        case .malformed(let path, let line, let column, let message):
            "\(path):\(line):\(column): error: \(message)"
        case .usage(let message):
            "error: \(message)"
        case .service(let url, let message):
            "\(url): error: \(message)"
        }
    }
}

extension SejajarError: CustomStringConvertible {
    /// Same as `diagnosticLine`, so that printing an error shows where it is.
    public var description: String { diagnosticLine }
}
