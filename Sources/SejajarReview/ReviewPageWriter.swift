import SejajarKit
import Foundation

/// The review editor's page: the report's look (header with verdict and shares, alignment map,
/// the two texts side by side, findings beside their beads) with a toolbar and a script that
/// edits through the editor's HTTP API. The page's shell is a Mustache template, so the file
/// names in it are escaped by the template engine; the script builds every row with DOM calls
/// (`textContent`), so no text from the documents is ever parsed as HTML. Everything is inline:
/// nothing is fetched from the network.
public struct ReviewPageWriter: FormatWriter {
    /// Creates a writer.
    public init() {}

    struct Shell {
        var title: String
        var version: String
        var sourcePath: String
        var sourceLanguage: String
        var targetPath: String
        var targetLanguage: String
    }

    /// The page for `alignment` (its rows come from `GET /state` once the page runs).
    public func write(_ alignment: Alignment) -> FormatOutput {
        let source = alignment.source, target = alignment.target
        let shell = Shell(
            title: ReportPage.detached("Sejajar review: \(URL(fileURLWithPath: source.path).lastPathComponent) ↔ \(URL(fileURLWithPath: target.path).lastPathComponent)"),
            version: SejajarVersion.string, sourcePath: ReportPage.detached(source.path), sourceLanguage: source.language.tag,
            targetPath: ReportPage.detached(target.path), targetLanguage: target.language.tag)
        return FormatOutput(ReportPage.render(template: ReportPage.start + Self.style + "</style>\n</head>\n" + Self.body, shell)
            + "<script>\n" + Self.script + "</script>\n</body>\n</html>\n")
    }
}
