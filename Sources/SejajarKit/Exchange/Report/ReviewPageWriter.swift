import Foundation
import Mustache

/// The review editor's page: the report's look (header with verdict and shares, alignment map,
/// the two texts side by side, findings beside their beads) with a toolbar and a script that
/// edits through the editor's HTTP API. The page's shell is a Mustache template, so the file
/// names in it are escaped by the template engine; the script builds every row with DOM calls
/// (`textContent`), so no text from the documents is ever parsed as HTML. Everything is inline:
/// nothing is fetched from the network.
public struct ReviewPageWriter {
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
    public func write(_ alignment: Alignment) -> String {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: HTMLReportWriter.pageStart + Self.style + "</style>\n</head>\n" + Self.body)
        } catch {
            preconditionFailure("the built-in review template does not parse: \(error)")
        }
        let source = alignment.source, target = alignment.target
        let shell = Shell(
            title: HTMLReportWriter.detached("Sejajar review: \(URL(fileURLWithPath: source.path).lastPathComponent) ↔ \(URL(fileURLWithPath: target.path).lastPathComponent)"),
            version: SejajarVersion.string, sourcePath: HTMLReportWriter.detached(source.path), sourceLanguage: source.language.tag,
            targetPath: HTMLReportWriter.detached(target.path), targetLanguage: target.language.tag)
        return template.render(shell) + "<script>\n" + Self.script + "</script>\n</body>\n</html>\n"
    }

    /// The editor's own style rules, after the report's.
    static let style = #"""
.toolbar { position: sticky; top: 0; z-index: 5; background: var(--paper); border-bottom: 1px solid var(--line); padding: 8px 24px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.toolbar button, .toolbar a.button { font: inherit; font-size: 13px; padding: 3px 10px; border: 1px solid var(--line); border-radius: 4px; background: var(--wash); color: var(--ink); cursor: pointer; text-decoration: none; }
.toolbar button:hover:not(:disabled), .toolbar a.button:hover { background: #e3f0ff; }
.toolbar button:disabled { opacity: .45; cursor: default; }
.toolbar kbd { font-size: 11px; color: var(--muted); margin-left: 3px; }
.toolbar .sep { width: 1px; height: 22px; background: var(--line); margin: 0 4px; }
#status { margin-left: 12px; font-size: 13px; color: var(--muted); }
#status.error { color: #c0392b; font-weight: 600; }
#dirty { font-size: 12px; padding: 1px 8px; border-radius: 10px; background: #fff3cd; color: #8a5a00; }
#dirty[hidden] { display: none; }
.sent { cursor: pointer; border-radius: 3px; }
.sent:hover { background: #eef4fb; }
.sent.selected { background: #ffe08a; box-shadow: 0 0 0 1px #b7791f; }
tr.bead.current td { background: #f2f8ff; }
tr.bead.current td.meta { outline: 2px solid #3b7dd8; outline-offset: -2px; }
tr.bead td.meta { cursor: pointer; }
svg rect { cursor: pointer; }
svg rect.current { stroke: #1d232b; stroke-width: 2px; }
.help { font-size: 12px; color: var(--muted); margin: 6px 0 0; }

"""#

    /// The page's body up to its script.
    static let body = #"""
<body>
<header>
<h1>{{title}}</h1>
<table class="facts">
<tr><th>Source</th><td><code>{{sourcePath}}</code> ({{sourceLanguage}}), <span id="source-sentences"></span> sentences, <span id="source-aligned"></span> aligned confidently</td></tr>
<tr><th>Target</th><td><code>{{targetPath}}</code> ({{targetLanguage}}), <span id="target-sentences"></span> sentences, <span id="target-aligned"></span> aligned confidently</td></tr>
<tr><th>Verdict</th><td><span id="verdict" class="verdict"></span> score <span id="score"></span></td></tr>
<tr><th>Beads</th><td id="bead-summary"></td></tr>
<tr><th>Findings</th><td class="counts" id="counts"></td></tr>
</table>
<ul class="document-findings" id="document-findings" hidden></ul>
<p class="help">Click a sentence to select it (shift-click for a run); click a bead's number to make it current. Every edit locks what it makes and re-aligns only what it disturbs.</p>
</header>
<nav class="toolbar" aria-label="editor">
<button id="merge" title="Merge the current bead with the next">Merge<kbd>M</kbd></button>
<button id="split" title="Split the current bead before the selected sentence(s)">Split<kbd>S</kbd></button>
<button id="pair" title="Pair the selected source run with the selected target run">Pair<kbd>P</kbd></button>
<button id="pair-moved" title="Pair the selection as a moved sentence (the rest keeps its order)">Pair moved<kbd>⇧P</kbd></button>
<button id="unpair" title="Mark the selected sentence as unpaired">Unpair<kbd>U</kbd></button>
<button id="lock" title="Lock or unlock the current bead">Lock<kbd>L</kbd></button>
<span class="sep"></span>
<button id="undo" title="Undo">Undo<kbd>Z</kbd></button>
<button id="redo" title="Redo">Redo<kbd>Y</kbd></button>
<span class="sep"></span>
<button id="save" title="Save the alignment (the previous file is kept as a backup)">Save<kbd>Ctrl+S</kbd></button>
<a class="button" id="export-tmx" download>Export TMX</a>
<a class="button" id="export-xliff" download>Export XLIFF</a>
<span id="dirty" hidden>unsaved changes</span>
<span id="status" role="status"></span>
</nav>
<main>
<section class="layout">
<figure>
<svg id="map" preserveAspectRatio="none" role="img" aria-label="alignment map"></svg>
<figcaption>Alignment map: source sentences across, target sentences down; one box per bead, coloured by confidence. Click a box to go to its bead.</figcaption>
</figure>
<table class="beads">
<colgroup><col class="meta"><col><col><col class="notes"></colgroup>
<thead><tr><th>Bead</th><th>{{sourceLanguage}}</th><th>{{targetLanguage}}</th><th>Findings</th></tr></thead>
<tbody id="rows"></tbody>
</table>
</section>
</main>

"""#
}
