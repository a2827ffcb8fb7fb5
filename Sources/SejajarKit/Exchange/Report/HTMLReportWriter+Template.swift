extension HTMLReportWriter {
    /// The page, as a Mustache template: `{{…}}` escapes (& < > " '), so text from the documents,
    /// the glossary and the findings can never break the markup. No script and nothing fetched:
    /// the file works offline and prints.
    static let template = pageStart + #"""
</style>
</head>
<body data-beads="{{beads}}" data-verdict="{{verdict}}">
<header>
<h1>{{title}}</h1>
<table class="facts">
<tr><th>Source</th><td><code>{{source.path}}</code> ({{source.language}}), {{source.sentences}} sentences, <span id="source-aligned">{{source.aligned}}</span> aligned confidently</td></tr>
<tr><th>Target</th><td><code>{{target.path}}</code> ({{target.language}}), {{target.sentences}} sentences, <span id="target-aligned">{{target.aligned}}</span> aligned confidently</td></tr>
<tr><th>Verdict</th><td><span id="verdict" class="verdict {{verdict}}">{{verdict}}</span> score {{score}}</td></tr>
<tr><th>Beads</th><td><span id="bead-count">{{beads}}</span>: {{pairs}} pairs{{#hasMoved}} ({{moved}} moved){{/hasMoved}}, {{omissions}} omissions, {{additions}} additions, {{boilerplate}} boilerplate{{#hasLocked}}, {{locked}} locked{{/hasLocked}}</td></tr>
<tr><th>Findings</th><td class="counts">{{#hasCounts}}{{#counts}}<span>{{code}} ×{{count}}</span>{{/counts}}{{/hasCounts}}{{^hasCounts}}none{{/hasCounts}}</td></tr>
</table>
{{#hasDocumentFindings}}<ul class="document-findings">{{#documentFindings}}<li class="finding {{severity}}"><code>{{code}}</code> {{message}}</li>{{/documentFindings}}</ul>{{/hasDocumentFindings}}
</header>
<main>
<section class="layout">
<figure>
<svg id="map" viewBox="0 0 {{mapWidth}} {{mapHeight}}" preserveAspectRatio="none" role="img" aria-label="alignment map">
<line class="diagonal" x1="0" y1="0" x2="{{columns}}" y2="{{lines}}"/>
{{#rects}}<rect class="{{cls}}" x="{{x}}" y="{{y}}" width="{{w}}" height="{{h}}" fill="{{fill}}"><title>{{title}}</title></rect>
{{/rects}}</svg>
<figcaption>Alignment map: source sentences across, target sentences down; one box per bead, coloured by confidence.
Boxes off the diagonal are reorderings (moved sentences outlined in blue); red marks are omissions and additions.
<span class="legend"><i style="background:hsl(120,65%,42%)"></i>sure<i style="background:hsl(60,65%,42%)"></i>unsure<i style="background:hsl(0,65%,42%)"></i>doubtful<i style="background:#c0392b;opacity:.9"></i>unpaired<i style="background:#2c6fb7"></i>moved<i style="background:#b0b0b0"></i>boilerplate</span></figcaption>
</figure>
<table class="beads">
<colgroup><col class="meta"><col><col><col class="notes"></colgroup>
<thead><tr><th>Bead</th><th>{{source.language}}</th><th>{{target.language}}</th><th>Findings</th></tr></thead>
<tbody>
{{#rows}}{{#paragraphBreak}}<tr class="paragraph"><td colspan="4"></td></tr>
{{/paragraphBreak}}<tr class="bead {{kind}}" id="bead-{{index}}" data-shape="{{shape}}" data-confidence="{{confidence}}" style="--band: {{band}}">
<td class="meta"><b>#{{index}}</b> {{label}}<br>{{confidence}}{{#locked}} <span class="locked" title="fixed by hand">locked</span>{{/locked}}</td>
<td class="source" lang="{{source.language}}"><span class="lines">{{sourceLines}}</span>{{#sourceParts}}{{#marked}}<sup class="note">{{note}}</sup>{{/marked}}{{#formatted}}<span class="{{fmt}}">{{/formatted}}{{#term}}<mark class="{{cls}}" title="{{title}}">{{text}}</mark>{{/term}}{{^term}}{{text}}{{/term}}{{#formatted}}</span>{{/formatted}}{{/sourceParts}}</td>
<td class="target" lang="{{target.language}}"><span class="lines">{{targetLines}}</span>{{#targetParts}}{{#marked}}<sup class="note">{{note}}</sup>{{/marked}}{{#formatted}}<span class="{{fmt}}">{{/formatted}}{{#term}}<mark class="{{cls}}" title="{{title}}">{{text}}</mark>{{/term}}{{^term}}{{text}}{{/term}}{{#formatted}}</span>{{/formatted}}{{/targetParts}}</td>
<td class="notes">{{#findings}}<p class="finding {{severity}}"><code>{{code}}</code> {{message}}</p>{{/findings}}</td>
</tr>
{{/rows}}
"""# + pageEnd
}

extension HTMLReportWriter {
    /// How every report page starts, up to its own style rules and `</style>`: the head with
    /// `{{version}}` and `{{title}}`, and the shared style sheet.
    static let pageStart = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Sejajar {{version}}">
<title>{{title}}</title>
<style>

"""# + style

    /// How every report page ends, after its table's rows.
    static let pageEnd = #"""
</tbody>
</table>
</section>
</main>
</body>
</html>

"""#

    /// The style sheet every report page shares.
    static let style = #"""
:root { --ink: #1d232b; --muted: #6b7480; --line: #d9dee4; --paper: #ffffff; --wash: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; color: var(--ink); background: var(--wash); }
header, main > section { max-width: 1400px; margin: 0 auto; padding: 16px 24px; }
header { background: var(--paper); border-bottom: 1px solid var(--line); }
h1 { font-size: 20px; margin: 0 0 10px; }
h2 { font-size: 16px; margin: 18px 0 8px; }
table.facts { border-collapse: collapse; }
table.facts th { text-align: left; font-weight: 600; padding: 2px 16px 2px 0; color: var(--muted); }
table.facts td { padding: 2px 16px 2px 0; }
.verdict { display: inline-block; padding: 1px 10px; border-radius: 10px; font-weight: 700; color: #fff; }
.verdict.parallel { background: #2e7d32; } .verdict.partial { background: #8a5a00; }
.verdict.comparable { background: #8e44ad; } .verdict.unrelated { background: #c0392b; }
.counts span { display: inline-block; margin: 2px 8px 2px 0; padding: 1px 8px; background: var(--wash); border: 1px solid var(--line); border-radius: 4px; font-family: ui-monospace, monospace; font-size: 13px; }
ul.document-findings { margin: 8px 0 0; padding-left: 18px; }
.layout { display: grid; grid-template-columns: 380px 1fr; gap: 24px; align-items: start; }
figure { margin: 0; background: var(--paper); border: 1px solid var(--line); padding: 10px; position: sticky; top: 8px; }
figure svg { width: 100%; height: 340px; background: #fbfbfc; border-left: 1px solid var(--muted); border-bottom: 1px solid var(--muted); }
figcaption { font-size: 12px; color: var(--muted); margin-top: 6px; }
svg rect { stroke: #fff; stroke-width: 0.5px; vector-effect: non-scaling-stroke; }
svg rect.omission, svg rect.addition { fill-opacity: 0.9; }
svg rect.moved { stroke: #0b3d75; stroke-width: 2px; }
svg line.diagonal { stroke: #ccd2d8; stroke-dasharray: 4 4; vector-effect: non-scaling-stroke; }
.legend i { display: inline-block; width: 10px; height: 10px; margin: 0 3px 0 10px; vertical-align: middle; }
table.beads { width: 100%; border-collapse: collapse; background: var(--paper); border: 1px solid var(--line); table-layout: fixed; }
table.beads th { text-align: left; font-size: 12px; color: var(--muted); padding: 6px 8px; border-bottom: 1px solid var(--line); }
table.beads col.meta { width: 116px; } table.beads col.notes { width: 24%; }
tr.bead td { vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
tr.bead td.meta { border-left: 6px solid var(--band); font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
tr.bead td.meta b { color: var(--ink); font-size: 13px; }
tr.paragraph td { padding: 0; height: 8px; background: var(--wash); border-bottom: 1px solid var(--line); }
tr.omission td.target::before { content: "omitted in the target"; color: #c0392b; font-style: italic; }
tr.addition td.source::before { content: "added in the target"; color: #c0392b; font-style: italic; }
tr.omission td.source, tr.addition td.target { background: #fdf0ee; }
tr.moved td.meta b::after { content: " ↕"; color: #2c6fb7; }
tr.boilerplate td { color: var(--muted); background: #f7f7f7; font-size: 13px; }
.lines { display: block; font-size: 11px; color: var(--muted); }
mark.term { background: #e3f0ff; border-bottom: 2px solid #3b7dd8; padding: 0 1px; cursor: help; }
mark.term.deprecated { background: #ffe5e0; border-bottom-color: #c0392b; }
.fmt-bold { font-weight: 700; } .fmt-italic { font-style: italic; } .fmt-underline { text-decoration: underline; }
.fmt-link { color: #1a5fb4; text-decoration: underline dotted; } .fmt-superscript { vertical-align: super; font-size: 80%; }
.fmt-subscript { vertical-align: sub; font-size: 80%; } sup.note { color: var(--muted); font-size: 75%; }
.finding { font-size: 12px; margin: 0 0 4px; padding: 2px 6px; border-left: 3px solid var(--muted); background: var(--wash); }
.finding.error { border-left-color: #c0392b; } .finding.warning { border-left-color: #b7791f; } .finding.note { border-left-color: #3b7dd8; }
.finding code { font-weight: 700; }
.locked { color: #2e7d32; font-weight: 700; }
@media (max-width: 1000px) { .layout { grid-template-columns: 1fr; } figure { position: static; } }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 11px; }
  .layout { grid-template-columns: 1fr; } figure { position: static; break-inside: avoid; }
  tr.bead { break-inside: avoid; }
  mark.term { background: none; }
}

"""#
}
