import Foundation

/// A reader of one file format: every format Sejajar reads has this one shape. It reads the
/// bytes of a file (`read(data:path:)`, `path` naming the file in errors) or the file at a path
/// (`read(path:)`: by default the file read whole under `limits.inputBytes`; XML formats stream
/// it instead) into one value — a document's blocks, a saved alignment, a memory, a term base.
/// Bad input is a `SejajarError` naming the file and the place in it.
public protocol FormatReader: Sendable {
    /// What a file of the format holds.
    associatedtype Value

    /// Bounds that protect the machine from hostile input.
    var limits: Limits { get }

    /// The value in `data`, the bytes of the file at `path`.
    func read(data: Data, path: String) throws(SejajarError) -> Value

    /// The value in the file at `path`.
    func read(path: String) throws(SejajarError) -> Value
}

extension FormatReader {
    /// The file at `path` read whole (at most `limits.inputBytes`), then `read(data:path:)`.
    public func read(path: String) throws(SejajarError) -> Value {
        try read(data: try FileInput.data(path: path, limit: limits.inputBytes), path: path)
    }
}

/// A reader of a format whose files can be larger than memory (a translation memory): besides
/// reading the whole value, it hands the file's entries over one at a time, in file order, and
/// returns what the file says about all of them (its header).
public protocol StreamingFormatReader: FormatReader {
    /// One entry of the file, with where it stands.
    associatedtype Entry
    /// What the file says about all its entries.
    associatedtype Header

    /// Streams the entries of the file at `path` to `body` and returns the header.
    @discardableResult
    func forEach(path: String, _ body: (Entry) throws(SejajarError) -> Void) throws(SejajarError) -> Header
}
