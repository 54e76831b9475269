// Who acts on whom: a directed graph laid out with d3-force (vendored), one connected group at a time so that
// groups that never meet stay apart, then packed in rows; drawn by Vega with arrowheads at the targets.

const LABEL_FONT = "bold 12px system-ui, 'Liberation Sans', Arial, sans-serif";
const GAP = 36;  // between packed groups
const MARGIN = 12;

function textWidth(text) {
  const context = (textWidth.canvas ||= document.createElement("canvas")).getContext("2d");
  context.font = LABEL_FONT;
  return context.measureText(text).width;
}

/** Nodes (with their event counts: a self-loop counts once) and edges of the API's network. */
function graphOf(edges) {
  const nodes = new Map();
  const node = (code, name) => {
    if (!nodes.has(code)) nodes.set(code, {code, name: name || code, events: 0});
    return nodes.get(code);
  };
  for (const e of edges) {
    node(e.source, e.source_name).events += e.events;
    if (e.target !== e.source) node(e.target, e.target_name).events += e.events;
  }
  const max = Math.max(...[...nodes.values()].map((n) => n.events));
  for (const n of nodes.values()) {
    n.r = 5 + 13 * Math.sqrt(n.events / max);  // area grows with the count
    n.labelWidth = textWidth(n.code);
    // a node and its label (drawn above it) must not touch another's
    n.extent = Math.max(n.r + 16, n.labelWidth / 2) + 6;
  }
  return {nodes: [...nodes.values()], edges};
}

/** Connected groups (direction ignored), largest first. */
function groups(nodes, edges) {
  const parent = new Map(nodes.map((n) => [n.code, n.code]));
  const find = (c) => (parent.get(c) === c ? c : (parent.set(c, find(parent.get(c))), parent.get(c)));
  for (const e of edges) parent.set(find(e.source), find(e.target));
  const byRoot = new Map();
  for (const n of nodes) {
    const root = find(n.code);
    if (!byRoot.has(root)) byRoot.set(root, []);
    byRoot.get(root).push(n);
  }
  return [...byRoot.values()].sort((a, b) => b.length - a.length || b[0].events - a[0].events);
}

/** Positions for one group around (0, 0), and its bounding box (labels included). */
function layoutGroup(members, edges) {
  const d3 = window.d3;
  const codes = new Set(members.map((n) => n.code));
  const links = edges.filter((e) => codes.has(e.source) && codes.has(e.target) && e.source !== e.target)
    .map((e) => ({source: e.source, target: e.target}));
  d3.forceSimulation(members)
    .force("link", d3.forceLink(links).id((n) => n.code).distance((l) => 40 + l.source.extent + l.target.extent).strength(0.4))
    .force("charge", d3.forceManyBody().strength(-260))
    .force("collide", d3.forceCollide((n) => n.extent).iterations(3))
    .force("x", d3.forceX(0).strength(0.06))
    .force("y", d3.forceY(0).strength(0.09))
    .stop().tick(300);
  const box = {x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity};
  for (const n of members) {
    const half = Math.max(n.r, n.labelWidth / 2);
    box.x0 = Math.min(box.x0, n.x - half); box.x1 = Math.max(box.x1, n.x + half);
    box.y0 = Math.min(box.y0, n.y - n.r - 18); box.y1 = Math.max(box.y1, n.y + n.r);
  }
  return box;
}

/** Lay every group out and pack the groups in rows of `width`; returns the height used. */
function pack(list, edges, width) {
  let x = MARGIN, y = MARGIN, rowHeight = 0;
  for (const members of list) {
    const box = layoutGroup(members, edges);
    const [w, h] = [box.x1 - box.x0, box.y1 - box.y0];
    if (x > MARGIN && x + w > width - MARGIN) { x = MARGIN; y += rowHeight + GAP; rowHeight = 0; }
    for (const n of members) { n.x += x - box.x0; n.y += y - box.y0; n.group = list.indexOf(members); }
    x += w + GAP;
    rowHeight = Math.max(rowHeight, h);
  }
  return y + rowHeight + MARGIN;
}

/** An edge as a path ending short of its target, plus a filled arrowhead there. Two actors that act on each
 * other get two arcs bent apart, so that both directions stay visible. */
function edgeShapes(s, t, width, bent) {
  const [dx, dy] = [t.x - s.x, t.y - s.y];
  const length = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [-dy / length, dx / length];
  const bend = bent ? Math.min(28, length / 4) : 0;
  const [cx, cy] = [(s.x + t.x) / 2 + nx * bend, (s.y + t.y) / 2 + ny * bend];
  // the arrow points along the curve's last direction (control point -> target)
  const [ux, uy] = [t.x - cx, t.y - cy].map((v) => v / (Math.hypot(t.x - cx, t.y - cy) || 1));
  const head = 7 + width * 1.4;
  const tip = [t.x - ux * (t.r + 2), t.y - uy * (t.r + 2)];
  const base = [tip[0] - ux * head, tip[1] - uy * head];
  const half = head * 0.45;
  const f = (n) => n.toFixed(1);
  return {
    d: `M${f(s.x)},${f(s.y)} Q${f(cx)},${f(cy)} ${f(base[0])},${f(base[1])}`,
    head: `M${f(tip[0])},${f(tip[1])} L${f(base[0] - uy * half)},${f(base[1] + ux * half)} ` +
          `L${f(base[0] + uy * half)},${f(base[1] - ux * half)} Z`,
  };
}

const TONE = (g) => {
  // red (conflict) through grey to green (cooperation), as the caption says
  const mix = (a, b, k) => Math.round(a + (b - a) * k);
  const [grey, red, green] = [[184, 188, 196], [192, 57, 43], [76, 159, 112]];
  const [to, k] = g < 0 ? [red, Math.min(1, -g / 10)] : [green, Math.min(1, g / 10)];
  return `rgb(${grey.map((c, i) => mix(c, to[i], k)).join(",")})`;
};

/** The Vega spec of the network, laid out for `width` pixels. */
export function networkSpec(apiEdges, width) {
  const {nodes, edges} = graphOf(apiEdges);
  const height = Math.max(260, pack(groups(nodes, edges), edges, width));
  const at = new Map(nodes.map((n) => [n.code, n]));
  const pairs = new Set(edges.map((e) => `${e.source}\u0000${e.target}`));
  const maxEvents = Math.max(...edges.map((e) => e.events));
  const drawn = edges.filter((e) => e.source !== e.target).map((e) => {
    const w = 1.2 + 4.8 * Math.sqrt(e.events / maxEvents);
    const bent = pairs.has(`${e.target}\u0000${e.source}`);
    return {...edgeShapes(at.get(e.source), at.get(e.target), w, bent), width: w, color: TONE(e.goldstein_mean),
            source: e.source, target: e.target, events: e.events,
            label: `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.goldstein_mean.toFixed(1)}`};
  });
  const shown = nodes.map((n) => ({code: n.code, name: n.name, events: n.events, x: n.x, y: n.y, size: 4 * n.r * n.r,
                                   labelY: n.y - n.r - 3, group: n.group}));
  const edgeEncoding = {stroke: {field: "color"}, strokeWidth: {field: "width"}, strokeOpacity: {value: 0.8},
                        cursor: {value: "pointer"}, tooltip: {field: "label"}};
  const label = (halo) => ({type: "text", from: {data: "nodes"}, interactive: false,
    encode: {update: {x: {field: "x"}, y: {field: "labelY"}, text: {field: "code"}, align: {value: "center"},
                      baseline: {value: "bottom"}, fontSize: {value: 12}, fontWeight: {value: "bold"},
                      ...(halo ? {stroke: {value: "#fff"}, strokeWidth: {value: 3}, strokeOpacity: {value: 0.9}}
                          : {fill: {value: "#1d2430"}})}}});
  return {
    $schema: "https://vega.github.io/schema/vega/v6.json",
    width, height, autosize: "none", padding: 0,
    data: [{name: "edges", values: drawn}, {name: "nodes", values: shown}],
    marks: [
      {name: "edge", type: "path", from: {data: "edges"}, encode: {update: {path: {field: "d"}, ...edgeEncoding}}},
      {name: "arrow", type: "path", from: {data: "edges"},
       encode: {update: {path: {field: "head"}, fill: {field: "color"}, cursor: {value: "pointer"}, tooltip: {field: "label"}}}},
      {name: "node", type: "symbol", from: {data: "nodes"},
       encode: {update: {x: {field: "x"}, y: {field: "y"}, size: {field: "size"}, fill: {value: "#1f6f8b"},
                         stroke: {value: "#fff"}, strokeWidth: {value: 1.5}, cursor: {value: "pointer"},
                         tooltip: {signal: "datum.code + ' · ' + datum.name + ': ' + datum.events + ' events'"}}}},
      label(true), label(false),
    ],
  };
}
