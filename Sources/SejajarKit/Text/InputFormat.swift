/// How an input file is laid out.
public enum InputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Running text: paragraphs separated by blank lines (or one per line when the file has none),
    /// split into sentences by `SentenceSplitter`.
    case text
    /// Already one sentence per line, a blank line between paragraphs (hunalign and Vecalign test
    /// sets): never re-segmented.
    case lines
}
