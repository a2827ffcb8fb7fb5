/// Why the review server refused a request: the alignment stays as it was. Each case becomes an
/// HTTP status and a JSON `{"error": message}` body.
public enum ReviewError: Error, Sendable, Hashable {
    /// The request is malformed or the edit invalid (400).
    case badRequest(String)
    /// The request body is over the limit (413).
    case tooLarge(String)
    /// The edit or save was made against revision `sent`, the alignment is at `current` (409):
    /// another tab or client changed it first.
    case stale(sent: Int, current: Int)
    /// Save will not write where it would: the file there is no longer one it may replace (a
    /// link, FIFO, device or folder put there since, a read-only file), with the file and the
    /// reason (409: the request conflicts with what is on disk, and nothing was written).
    case saveRefused(String)
    /// The alignment could not be written (a full disk …; 500), with the file and the reason.
    case cannotSave(String)
    /// The translation memory could not be read (500), or there is none (404).
    case memory(String, missing: Bool)

    /// One sentence for the page's status line.
    public var message: String {
        switch self {
        case .badRequest(let message), .tooLarge(let message), .saveRefused(let message), .cannotSave(let message): message
        case .stale(let sent, let current): "the edit was made against revision \(sent), but the alignment is at revision \(current): reload it"
        case .memory(let message, _): message
        }
    }
}
