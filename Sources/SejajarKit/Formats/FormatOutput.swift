/// What a `FormatWriter` wrote: the text of one file, or of several files that belong together
/// (a Moses corpus is two line-parallel files, one per language), and notes for standard error
/// on what was left out or changed (units under the confidence floor, control characters removed).
public struct FormatOutput: Sendable, Hashable {
    /// One file of the output.
    public struct File: Sendable, Hashable {
        /// Appended to the output path the user gave (`".es"`), or empty for that path itself.
        public var suffix: String
        /// The file's contents.
        public var text: String

        /// Creates a file.
        public init(suffix: String = "", text: String) {
            self.suffix = suffix
            self.text = text
        }
    }

    /// The files, in the order they are named to the user.
    public var files: [File]
    /// What a user should be told about the output (one line each).
    public var notes: [String]
    /// Characters of the value the format cannot hold (XML 1.0 forbids most control
    /// characters), removed from the text.
    public var removedCharacters: Int

    /// One file's text.
    public init(_ text: String, notes: [String] = [], removedCharacters: Int = 0) {
        self.files = [File(text: text)]
        self.notes = notes
        self.removedCharacters = removedCharacters
    }

    /// Several files.
    public init(files: [File], notes: [String] = []) {
        self.files = files
        self.notes = notes
        self.removedCharacters = 0
    }

    /// The text of the (first) file.
    public var text: String { files.first?.text ?? "" }
}
