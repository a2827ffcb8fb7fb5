"use strict";
const token = new URLSearchParams(location.search).get("token") || "";
const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";
let docs = null, state = null, current = -1, busy = false;
let selection = { source: null, target: null }, anchor = { source: null, target: null };

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}
function status(message, error) {
  const s = $("status");
  s.textContent = message;
  s.className = error ? "error" : "";
}
async function call(method, path, body) {
  const response = await fetch(path, {
    method, headers: Object.assign({ "X-Sejajar-Token": token }, body ? { "Content-Type": "application/json" } : {}),
    body: body ? JSON.stringify(body) : undefined, cache: "no-store"
  });
  let data = null;
  try { data = await response.json(); } catch (e) { data = { error: response.statusText }; }
  return { status: response.status, data };
}
function colour(c) { return "hsl(" + Math.round(Math.max(0, Math.min(1, c)) * 120) + ", 65%, 42%)"; }
function lines(side, range) {
  if (range[1] <= range[0]) return "";
  const a = docs[side].sentences[range[0]].line, b = docs[side].sentences[range[1] - 1].line;
  return a === b ? "line " + a : "lines " + a + "–" + b;
}
function label(bead) {
  switch (bead.kind) {
    case "boilerplate": return "boilerplate (" + bead.role + ")";
    case "omission": return "omitted in the target";
    case "addition": return "added in the target";
    default: {
      const shape = (bead.source[1] - bead.source[0]) + "-" + (bead.target[1] - bead.target[0]);
      return bead.kind === "moved" ? shape + ", moved" : shape;
    }
  }
}
function sentenceNode(side, i) {
  const sentence = docs[side].sentences[i];
  const span = el("span", "sent");
  span.dataset.side = side;
  span.dataset.i = i;
  span.title = side + " sentence " + i + ", line " + sentence.line;
  let at = 0;
  for (const term of sentence.terms || []) {
    if (term.start > at) span.append(sentence.text.slice(at, term.start));
    const mark = el("mark", term.deprecated ? "term deprecated" : "term", sentence.text.slice(term.start, term.end));
    mark.title = term.title;
    span.append(mark);
    at = term.end;
  }
  if (at < sentence.text.length) span.append(sentence.text.slice(at));
  if (isSelected(side, i)) span.classList.add("selected");
  return span;
}
function isSelected(side, i) {
  const r = selection[side];
  return r !== null && r[0] <= i && i < r[1];
}
function sideCell(side, range, lang) {
  const td = el("td", side);
  td.lang = lang;
  td.append(el("span", "lines", lines(side, range)));
  for (let i = range[0]; i < range[1]; i++) {
    if (i > range[0]) td.append(" ");
    td.append(sentenceNode(side, i));
  }
  return td;
}
function render() {
  const byBead = new Map();
  const whole = [];
  for (const f of state.findings) {
    if (f.bead === null || f.bead === undefined) { whole.push(f); continue; }
    if (!byBead.has(f.bead)) byBead.set(f.bead, []);
    byBead.get(f.bead).push(f);
  }
  const rows = document.createDocumentFragment();
  let last = [-1, -1];
  state.beads.forEach((bead, b) => {
    const paragraphs = [bead.source[1] > bead.source[0] ? docs.source.sentences[bead.source[0]].paragraph : last[0],
                        bead.target[1] > bead.target[0] ? docs.target.sentences[bead.target[0]].paragraph : last[1]];
    if (b > 0 && (paragraphs[0] !== last[0] || paragraphs[1] !== last[1])) {
      const gap = el("tr", "paragraph");
      const td = el("td");
      td.colSpan = 4;
      gap.append(td);
      rows.append(gap);
    }
    last = paragraphs;
    const tr = el("tr", "bead " + bead.kind + (b === current ? " current" : ""));
    tr.id = "bead-" + b;
    tr.dataset.index = b;
    tr.dataset.source = bead.source.join(",");
    tr.dataset.target = bead.target.join(",");
    tr.dataset.confidence = bead.confidence.toFixed(2);
    tr.dataset.locked = bead.locked ? "true" : "false";
    const band = bead.kind === "boilerplate" || bead.kind === "omission" || bead.kind === "addition" ? "#9a9a9a" : colour(bead.confidence);
    tr.style.setProperty("--band", band);
    const meta = el("td", "meta");
    meta.append(el("b", null, "#" + b), " " + label(bead), el("br"), bead.confidence.toFixed(2));
    if (bead.locked) { meta.append(" "); const l = el("span", "locked", "locked"); l.title = "fixed by hand"; meta.append(l); }
    meta.addEventListener("click", () => setCurrent(b, false));
    const notes = el("td", "notes");
    for (const f of byBead.get(b) || []) {
      const p = el("p", "finding " + f.severity);
      p.append(el("code", null, f.code), " " + f.message);
      notes.append(p);
    }
    tr.append(meta, sideCell("source", bead.source, docs.source.language), sideCell("target", bead.target, docs.target.language), notes);
    rows.append(tr);
  });
  $("rows").replaceChildren(rows);

  // Header.
  const verdict = $("verdict");
  verdict.textContent = state.verdict;
  verdict.className = "verdict " + state.verdict;
  $("score").textContent = state.score;
  $("source-aligned").textContent = state.sourceAligned;
  $("target-aligned").textContent = state.targetAligned;
  $("source-sentences").textContent = docs.source.sentences.length;
  $("target-sentences").textContent = docs.target.sentences.length;
  const kinds = { pair: 0, moved: 0, omission: 0, addition: 0, boilerplate: 0 };
  let locked = 0;
  for (const bead of state.beads) { kinds[bead.kind]++; if (bead.locked) locked++; }
  $("bead-summary").textContent = state.beads.length + ": " + (kinds.pair + kinds.moved) + " pairs" + (kinds.moved ? " (" + kinds.moved + " moved)" : "") +
    ", " + kinds.omission + " omissions, " + kinds.addition + " additions, " + kinds.boilerplate + " boilerplate" + (locked ? ", " + locked + " locked" : "");
  const counts = $("counts");
  counts.replaceChildren();
  const codes = Object.keys(state.counts).sort();
  if (codes.length === 0) counts.textContent = "none";
  for (const code of codes) counts.append(el("span", null, code + " ×" + state.counts[code]));
  const list = $("document-findings");
  list.replaceChildren();
  for (const f of whole) { const li = el("li", "finding " + f.severity); li.append(el("code", null, f.code), " " + f.message); list.append(li); }
  list.hidden = whole.length === 0;
  $("dirty").hidden = state.revision === state.savedRevision;
  $("undo").disabled = !state.canUndo;
  $("redo").disabled = !state.canRedo;
  document.body.dataset.beads = state.beads.length;
  document.body.dataset.verdict = state.verdict;
  document.body.dataset.revision = state.revision;
  drawMap();
  updateButtons();
}
function drawMap() {
  const svg = $("map");
  const columns = Math.max(1, docs.source.sentences.length), linesCount = Math.max(1, docs.target.sentences.length);
  svg.setAttribute("viewBox", "0 0 " + (columns + 0.5) + " " + (linesCount + 0.5));
  const nodes = [];
  const diagonal = document.createElementNS(SVG, "line");
  diagonal.setAttribute("class", "diagonal");
  diagonal.setAttribute("x1", 0); diagonal.setAttribute("y1", 0); diagonal.setAttribute("x2", columns); diagonal.setAttribute("y2", linesCount);
  nodes.push(diagonal);
  state.beads.forEach((bead, b) => {
    const rect = document.createElementNS(SVG, "rect");
    const w = bead.source[1] > bead.source[0] ? bead.source[1] - bead.source[0] : 0.35;
    const h = bead.target[1] > bead.target[0] ? bead.target[1] - bead.target[0] : 0.35;
    rect.setAttribute("x", bead.source[0]); rect.setAttribute("y", bead.target[0]);
    rect.setAttribute("width", w); rect.setAttribute("height", h);
    rect.setAttribute("class", bead.kind + (b === current ? " current" : ""));
    rect.setAttribute("fill", bead.kind === "pair" ? colour(bead.confidence) : bead.kind === "boilerplate" ? "#b0b0b0" : bead.kind === "moved" ? "#2c6fb7" : "#c0392b");
    rect.dataset.index = b;
    const title = document.createElementNS(SVG, "title");
    title.textContent = "bead " + b + ": " + label(bead) + ", confidence " + bead.confidence.toFixed(2);
    rect.append(title);
    rect.addEventListener("click", () => setCurrent(b, true));
    nodes.push(rect);
  });
  svg.replaceChildren(...nodes);
}
function setCurrent(b, scroll) {
  if (!state || state.beads.length === 0) return;
  current = Math.max(0, Math.min(state.beads.length - 1, b));
  document.querySelectorAll("tr.bead.current").forEach((row) => row.classList.remove("current"));
  document.querySelectorAll("svg rect.current").forEach((r) => r.classList.remove("current"));
  const row = $("bead-" + current);
  if (row) { row.classList.add("current"); if (scroll) row.scrollIntoView({ block: "center" }); }
  const rect = document.querySelector('svg rect[data-index="' + current + '"]');
  if (rect) rect.classList.add("current");
  updateButtons();
  lookUp(current);
}
// The current bead's source looked up in the translation memory (review --memory); a server
// without one answers 404 once and the panel stays hidden.
let memoryOn = true, memoryAsked = -1;
function marked(text, marks) {
  const chars = Array.from(text), node = el("span");
  let at = 0;
  for (const [start, end] of marks || []) {
    if (start < at) continue;
    node.append(chars.slice(at, start).join(""), el("mark", "diff", chars.slice(start, end).join("")));
    at = end;
  }
  node.append(chars.slice(at).join(""));
  return node;
}
async function lookUp(b) {
  if (!memoryOn || b < 0 || b === memoryAsked) return;
  memoryAsked = b;
  const answer = await call("GET", "memory?bead=" + b);
  if (answer.status === 404) { memoryOn = false; return; }
  if (b !== current) return;
  const panel = $("memory"), list = $("memory-matches");
  panel.hidden = false;
  $("memory-bead").textContent = "bead " + b;
  if (answer.status !== 200) { list.replaceChildren(el("li", "error", answer.data.error || "the memory cannot be read")); return; }
  const items = answer.data.matches.map((match) => {
    const item = el("li");
    const head = el("div", "score", match.percent + "%");
    head.title = match.kind + (match.penalties.length ? ", " + match.penalties.map((p) => p.reason + " −" + p.points).join(", ") : "");
    const p = match.unit.provenance;
    item.append(head, el("div", "mem-source", ""), el("div", "mem-target", match.unit.target.text),
      el("div", "mem-where", [p.file ? p.file + (p.line ? ":" + p.line : "") : "", p.date ? p.date.slice(0, 10) : "", p.origin, p.reviewed ? "reviewed" : ""].filter((x) => x).join(" · ")));
    item.querySelector(".mem-source").append(marked(match.unit.source.text, match.unit.source.marks));
    return item;
  });
  list.replaceChildren(...(items.length ? items : [el("li", "none", "no match at 50% or more")]));
}
function beadOf(side, i) {
  return state.beads.findIndex((bead) => bead[side][0] <= i && i < bead[side][1]);
}
function select(side, i, extend) {
  if (extend && anchor[side] !== null) {
    selection[side] = [Math.min(anchor[side], i), Math.max(anchor[side], i) + 1];
  } else {
    anchor[side] = i;
    selection[side] = isSelected(side, i) && selection[side][1] - selection[side][0] === 1 ? null : [i, i + 1];
    if (selection[side] === null) anchor[side] = null;
  }
  document.querySelectorAll(".sent").forEach((node) => node.classList.toggle("selected", isSelected(node.dataset.side, Number(node.dataset.i))));
  setCurrent(beadOf(side, i), false);
}
function clearSelection() {
  selection = { source: null, target: null };
  anchor = { source: null, target: null };
  document.querySelectorAll(".sent.selected").forEach((node) => node.classList.remove("selected"));
  updateButtons();
}
function splitEdit() {
  if (current < 0) return null;
  const bead = state.beads[current];
  const s = selection.source && selection.source[0] >= bead.source[0] && selection.source[0] <= bead.source[1] ? selection.source[0] : null;
  const t = selection.target && selection.target[0] >= bead.target[0] && selection.target[0] <= bead.target[1] ? selection.target[0] : null;
  if (s === null && t === null) return null;
  return { op: "split", bead: current, source: s === null ? bead.source[1] : s, target: t === null ? bead.target[1] : t };
}
function updateButtons() {
  const has = state && current >= 0 && current < state.beads.length;
  $("merge").disabled = busy || !has || current + 1 >= state.beads.length;
  $("split").disabled = busy || splitEdit() === null;
  $("pair").disabled = busy || !(selection.source && selection.target);
  $("pair-moved").disabled = $("pair").disabled;
  $("unpair").disabled = busy || !(selection.source || selection.target);
  $("lock").disabled = busy || !has;
  $("lock").textContent = has && state.beads[current].locked ? "Unlock" : "Lock";
  $("lock").append(el("kbd", null, "L"));
  $("undo").disabled = busy || !(state && state.canUndo);
  $("redo").disabled = busy || !(state && state.canRedo);
}
async function load(why) {
  const answer = await call("GET", "state");
  if (answer.status !== 200) { status(answer.data.error || "cannot load the alignment", true); return; }
  docs = { source: answer.data.source, target: answer.data.target };
  state = answer.data;
  if (current >= state.beads.length) current = state.beads.length - 1;
  render();
  if (why) status(why, true); else status(state.beads.length + " beads loaded");
}
async function edit(body, done) {
  if (busy || !state) return;
  busy = true;
  updateButtons();
  const started = performance.now();
  const answer = await call("POST", "edit", Object.assign({ revision: state.revision }, body));
  busy = false;
  if (answer.status === 200) {
    state = answer.data;
    clearSelection();
    if (current >= state.beads.length) current = state.beads.length - 1;
    render();
    memoryAsked = -1;
    setCurrent(current, false);
    status(done + " (" + Math.round(performance.now() - started) + " ms)");
  } else if (answer.status === 409) {
    clearSelection();
    await load("the alignment was changed elsewhere (another tab?): reloaded; make the edit again");
  } else {
    status(answer.data.error || ("the edit failed (" + answer.status + ")"), true);
    updateButtons();
  }
}
async function save() {
  if (busy || !state) return;
  const answer = await call("POST", "save", { revision: state.revision });
  if (answer.status === 200) {
    state.savedRevision = answer.data.revision;
    $("dirty").hidden = true;
    status("saved " + answer.data.path + (answer.data.backup ? " (previous file kept as " + answer.data.backup + ")" : ""));
  } else if (answer.status === 409 && answer.data.revision !== undefined) {
    await load("the alignment was changed elsewhere (another tab?): reloaded, not saved");
  } else {
    // A refusal (the file is no longer one Save may replace) or a failure (a full disk): nothing was written.
    status("not saved: " + (answer.data.error || "saving failed (" + answer.status + ")"), true);
  }
}
const actions = {
  merge: () => current >= 0 && edit({ op: "merge", bead: current }, "merged beads " + current + " and " + (current + 1)),
  split: () => { const e = splitEdit(); if (e) edit(e, "split bead " + current); },
  pair: (moved) => {
    if (!(selection.source && selection.target)) return;
    edit({ op: "pair", source: selection.source, target: selection.target, moved: !!moved },
         "paired source " + selection.source.join("–") + " with target " + selection.target.join("–"));
  },
  unpair: () => {
    const side = selection.source ? "source" : selection.target ? "target" : null;
    if (side) edit({ op: "unpair", side, sentence: selection[side][0] }, "unpaired " + side + " sentence " + selection[side][0]);
  },
  lock: () => {
    if (current < 0) return;
    const locked = state.beads[current].locked;
    edit({ op: locked ? "unlock" : "lock", bead: current }, (locked ? "unlocked" : "locked") + " bead " + current);
  },
  undo: () => edit({ op: "undo" }, "undone"),
  redo: () => edit({ op: "redo" }, "redone"),
};
$("merge").addEventListener("click", () => actions.merge());
$("split").addEventListener("click", () => actions.split());
$("pair").addEventListener("click", () => actions.pair(false));
$("pair-moved").addEventListener("click", () => actions.pair(true));
$("unpair").addEventListener("click", () => actions.unpair());
$("lock").addEventListener("click", () => actions.lock());
$("undo").addEventListener("click", () => actions.undo());
$("redo").addEventListener("click", () => actions.redo());
$("save").addEventListener("click", () => save());
$("export-tmx").href = "export.tmx?token=" + encodeURIComponent(token);
$("export-xliff").href = "export.xlf?token=" + encodeURIComponent(token);
$("rows").addEventListener("click", (event) => {
  const node = event.target.closest(".sent");
  if (node) select(node.dataset.side, Number(node.dataset.i), event.shiftKey);
});
document.addEventListener("keydown", (event) => {
  if (event.target.closest && event.target.closest("input, textarea, select")) return;
  const key = event.key.toLowerCase();
  if ((event.ctrlKey || event.metaKey) && key === "s") { event.preventDefault(); save(); return; }
  if ((event.ctrlKey || event.metaKey) && key === "z") { event.preventDefault(); event.shiftKey ? actions.redo() : actions.undo(); return; }
  if ((event.ctrlKey || event.metaKey) && key === "y") { event.preventDefault(); actions.redo(); return; }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const handled = {
    m: () => actions.merge(), s: () => actions.split(), p: () => actions.pair(event.shiftKey), u: () => actions.unpair(),
    l: () => actions.lock(), z: () => actions.undo(), y: () => actions.redo(), escape: () => clearSelection(),
    arrowdown: () => setCurrent(current + 1, true), j: () => setCurrent(current + 1, true),
    arrowup: () => setCurrent(current - 1, true), k: () => setCurrent(current - 1, true),
  }[key];
  if (handled) { event.preventDefault(); handled(); }
});
window.addEventListener("beforeunload", (event) => {
  if (state && state.revision !== state.savedRevision) { event.preventDefault(); event.returnValue = ""; }
});
load();
