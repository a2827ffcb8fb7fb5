/// A word of a text and where it is: character offsets into the text.
public struct Word: Sendable, Hashable {
    /// Character offsets of the word in the text it was found in.
    public var range: Range<Int>
    /// The word as written.
    public var text: String
}
