// Article text with evidence spans highlighted: the text is cut at every span boundary and each piece gets
// the classes of the spans that cover it (ev-mention, ev-source, ev-target, ev-predicate, ev-quote).

import {el} from "./api.js";

export const KIND_LABELS = {mention: "evidence sentence", source: "source", predicate: "predicate",
                            target: "target", quote: "quote"};

/** Replace the children of `container` with `text`, spans highlighted; returns the created pieces. */
export function renderHighlighted(container, text, spans, {focus = null} = {}) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && b <= s.end);
    const chunk = text.slice(a, b);
    if (!covering.length) { pieces.push(document.createTextNode(chunk)); continue; }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const node = el("span", {className: kinds.map((k) => "ev-" + k).join(" "), "data-start": a, "data-end": b,
                             title: kinds.map((k) => KIND_LABELS[k]).join(", ")}, chunk);
    if (focus !== null && covering.some((s) => s.event === focus)) node.classList.add("ev-focus");
    pieces.push(node);
  }
  container.replaceChildren(...pieces);
  return pieces;
}

/** The text a span kind covers, joined, as shown (for tests and for captions). */
export function spanTexts(text, spans, kind) {
  return spans.filter((s) => s.kind === kind).map((s) => text.slice(s.start, s.end));
}

export function legend() {
  return el("div", {className: "legend"},
    ...["source", "predicate", "target", "mention", "quote"].map((k) => el("span", {className: "ev-" + k}, KIND_LABELS[k])));
}
