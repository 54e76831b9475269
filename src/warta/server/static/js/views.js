// The dashboard's views. Each takes the element to fill and the route's parameters.

import {QUAD_NAMES, actorLabel, api, el, hashFor, resolveActor, safeUrl, showError} from "./api.js";
import {dyadSpec, embed, onLeave, timelineSpec} from "./charts.js";
import {legend, renderHighlighted} from "./highlight.js";
import {drawMap} from "./map.js";
import {networkSpec} from "./network.js";
import {periodFilter} from "./periods.js";

export const FILTER_KEYS = ["start", "end", "actor", "country", "root", "quad_class", "factuality", "language", "q"];
/** Filters a drill-down adds that the filter bar has no field for: shown as chips above the view. */
export const DRILL_DOWN_KEYS = {source: "source", target: "target", both: "either direction", location: "place",
                                code: "event code", exact: "whole codes", dyadic: "with both actors"};

const pick = (params, keys) => Object.fromEntries(keys.filter((k) => params[k]).map((k) => [k, params[k]]));
const filtersOf = (params) => pick(params, FILTER_KEYS);
const drillDownOf = (params) => pick(params, Object.keys(DRILL_DOWN_KEYS));

function quadBadge(q) {
  return el("span", {style: "white-space: nowrap", title: QUAD_NAMES[q] || ""}, el("span", {className: `quad quad-${q}`}),
            el("span", {className: "quad-name"}, QUAD_NAMES[q] || ""));
}

// --- timeline ---
const intervalSelect = (interval, onchange) => el("select", {name: "interval", onchange},
  ...["day", "week", "month", "year"].map((i) => el("option", {value: i, selected: i === interval}, i)));

/** Clicking a bar (a period and a QuadClass) opens exactly that bar's events. */
function drillDownOnBars(result, interval, filters) {
  result.view.addEventListener("click", (_event, item) => {
    const datum = item?.datum;
    if (!datum?.period || !datum.quad_class) return;
    location.hash = hashFor("events", {...filters, ...periodFilter(datum.period, interval, filters),
                                       quad_class: datum.quad_class});
  });
}

export async function timeline(view, params, summary) {
  const interval = params.interval || "month";
  const select = intervalSelect(interval, (e) => { location.hash = hashFor("", {...params, interval: e.target.value}); });
  const chart = el("div", {className: "chart", id: "timeline-chart"});
  view.replaceChildren(
    el("div", {className: "cards"},
      ...[["articles", summary.articles], ["events", summary.events], ["mentions", summary.mentions],
          ["from", summary.first_day || "—"], ["to", summary.last_day || "—"]].map(([k, v]) => el("div", {className: "card"}, el("b", {}, v), k))),
    el("div", {className: "row"}, el("h1", {}, "Events over time by QuadClass"), el("label", {}, "per", select)),
    el("div", {className: "panel"}, chart),
    el("p", {className: "muted"}, "Bars: events per period (click a bar for exactly its events). Grey line, right axis: mean Goldstein score (−10 conflict … +10 cooperation), broken where a period has no events. Weeks are ISO weeks."));
  const data = await api("timeline", {...filtersOf(params), interval});
  if (!data.series.length) { chart.replaceChildren(el("p", {className: "muted"}, "No dated events match these filters.")); return; }
  const result = await embed(chart, timelineSpec(data.series, interval, Math.max(300, chart.clientWidth - 110)));
  drillDownOnBars(result, interval, filtersOf(params));
}

// --- dyad ---
export async function dyad(view, params) {
  let {source, target} = params;
  const interval = params.interval || "month";
  const both = params.both === "true";
  if (!source || !target) {
    const top = (await api("network", {...filtersOf(params), limit: 1})).edges[0];
    if (top) { source = source || top.source; target = target || top.target; }
  }
  const message = el("div", {id: "dyad-message"});
  const form = el("form", {className: "row", id: "dyad-form", onsubmit: async (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    const [from, to] = [await resolveActor(String(f.get("source")).trim(), "Source"),
                        await resolveActor(String(f.get("target")).trim(), "Target")];
    const problems = [from.problem, to.problem].filter(Boolean);
    if (problems.length) { message.replaceChildren(...problems.map((p) => el("p", {className: "error", role: "alert"}, p))); return; }
    location.hash = hashFor("dyad", {start: params.start, end: params.end, source: from.code, target: to.code,
                                     interval: f.get("interval"), both: f.get("both") ? "true" : ""});
  }},
    el("label", {}, "Source", el("input", {name: "source", value: source || "", list: "actor-codes", size: 10, required: true})),
    el("label", {}, "Target", el("input", {name: "target", value: target || "", list: "actor-codes", size: 10, required: true})),
    el("label", {}, "per", intervalSelect(interval)),
    el("label", {}, "both directions", el("input", {type: "checkbox", name: "both", checked: both})),
    el("button", {type: "submit"}, "Show"));
  const arrow = both ? "↔" : "→";
  const title = `Dyad ${source || "?"} ${arrow} ${target || "?"}`;
  document.title = `${title} — warta`;
  const chart = el("div", {className: "chart", id: "dyad-chart"});
  const list = el("div", {id: "dyad-events"});
  const note = el("p", {className: "muted", id: "dyad-note"});
  view.replaceChildren(el("h1", {id: "dyad-title"}, title), form, message, el("div", {className: "panel"}, chart), note,
                       el("h2", {}, `Events ${source || "?"} ${arrow} ${target || "?"}`), list);
  if (!source || !target) { chart.replaceChildren(el("p", {className: "muted"}, "Choose two actors.")); return; }
  const pair = {source, target, both: both ? "true" : "", start: params.start, end: params.end};
  const data = await api("dyad", {source, target, interval, start: params.start, end: params.end, both});
  if (!data.series.length) chart.replaceChildren(el("p", {className: "muted"}, "No dated events between these actors."));
  else {
    const result = await embed(chart, dyadSpec(data.series, interval, Math.max(300, chart.clientWidth - 140)));
    drillDownOnBars(result, interval, {...pair, both: pair.both || undefined});
  }
  const charted = data.series.reduce((n, r) => n + r.events, 0);
  const total = await eventTable(list, {...params, ...pair}, {view: "dyad"});
  note.textContent = `${charted} dated events in the chart (codes match as prefixes: IDN takes in IDNGOV)` +
    (total > charted ? `; ${total - charted} more have no date and are listed below only.` : ".");
}

// --- network ---
export async function network(view, params) {
  const chart = el("div", {className: "chart", id: "network-chart"});
  const note = el("p", {className: "muted", id: "network-note"});
  view.replaceChildren(el("h1", {}, "Who acts on whom"),
    el("p", {className: "muted"}, "Arrows run from source to target; width = number of events, colour = mean Goldstein (red conflict, grey neutral, green cooperation); node area = events of the actor. Groups of actors that never act on each other are drawn apart. Click an actor or an arrow for exactly its events."),
    el("div", {className: "panel"}, chart), note);
  const limit = 1000;
  const data = await api("network", {...filtersOf(params), limit});
  if (!data.edges.length) { chart.replaceChildren(el("p", {className: "muted"}, "No events with both actors match these filters.")); return; }
  const notes = [];
  if (data.edges.length === limit) notes.push(`Showing the ${limit} busiest source → target pairs only; an actor's count covers those pairs.`);
  if (params.actor) notes.push(`With the Actor filter ${params.actor}, an actor's count covers its events with ${params.actor}; clicking it opens all its events with a counterpart (arrows open exactly their own).`);
  note.textContent = notes.join(" ");
  const width = Math.max(320, chart.clientWidth - 4);
  const result = await embed(chart, networkSpec(data.edges, width));
  result.view.addEventListener("click", (_event, item) => {
    const datum = item?.datum;
    if (!datum) return;
    const base = {...filtersOf(params), actor: undefined, exact: "true"};
    if (datum.source && datum.target) location.hash = hashFor("events", {...base, source: datum.source, target: datum.target});
    else if (datum.code) location.hash = hashFor("events", {...base, actor: datum.code, dyadic: "true"});
  });
}

// --- map ---
export async function map(view, params) {
  const box = el("div", {id: "map"});
  view.replaceChildren(el("h1", {}, "Where events happened"),
    el("p", {className: "muted"}, "One pie per place: area = located events (bounded), slices = QuadClass mix (",
       ...[1, 2, 3, 4].flatMap((q) => [el("span", {className: `quad quad-${q}`}), QUAD_NAMES[q], q < 4 ? ", " : ""]),
       "). Click a place for its events. Basemap: Natural Earth 1:110m country shapes, served locally."),
    box);
  const data = await api("places", filtersOf(params));
  const leaflet = await drawMap(box, data.places, (p) => hashFor("events", {...filtersOf(params), location: p.name}));
  onLeave(() => leaflet.remove());
  view.dataset.places = String(data.places.length);
}

// --- events table ---
const COLUMNS = [["day", "day"], [null, "QuadClass"], ["code", "event"], ["source", "source"], ["target", "target"],
                 ["goldstein", "Goldstein"], [null, "factuality"], [null, "evidence"]];
const PAGE = 50;

export async function events(view, params) {
  view.replaceChildren(el("h1", {}, "Events"), el("div", {id: "events-table"}));
  await eventTable(view.querySelector("#events-table"), params, {view: "events"});
}

/** One page of events matching `params`, sortable, with a pager that stays on `view`; returns the total. */
async function eventTable(box, params, {view}) {
  const offset = Number(params.offset || 0);
  const sort = params.sort || "day";
  const order = params.order || "desc";
  const query = {...filtersOf(params), ...drillDownOf(params), sort, order, limit: PAGE, offset};
  const data = await api("events", query);
  const go = (changes) => () => { location.hash = hashFor(view, {...params, ...changes}); };
  const head = el("tr", {}, ...COLUMNS.map(([key, label]) => el("th", {
    className: key === sort ? `sorted ${order}` : "", "data-sort": key || "",
    onclick: key ? go({sort: key, order: key === sort && order === "desc" ? "asc" : "desc", offset: 0}) : undefined,
  }, label)));
  const rows = data.events.map((e) => el("tr", {"data-event": e.event_id, onclick: () => { location.hash = `#/event/${e.event_id}`; }},
    el("td", {className: "day"}, e.day || e.date || "—"),
    el("td", {}, quadBadge(e.quad_class)),
    el("td", {}, el("a", {href: `#/event/${e.event_id}`}, e.code), " ", e.code_name || ""),
    el("td", {className: "source"}, actorLabel(e.source_code, e.source_name)),
    el("td", {className: "target"}, actorLabel(e.target_code, e.target_name)),
    el("td", {}, e.goldstein.toFixed(1)),
    el("td", {}, e.factuality),
    el("td", {className: "evidence"}, e.evidence || "")));
  const pager = el("div", {className: "pager"},
    el("span", {className: "muted", id: "events-total", "data-total": data.total},
       `${data.total} events` + (data.total ? ` · ${offset + 1}–${offset + data.events.length}` : "")),
    offset > 0 ? el("button", {className: "secondary", onclick: go({offset: Math.max(0, offset - PAGE)})}, "← previous") : null,
    offset + PAGE < data.total ? el("button", {className: "secondary", onclick: go({offset: offset + PAGE})}, "next →") : null);
  box.replaceChildren(pager, el("div", {className: "table-box"},
    el("table", {className: "events"}, el("thead", {}, head), el("tbody", {}, ...rows))));
  return data.total;
}

// --- one event ---
export async function eventPage(view, id) {
  const e = await api(`events/${encodeURIComponent(id)}`);
  const text = el("div", {className: "article-text", id: "article-text"});
  renderHighlighted(text, e.article_text, e.spans);
  const field = (label, ...value) => el("div", {}, el("span", {}, label), ...value);
  const others = el("ul", {className: "event-list", id: "article-events"});
  const url = safeUrl(e.url);
  document.title = `${e.code} ${e.code_name || ""} — warta`;
  view.replaceChildren(
    el("h1", {}, `${e.code} ${e.code_name || ""}`),
    el("div", {className: "event-head panel"},
      field("source", el("b", {className: "ev-source"}, e.source_text || "—"), ` ${actorLabel(e.source_code, e.source_name)}`),
      field("target", el("b", {className: "ev-target"}, e.target_text || "—"), ` ${actorLabel(e.target_code, e.target_name)}`),
      field("QuadClass / root", quadBadge(e.quad_class), ` · ${e.root_code} ${e.root_name || ""}`),
      field("Goldstein", String(e.goldstein)),
      field("date", e.date || "—", e.day && e.day !== e.date ? ` (day ${e.day})` : ""),
      field("factuality", e.factuality),
      field("reported by", e.reported_by_name || e.reported_by_text || "—"),
      field("place", e.location_name ? `${e.location_name}${e.location_country ? " (" + e.location_country + ")" : ""}` : "—"),
      field("article", url ? el("a", {href: url, rel: "noreferrer noopener", target: "_blank"}, e.title || e.article_id)
                           : (e.title || e.article_id),
            e.url && !url ? el("span", {className: "muted", id: "article-url"}, ` · ${e.url} (not a web address: not linked)`) : "",
            e.outlet ? ` · ${e.outlet}` : "", e.published ? ` · ${e.published}` : "")),
    el("h2", {}, "Rule that fired"), el("code", {className: "rule", id: "event-rule"}, e.rule),
    el("h2", {}, `Evidence in the article (${e.mentions.length} mention${e.mentions.length === 1 ? "" : "s"})`),
    legend(), text,
    el("h2", {}, "Other events of this article"), others);
  text.querySelector(".ev-mention")?.scrollIntoView({block: "center"});
  const article = await api(`articles/${e.article_hash}`);
  others.replaceChildren(...article.events.filter((o) => o.event_id !== e.event_id).map((o) =>
    el("li", {onclick: () => { location.hash = `#/event/${o.event_id}`; }},
       quadBadge(o.quad_class), ` ${o.code} ${o.code_name || ""}: ${o.source_code || "?"} → ${o.target_code || "—"}`)));
  if (!others.childElementCount) others.replaceChildren(el("li", {className: "muted"}, "None: this is the article's only event."));
}

// --- paste an article ---
export function paste(view, summary) {
  const status = el("p", {className: "muted", id: "paste-status"});
  const output = el("div", {className: "two", id: "paste-output"});
  const form = el("form", {id: "paste-form", onsubmit: async (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    status.textContent = "coding…";
    output.replaceChildren();
    try {
      const result = await api("extract", {}, {text: f.get("text"), language: f.get("language") || null,
                                                published: f.get("published") || null});
      status.textContent = `${result.events.length} event${result.events.length === 1 ? "" : "s"} · language ${result.article.language}` +
                           (result.article.published ? ` · published ${result.article.published}` : "");
      showExtracted(output, result);
    } catch (err) { status.textContent = ""; showError(output, err); }
  }},
    el("textarea", {name: "text", required: true, maxlength: summary.max_extract_chars, placeholder: "Paste a news article (Indonesian or English)…"}),
    el("div", {className: "row"},
      el("label", {}, "Language", el("select", {name: "language"}, el("option", {value: ""}, "identify"),
                                     el("option", {value: "id"}, "Indonesian"), el("option", {value: "en"}, "English"))),
      el("label", {}, "Published", el("input", {type: "date", name: "published"})),
      el("button", {type: "submit"}, "Find the events")));
  view.replaceChildren(el("h1", {}, "Paste an article"), form, status, output);
}

function showExtracted(output, result) {
  const text = result.article.text;
  const all = result.events.flatMap((e, i) => e.spans.map((s) => ({...s, event: i})));
  const box = el("div", {className: "article-text", id: "paste-text"});
  const list = el("ul", {className: "event-list", id: "paste-events"});
  const show = (focus) => {
    const spans = focus === null ? all : all.filter((s) => s.event === focus);
    renderHighlighted(box, text, spans, {focus});
    list.querySelectorAll("li").forEach((li, i) => li.classList.toggle("selected", i === focus));
    box.querySelector(".ev-focus")?.scrollIntoView({block: "center"});
  };
  list.replaceChildren(...result.events.map((e, i) => el("li", {onclick: () => show(i)},
    quadBadge(e.quad_class), el("b", {}, ` ${e.code} ${e.code_name || ""}`), el("br"),
    el("span", {className: "ev-source"}, e.source?.text || "—"), el("span", {className: "code"}, e.source?.code ? ` ${e.source.code}` : ""),
    " → ", el("span", {className: "ev-target"}, e.target?.text || "—"), el("span", {className: "code"}, e.target?.code ? ` ${e.target.code}` : ""),
    ` · ${e.factuality}${e.date ? " · " + e.date : ""}`, el("br"), el("code", {className: "muted"}, e.rule))));
  if (!result.events.length) list.replaceChildren(el("li", {}, "No events found."));
  output.replaceChildren(el("div", {}, legend(), box), el("div", {}, el("button", {className: "secondary", onclick: () => show(null)}, "show all"), list));
  show(null);
}
