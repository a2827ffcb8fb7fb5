/// A place in an input file: what a finding points at, printed the way compilers print it.
public struct SourceLocation: Sendable, Hashable {
    /// The file.
    public var path: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int

    /// Creates a location.
    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// Where sentence `index` of `document` starts, or the character `offset` of it.
    public init(_ document: Document, sentence index: Int, offset: Int = 0) {
        let position = document.sentences[index].position(at: offset)
        self.init(path: document.path, line: position.line, column: position.column)
    }
}
