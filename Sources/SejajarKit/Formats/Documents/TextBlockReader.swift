import Foundation

/// A reader of a structured file (HTML, DOCX, ODT, PDF): it finds the file's paragraphs as
/// `TextBlock`s with roles and positions; `DocumentReader` segments them into sentences the same
/// way for all, and a file without a word of text is an error saying what kind of file it was.
public protocol TextBlockReader: FormatReader where Value == [TextBlock] {
    /// What to say when the file holds no text ("the page holds no text").
    static var emptyMessage: String { get }
}
