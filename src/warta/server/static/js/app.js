// The dashboard: a hash router (#/view?filters), the shared filter bar with the drill-down filters shown as
// removable chips, the Actor field that takes codes or names, and the database summary.

import {api, el, hashFor, resolveActor, showError} from "./api.js";
import {leaveView} from "./charts.js";
import * as views from "./views.js";

const VIEWS = {"": "timeline", timeline: "timeline", dyad: "dyad", network: "network", map: "map", events: "events",
               event: "event", paste: "paste"};
const TITLES = {timeline: "Timeline", dyad: "Dyad", network: "Network", map: "Map", events: "Events", event: "Event",
                paste: "Paste an article", missing: "No such page"};
const WITH_FILTERS = new Set(["timeline", "network", "map", "events"]);
const KEPT_ON_APPLY = ["interval", ...Object.keys(views.DRILL_DOWN_KEYS)];
let summary = null;
let actors = [];

function route() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?");
  const [name, ...rest] = path.split("/");
  return {view: VIEWS[name] ?? "missing", id: rest.join("/"), params: Object.fromEntries(new URLSearchParams(query))};
}

const hashOf = (view, params) => hashFor(view === "timeline" ? "" : view, params);

function fillFilters(form, params) {
  for (const key of views.FILTER_KEYS) form.elements[key].value = params[key] || "";
}

/** The drill-down filters of the route as chips, each removable; and what the Actor code stands for. */
function showChips(view, params) {
  const chips = document.getElementById("filter-chips");
  const shown = Object.entries(views.DRILL_DOWN_KEYS).filter(([key]) => params[key]);
  chips.replaceChildren(...shown.map(([key, label]) => el("span", {className: "chip", "data-key": key},
    params[key] === "true" ? label : `${label}: `, params[key] === "true" ? "" : el("b", {}, params[key]),
    el("button", {type: "button", className: "chip-remove", "aria-label": `remove the ${label} filter`,
                  title: `remove the ${label} filter`,
                  onclick: () => { const next = {...params, offset: undefined}; delete next[key]; location.hash = hashOf(view, next); }},
       "×"))));
  const known = params.actor && actors.find((a) => a.code === params.actor.toUpperCase());
  if (known?.name) chips.append(el("span", {className: "muted", id: "actor-meaning"}, `${known.code} = ${known.name}`));
  chips.hidden = !chips.childElementCount;
}

async function render() {
  const {view, id, params} = route();
  const main = document.getElementById("view");
  const form = document.getElementById("filters");
  leaveView();
  form.classList.toggle("hidden", !WITH_FILTERS.has(view));
  fillFilters(form, params);
  showChips(view, params);
  document.title = `${TITLES[view]} — warta`;
  document.querySelectorAll("header nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === view));
  document.body.dataset.view = view;
  main.dataset.state = "loading";
  try {
    if (view === "timeline") await views.timeline(main, params, summary);
    else if (view === "dyad") await views.dyad(main, params);
    else if (view === "network") await views.network(main, params);
    else if (view === "map") await views.map(main, params);
    else if (view === "events") await views.events(main, params);
    else if (view === "event") await views.eventPage(main, id);
    else if (view === "paste") views.paste(main, summary);
    else main.replaceChildren(el("p", {className: "error"}, "No such page."));
  } catch (err) {
    showError(main, err);
  }
  main.dataset.state = "ready";
}

async function apply(form) {
  const {view, params} = route();
  const message = document.getElementById("filter-message");
  message.replaceChildren();
  const next = {};
  for (const [key, value] of new FormData(form)) if (String(value).trim()) next[key] = String(value).trim();
  for (const key of KEPT_ON_APPLY) if (params[key]) next[key] = params[key];
  if (next.actor) {
    const {code, problem} = await resolveActor(next.actor, "Actor");
    if (problem) { message.replaceChildren(el("p", {className: "error", role: "alert"}, problem)); return; }
    next.actor = code;
  }
  location.hash = hashOf(view, next);
}

async function start() {
  const form = document.getElementById("filters");
  try {
    summary = await api("summary");
    actors = (await api("actors", {limit: 500})).actors;
  } catch (err) {
    showError(document.getElementById("view"), err);
    return;
  }
  document.getElementById("db-summary").textContent =
    `${summary.events} events · ${summary.articles} articles · ${summary.first_day || "?"} – ${summary.last_day || "?"}`;
  form.elements.root.append(...summary.roots.map((r) => el("option", {value: r.code}, `${r.code} ${r.name.toLowerCase()}`)));
  form.elements.quad_class.append(...Object.entries(summary.quad_classes).map(([k, v]) => el("option", {value: k}, `${k} ${v}`)));
  form.elements.language.append(...summary.languages.map((l) => el("option", {value: l}, l)));
  document.getElementById("actor-codes").append(...actors.map((a) => el("option", {value: a.code}, `${a.name || ""} (${a.events})`)));
  form.addEventListener("submit", (e) => { e.preventDefault(); apply(form); });
  form.addEventListener("reset", () => {
    const {view} = route();
    document.getElementById("filter-message").replaceChildren();
    setTimeout(() => { location.hash = hashOf(view, {}); }, 0);
  });
  window.addEventListener("hashchange", () => { document.getElementById("filter-message").replaceChildren(); render(); });
  await render();
}

start();
