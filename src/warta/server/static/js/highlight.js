// Article text with evidence spans highlighted: the text is cut at every span boundary and each piece gets
// the classes of the spans that cover it (ev-mention, ev-source, ev-target, ev-predicate, ev-quote).

import {el} from "./api.js";

export const KIND_LABELS = {mention: "evidence sentence", source: "source", predicate: "predicate",
                            target: "target", quote: "quote"};

/** warta's offsets count code points (Python's str); JavaScript strings index UTF-16 units, two for every
 * character outside the Basic Multilingual Plane (most emoji, each half of a flag). The UTF-16 index of each
 * code-point offset of `text`, 0 to its length in code points. */
export function utf16Offsets(text) {
  const offsets = [0];
  for (const char of text) offsets.push(offsets[offsets.length - 1] + char.length);  // iterates code points
  return offsets;
}

/** Spans with `start`/`end` in code points turned into UTF-16 indexes of `text` (out-of-range ones dropped). */
export function toUtf16(text, spans) {
  const at = utf16Offsets(text);
  const last = at.length - 1;
  return spans.filter((s) => s.start >= 0 && s.end <= last && s.start < s.end)
    .map((s) => ({...s, start: at[s.start], end: at[s.end]}));
}

/** Replace the children of `container` with `text`, spans (code-point offsets, as the API gives them)
 * highlighted; returns the created pieces. */
export function renderHighlighted(container, text, spans, {focus = null} = {}) {
  spans = toUtf16(text, spans);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && b <= s.end);
    const chunk = text.slice(a, b);
    if (!covering.length) { pieces.push(document.createTextNode(chunk)); continue; }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const node = el("span", {className: kinds.map((k) => "ev-" + k).join(" "),
                             title: kinds.map((k) => KIND_LABELS[k]).join(", ")}, chunk);
    if (focus !== null && covering.some((s) => s.event === focus)) node.classList.add("ev-focus");
    pieces.push(node);
  }
  container.replaceChildren(...pieces);
  return pieces;
}

export function legend() {
  return el("div", {className: "legend"},
    ...["source", "predicate", "target", "mention", "quote"].map((k) => el("span", {className: "ev-" + k}, KIND_LABELS[k])));
}
