/// A writer of one file format: every format Sejajar writes has this one shape. It turns one
/// value (an alignment with its findings, a memory, a term base …) into a `FormatOutput`: the
/// text of the file (or of the files, for formats written as several), and notes on what it left
/// out or changed. Writers never touch the disk: the program writes the output all or nothing.
public protocol FormatWriter: Sendable {
    /// What the writer writes.
    associatedtype Value

    /// `value` in the format.
    func write(_ value: Value) throws(SejajarError) -> FormatOutput
}
