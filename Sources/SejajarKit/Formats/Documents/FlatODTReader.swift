import Foundation

/// Reads a flat OpenDocument text (`.fodt`: what LibreOffice saves as "Flat XML ODF Text"), one
/// XML file holding what an `.odt` keeps in `styles.xml` and `content.xml`, exactly as
/// `ODTReader` reads those: running headers, body, notes, running footers. Positions are the
/// paragraph's number in the file and the character in it.
public struct FlatODTReader: TextBlockReader {
    /// Bounds on the file and its XML.
    public var limits: Limits

    /// Creates a reader.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// What to say when the file holds no text.
    public static let emptyMessage = ODTReader.emptyMessage

    /// The paragraphs of the flat ODT held in `data`, the bytes of the file at `path`.
    public func read(data: Data, path: String) throws(SejajarError) -> [TextBlock] {
        var styles = ODTReader.Styles()
        let part = try ODTReader(limits: limits).walk(data, part: path, styles: &styles, furnitureOnly: false, flat: true)
        return part.headers + part.body + part.notes + part.footers
    }
}
