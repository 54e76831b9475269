// The dashboard's views. Each takes the element to fill and the route's parameters.

import {QUAD_NAMES, actorLabel, api, el, hashFor, showError} from "./api.js";
import {dyadSpec, embed, networkSpec, timelineSpec} from "./charts.js";
import {legend, renderHighlighted} from "./highlight.js";

export const FILTER_KEYS = ["start", "end", "actor", "country", "root", "quad_class", "factuality", "language", "q"];

function filtersOf(params) {
  const out = {};
  for (const key of FILTER_KEYS) if (params[key]) out[key] = params[key];
  return out;
}

function quadBadge(q) {
  return el("span", {style: "white-space: nowrap"}, el("span", {className: `quad quad-${q}`}), QUAD_NAMES[q] || "");
}

// --- timeline ---
export async function timeline(view, params, summary) {
  const interval = params.interval || "month";
  const select = el("select", {name: "interval", onchange: (e) => { location.hash = hashFor("", {...params, interval: e.target.value}); }},
    ...["day", "week", "month", "year"].map((i) => el("option", {value: i, selected: i === interval}, i)));
  const chart = el("div", {className: "chart", id: "timeline-chart"});
  view.replaceChildren(
    el("div", {className: "cards"},
      ...[["articles", summary.articles], ["events", summary.events], ["mentions", summary.mentions],
          ["from", summary.first_day || "—"], ["to", summary.last_day || "—"]].map(([k, v]) => el("div", {className: "card"}, el("b", {}, v), k))),
    el("div", {className: "row"}, el("h1", {}, "Events over time by QuadClass"), el("label", {}, "per", select)),
    el("div", {className: "panel"}, chart),
    el("p", {className: "muted"}, "Bars: events per period (click a bar for its events). Dashed line: mean Goldstein score (−10 conflict … +10 cooperation)."));
  const data = await api("timeline", {...filtersOf(params), interval});
  if (!data.series.length) { chart.replaceChildren(el("p", {className: "muted"}, "No dated events match these filters.")); return; }
  const result = await embed(chart, timelineSpec(data.series, interval));
  result.view.addEventListener("click", (_event, item) => {
    const datum = item?.datum;
    if (!datum || datum.quad === undefined) return;
    const period = datum.period ?? datum["yearmonth_period"];
    if (!period) return;
    location.hash = hashFor("events", {...filtersOf(params), quad_class: Object.keys(QUAD_NAMES).find((k) => QUAD_NAMES[k] === datum.quad)});
  });
}

// --- dyad ---
export async function dyad(view, params) {
  let {source, target} = params;
  const interval = params.interval || "month";
  if (!source || !target) {
    const top = (await api("network", {...filtersOf(params), limit: 1})).edges[0];
    if (top) { source = source || top.source; target = target || top.target; }
  }
  const form = el("form", {className: "row", id: "dyad-form", onsubmit: (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    location.hash = hashFor("dyad", {...filtersOf(params), source: f.get("source"), target: f.get("target"),
                                     interval: f.get("interval"), both: f.get("both") ? "true" : ""});
  }},
    el("label", {}, "Source", el("input", {name: "source", value: source || "", list: "actor-codes", size: 10, required: true})),
    el("label", {}, "Target", el("input", {name: "target", value: target || "", list: "actor-codes", size: 10, required: true})),
    el("label", {}, "per", el("select", {name: "interval"}, ...["day", "week", "month", "year"].map((i) => el("option", {value: i, selected: i === interval}, i)))),
    el("label", {}, "both directions", el("input", {type: "checkbox", name: "both", checked: params.both === "true"})),
    el("button", {type: "submit"}, "Show"));
  const chart = el("div", {className: "chart", id: "dyad-chart"});
  const list = el("div", {id: "dyad-events"});
  view.replaceChildren(el("h1", {}, `Dyad ${source || "?"} → ${target || "?"}`), form, el("div", {className: "panel"}, chart),
                       el("h2", {}, "Events of this dyad"), list);
  if (!source || !target) { chart.replaceChildren(el("p", {className: "muted"}, "Choose two actors.")); return; }
  const data = await api("dyad", {source, target, interval, start: params.start, end: params.end, both: params.both === "true"});
  if (!data.series.length) chart.replaceChildren(el("p", {className: "muted"}, "No events between these actors."));
  else await embed(chart, dyadSpec(data.series, interval, Math.max(400, chart.clientWidth - 140)));
  await eventTable(list, {source, target, start: params.start, end: params.end}, {compact: true});
}

// --- network ---
export async function network(view, params) {
  const chart = el("div", {className: "chart", id: "network-chart"});
  view.replaceChildren(el("h1", {}, "Who acts on whom"),
    el("p", {className: "muted"}, "Arrows run from source to target; width = number of events, colour = mean Goldstein (red conflict, green cooperation). Click an actor for its events."),
    el("div", {className: "panel"}, chart));
  const data = await api("network", {...filtersOf(params), limit: 150});
  if (!data.edges.length) { chart.replaceChildren(el("p", {className: "muted"}, "No events with both actors match these filters.")); return; }
  const width = Math.max(600, chart.clientWidth - 10);
  const result = await embed(chart, networkSpec(data.edges, width));
  result.view.addEventListener("click", (_event, item) => {
    if (item?.datum?.code) location.hash = hashFor("events", {...filtersOf(params), actor: item.datum.code});
  });
}

// --- map ---
let basemap = null;
export async function map(view, params) {
  const box = el("div", {id: "map"});
  view.replaceChildren(el("h1", {}, "Where events happened"),
    el("p", {className: "muted"}, "Circles: located events per place (area = count, colour = most frequent QuadClass). Basemap: Natural Earth 1:110m country shapes, served locally."),
    box);
  basemap = basemap || await (await fetch("/static/vendor/world-atlas/countries-110m.geojson")).json();
  const leaflet = window.L.map(box, {worldCopyJump: true, attributionControl: true}).setView([0, 110], 3);
  leaflet.attributionControl.setPrefix("Leaflet");
  window.L.geoJSON(basemap, {style: {color: "#9aa3b0", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1},
                             attribution: "Natural Earth"}).addTo(leaflet);
  const data = await api("places", filtersOf(params));
  const colors = {1: "#4c9f70", 2: "#1f6f8b", 3: "#e0a030", 4: "#c0392b"};
  const bounds = [];
  for (const p of data.places) {
    const dominant = [1, 2, 3, 4].reduce((a, b) => (p["quad" + b] > p["quad" + a] ? b : a), 1);
    const marker = window.L.circleMarker([p.lat, p.lon], {radius: 6 + 5 * Math.sqrt(p.events), color: "#1d2430", weight: 1,
                                                          fillColor: colors[dominant], fillOpacity: 0.8, className: "place"});
    const link = el("a", {href: hashFor("events", {...filtersOf(params), location: p.name})}, `${p.events} events`);
    marker.bindPopup(el("div", {}, el("b", {}, p.name), el("br"), `${p.country || ""} · `, link,
                        el("br"), `mean Goldstein ${p.goldstein_mean?.toFixed(1)}`));
    marker.bindTooltip(`${p.name}: ${p.events}`);
    marker.addTo(leaflet);
    bounds.push([p.lat, p.lon]);
  }
  if (bounds.length) leaflet.fitBounds(bounds, {padding: [60, 60], maxZoom: 5});
  view.dataset.places = String(data.places.length);
}

// --- events table ---
const COLUMNS = [["day", "day"], [null, "QuadClass"], ["code", "event"], ["source", "source"], ["target", "target"],
                 ["goldstein", "Goldstein"], [null, "factuality"], [null, "evidence"]];

export async function events(view, params) {
  view.replaceChildren(el("h1", {}, "Events"), el("div", {id: "events-table"}));
  await eventTable(view.querySelector("#events-table"), params, {});
}

async function eventTable(box, params, {compact}) {
  const limit = 50;
  const offset = Number(params.offset || 0);
  const sort = params.sort || "day";
  const order = params.order || "desc";
  const query = {...filtersOf(params), source: params.source, target: params.target, location: params.location,
                 code: params.code, sort, order, limit, offset};
  const data = await api("events", query);
  const head = el("tr", {}, ...COLUMNS.map(([key, label]) => el("th", {
    className: key === sort ? `sorted ${order}` : "", "data-sort": key || "",
    onclick: key && !compact ? () => { location.hash = hashFor("events", {...params, sort: key, order: key === sort && order === "desc" ? "asc" : "desc", offset: 0}); } : undefined,
  }, label)));
  const rows = data.events.map((e) => el("tr", {"data-event": e.event_id, onclick: () => { location.hash = `#/event/${e.event_id}`; }},
    el("td", {}, e.day || e.date || "—"),
    el("td", {}, quadBadge(e.quad_class)),
    el("td", {}, el("a", {href: `#/event/${e.event_id}`}, e.code), " ", e.code_name || ""),
    el("td", {className: "source"}, actorLabel(e.source_code, e.source_name)),
    el("td", {className: "target"}, actorLabel(e.target_code, e.target_name)),
    el("td", {}, e.goldstein.toFixed(1)),
    el("td", {}, e.factuality),
    el("td", {className: "evidence"}, e.evidence || "")));
  const pager = el("div", {className: "pager"},
    el("span", {className: "muted", id: "events-total"}, `${data.total} events` + (data.total ? ` · ${offset + 1}–${offset + data.events.length}` : "")),
    offset > 0 && !compact ? el("button", {className: "secondary", onclick: () => { location.hash = hashFor("events", {...params, offset: Math.max(0, offset - limit)}); }}, "← previous") : null,
    offset + limit < data.total && !compact ? el("button", {className: "secondary", onclick: () => { location.hash = hashFor("events", {...params, offset: offset + limit}); }}, "next →") : null);
  box.replaceChildren(pager, el("table", {className: "events"}, el("thead", {}, head), el("tbody", {}, ...rows)));
}

// --- one event ---
export async function eventPage(view, id) {
  const e = await api(`events/${encodeURIComponent(id)}`);
  const text = el("div", {className: "article-text", id: "article-text"});
  renderHighlighted(text, e.article_text, e.spans);
  const field = (label, ...value) => el("div", {}, el("span", {}, label), ...value);
  const others = el("ul", {className: "event-list", id: "article-events"});
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
      field("article", e.url ? el("a", {href: e.url, rel: "noreferrer noopener", target: "_blank"}, e.title || e.article_id) : (e.title || e.article_id),
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
    el("span", {className: "ev-source"}, e.source?.text || "—"), " → ", el("span", {className: "ev-target"}, e.target?.text || "—"),
    ` · ${e.factuality}${e.date ? " · " + e.date : ""}`, el("br"), el("code", {className: "muted"}, e.rule))));
  if (!result.events.length) list.replaceChildren(el("li", {}, "No events found."));
  output.replaceChildren(el("div", {}, legend(), box), el("div", {}, el("button", {className: "secondary", onclick: () => show(null)}, "show all"), list));
  show(null);
}
