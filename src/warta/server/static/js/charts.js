// Vega-Lite specifications of the dashboard's time charts (rendered as SVG by vega-embed), and the
// bookkeeping that takes a view's charts (and their tooltips) away when the analyst navigates on.

import {QUAD_COLORS, QUAD_NAMES} from "./api.js";
import {periodLabel, periodsBetween} from "./periods.js";

const quadScale = {domain: [1, 2, 3, 4].map((q) => QUAD_NAMES[q]), range: [1, 2, 3, 4].map((q) => QUAD_COLORS[q])};
const EMBED = {actions: false, renderer: "svg"};
const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
const cleanups = [];

/** Render a spec into `container`; the chart is finalized when the view is left (`leaveView`). */
export async function embed(container, spec) {
  const result = await window.vegaEmbed(container, spec, EMBED);
  cleanups.push(() => result.finalize());
  return result;
}

/** Run when leaving a view (anything that outlives its DOM: charts, maps). */
export function onLeave(fn) {
  cleanups.push(fn);
}

/** Finalize the previous view's charts and maps and hide any tooltip left on screen. */
export function leaveView() {
  while (cleanups.length) {
    try { cleanups.pop()(); } catch { /* a chart that failed to render has nothing to finalize */ }
  }
  document.querySelectorAll(".vg-tooltip").forEach((tip) => { tip.classList.remove("visible"); tip.replaceChildren(); });
}

const MIN_STEP = 3;  // pixels per period at least: a day's bar stays visible over years (the panel scrolls)

/** Every period from the first to the last in `series`, labelled as the interval reads (ISO weeks), and the
 * plot width: `width`, or wider when the periods would get less than MIN_STEP pixels each. */
function periodAxis(series, interval, width) {
  const periods = [...new Set(series.map((r) => r.period))].sort();
  const all = periodsBetween(periods[0], periods[periods.length - 1], interval);
  const labels = all.map((p) => periodLabel(p, interval));
  const x = {field: "label", type: "ordinal", title: null, scale: {domain: labels, paddingInner: 0.12},
             axis: {labelOverlap: "greedy", labelAngle: interval === "day" || interval === "week" ? -40 : 0}};
  return {all, x, width: Math.max(width, all.length * MIN_STEP)};
}

/** The mean Goldstein score per period, with a new run after every empty period (the line breaks there
 * instead of joining non-adjacent periods). */
function goldsteinRuns(all, interval, meanOf) {
  const rows = [];
  let run = 0;
  for (const period of all) {
    const mean = meanOf(period);
    if (mean === null) { run += 1; continue; }
    rows.push({period, label: periodLabel(period, interval), goldstein: Math.round(mean * 100) / 100, run});
  }
  return rows;
}

const goldsteinLayer = (rows, x) => ({
  data: {values: rows},
  mark: {type: "line", color: "#6b7280", strokeWidth: 1.2, opacity: 0.85,
         point: {filled: true, size: 14, color: "#6b7280"}},
  encoding: {x, detail: {field: "run", type: "nominal"},
             y: {field: "goldstein", type: "quantitative", scale: {domain: [-10, 10]}, title: "mean Goldstein",
                 axis: {orient: "right", grid: false, titleColor: "#6b7280", labelColor: "#6b7280"}},
             tooltip: [{field: "label", title: "period"}, {field: "goldstein", title: "mean Goldstein"}]}});

const barLayer = (rows, x) => ({
  data: {values: rows},
  mark: {type: "bar"},
  encoding: {x, y: {field: "events", type: "quantitative", stack: "zero", title: "events",
                    axis: {tickMinStep: 1, format: "d"}},
             color: {field: "quad", type: "nominal", scale: quadScale, title: "QuadClass", legend: {orient: "top"}},
             order: {field: "quad_class"},
             tooltip: [{field: "label", title: "period"}, {field: "quad", title: "QuadClass"},
                       {field: "events", title: "events"}]}});

/** Events per period stacked by QuadClass, with the mean Goldstein score as a light line on its own axis. */
export function timelineSpec(series, interval, plotWidth) {
  const {all, x, width} = periodAxis(series, interval, plotWidth);
  const bars = series.map((r) => ({...r, label: periodLabel(r.period, interval), quad: QUAD_NAMES[r.quad_class]}));
  const mean = (period) => {
    const rows = series.filter((r) => r.period === period);
    const n = rows.reduce((s, r) => s + r.events, 0);
    return n ? rows.reduce((s, r) => s + r.events * r.goldstein_mean, 0) / n : null;
  };
  return {$schema: SCHEMA, width, height: 300,
          layer: [barLayer(bars, x), goldsteinLayer(goldsteinRuns(all, interval, mean), x)],
          resolve: {scale: {y: "independent"}}};
}

/** The dyad view: counts per QuadClass over time above the mean Goldstein score, on one period axis. */
export function dyadSpec(series, interval, plotWidth) {
  const {all, x, width} = periodAxis(series, interval, plotWidth);
  const bars = [];
  for (const r of series) {
    for (const q of [1, 2, 3, 4]) {
      if (r["quad" + q]) bars.push({period: r.period, label: periodLabel(r.period, interval), quad: QUAD_NAMES[q],
                                    quad_class: q, events: r["quad" + q]});
    }
  }
  const byPeriod = new Map(series.map((r) => [r.period, r.goldstein_mean]));
  const runs = goldsteinRuns(all, interval, (p) => (byPeriod.has(p) ? byPeriod.get(p) : null));
  return {$schema: SCHEMA,
          vconcat: [{width, height: 220, ...barLayer(bars, x)},
                    {width, height: 140, layer: [{data: {values: [{}]}, mark: {type: "rule", color: "#d9dde3"}, encoding: {y: {datum: 0}}},
                                                 goldsteinLayer(runs, x)]}],
          resolve: {scale: {x: "shared"}}, config: {concat: {spacing: 16}}};
}
