// Vega-Lite and Vega specifications of the dashboard's charts (rendered as SVG by vega-embed).

import {QUAD_COLORS, QUAD_NAMES} from "./api.js";

const quadScale = {domain: [1, 2, 3, 4].map((q) => QUAD_NAMES[q]), range: [1, 2, 3, 4].map((q) => QUAD_COLORS[q])};
const EMBED = {actions: false, renderer: "svg"};
const TIME_UNITS = {day: "yearmonthdate", week: "yearweek", month: "yearmonth", year: "year"};

export function embed(container, spec) {
  return window.vegaEmbed(container, spec, EMBED);
}

/** Events per period stacked by QuadClass, with the mean Goldstein score as a line on its own axis. */
export function timelineSpec(series, interval) {
  const rows = series.map((r) => ({...r, quad: QUAD_NAMES[r.quad_class]}));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: "container", height: 300, data: {values: rows},
    layer: [
      {mark: {type: "bar", tooltip: true},
       encoding: {x: {field: "period", type: "temporal", timeUnit: TIME_UNITS[interval], title: null,
                      bandPosition: 0},
                  y: {aggregate: "sum", field: "events", type: "quantitative", title: "events"},
                  color: {field: "quad", type: "nominal", scale: quadScale, title: "QuadClass",
                          legend: {orient: "top"}},
                  order: {field: "quad_class"}}},
      {transform: [{joinaggregate: [{op: "sum", field: "events", as: "n"}], groupby: ["period"]},
                   {calculate: "datum.events * datum.goldstein_mean", as: "g"},
                   {aggregate: [{op: "sum", field: "g", as: "gsum"}, {op: "max", field: "n", as: "n"}],
                    groupby: ["period"]},
                   {calculate: "datum.gsum / datum.n", as: "mean Goldstein"}],
       mark: {type: "line", point: true, color: "#1d2430", strokeDash: [4, 3], tooltip: true},
       encoding: {x: {field: "period", type: "temporal", timeUnit: TIME_UNITS[interval]},
                  y: {field: "mean Goldstein", type: "quantitative", scale: {domain: [-10, 10]},
                      title: "mean Goldstein"}}},
    ],
    resolve: {scale: {y: "independent"}},
  };
}

/** The dyad view: counts per QuadClass over time above the mean Goldstein score over time. */
export function dyadSpec(series, interval, width) {
  const rows = [];
  for (const r of series) for (const q of [1, 2, 3, 4]) rows.push({period: r.period, quad: QUAD_NAMES[q], events: r["quad" + q]});
  // bars start at their period (as on the timeline) and both charts share one time axis, so the bar chart
  // does not run a period past the line chart
  const x = {field: "period", type: "temporal", timeUnit: TIME_UNITS[interval], title: null, bandPosition: 0};
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    vconcat: [
      {width, height: 220, data: {values: rows}, mark: {type: "bar", tooltip: true},
       encoding: {x, y: {field: "events", type: "quantitative", aggregate: "sum", title: "events"},
                  color: {field: "quad", type: "nominal", scale: quadScale, title: "QuadClass",
                          legend: {orient: "top"}}}},
      {width, height: 160, data: {values: series},
       layer: [
         {mark: {type: "rule", color: "#9aa3b0"}, encoding: {y: {datum: 0}}},
         {mark: {type: "line", point: true, color: "#1d2430", tooltip: true},
          encoding: {x, y: {field: "goldstein_mean", type: "quantitative", scale: {domain: [-10, 10]},
                            title: "mean Goldstein"}}}]},
    ],
    resolve: {scale: {x: "shared"}},
    config: {concat: {spacing: 20}},
  };
}

/** Who acts on whom: a force-directed graph (Vega), nodes sized by events, edges by weight and coloured by
 * their mean Goldstein score (red conflict, green cooperation). */
export function networkSpec(edges, width) {
  const nodes = new Map();
  for (const e of edges) {
    for (const [code, name] of [[e.source, e.source_name], [e.target, e.target_name]]) {
      if (!nodes.has(code)) nodes.set(code, {code, name: name || code, events: 0});
      nodes.get(code).events += e.events;
    }
  }
  const list = [...nodes.values()].map((n, i) => ({...n, index: i}));
  const index = new Map(list.map((n) => [n.code, n.index]));
  const links = edges.map((e) => ({source: index.get(e.source), target: index.get(e.target), events: e.events,
                                   goldstein: e.goldstein_mean, label: `${e.source} → ${e.target}: ${e.events} events`}));
  return {
    $schema: "https://vega.github.io/schema/vega/v6.json",
    width, height: 520, autosize: "none",
    data: [{name: "links", values: links},
           {name: "nodes", values: list,
            transform: [{type: "force", static: true, iterations: 300, signal: "force",
                         forces: [{force: "center", x: width / 2, y: 260}, {force: "collide", radius: 30},
                                  {force: "nbody", strength: -140},
                                  {force: "link", links: "links", distance: 90}]},
                        // keep nodes (and the arcs between them) inside the panel
                        {type: "formula", as: "x", expr: `clamp(datum.x, 40, ${width - 40})`},
                        {type: "formula", as: "y", expr: "clamp(datum.y, 30, 490)"}]}],
    scales: [{name: "size", type: "sqrt", domain: {data: "nodes", field: "events"}, range: [120, 1400]},
             {name: "width", type: "linear", domain: {data: "links", field: "events"}, range: [1.5, 8]},
             {name: "tone", type: "linear", domain: [-10, 0, 10], range: ["#c0392b", "#b8bcc4", "#4c9f70"]}],
    marks: [
      {type: "path", from: {data: "links"}, interactive: true, clip: true,
       encode: {update: {stroke: {scale: "tone", field: "goldstein"}, strokeWidth: {scale: "width", field: "events"},
                         strokeOpacity: {value: 0.75}, tooltip: {field: "label"}}},
       transform: [{type: "linkpath", require: {signal: "force"}, shape: "curve", sourceX: "datum.source.x", sourceY: "datum.source.y",
                    targetX: "datum.target.x", targetY: "datum.target.y"}]},
      {name: "node", type: "symbol", from: {data: "nodes"},
       encode: {update: {x: {field: "x"}, y: {field: "y"}, size: {scale: "size", field: "events"},
                         fill: {value: "#1f6f8b"}, stroke: {value: "#fff"}, cursor: {value: "pointer"},
                         tooltip: {signal: "datum.code + ' · ' + datum.name + ': ' + datum.events + ' events'"}}}},
      {type: "text", from: {data: "node"}, interactive: false,
       encode: {update: {x: {field: "x"}, y: {field: "y"}, dy: {value: -14}, text: {field: "datum.code"},
                         align: {value: "center"}, fontSize: {value: 12}, fontWeight: {value: "bold"},
                         fill: {value: "#1d2430"}}}},
    ],
  };
}
