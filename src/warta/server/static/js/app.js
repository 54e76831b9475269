// The dashboard: a hash router (#/view?filters), the shared filter bar, and the database summary.

import {api, el, hashFor, showError} from "./api.js";
import * as views from "./views.js";

const VIEWS = {"": "timeline", timeline: "timeline", dyad: "dyad", network: "network", map: "map", events: "events",
               event: "event", paste: "paste"};
const WITH_FILTERS = new Set(["timeline", "network", "map", "events"]);
let summary = null;

function route() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?");
  const [name, ...rest] = path.split("/");
  return {view: VIEWS[name] ?? "missing", id: rest.join("/"), params: Object.fromEntries(new URLSearchParams(query))};
}

function fillFilters(form, params) {
  for (const key of views.FILTER_KEYS) form.elements[key].value = params[key] || "";
}

async function render() {
  const {view, id, params} = route();
  const main = document.getElementById("view");
  const form = document.getElementById("filters");
  form.classList.toggle("hidden", !WITH_FILTERS.has(view));
  fillFilters(form, params);
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

async function start() {
  const form = document.getElementById("filters");
  try {
    summary = await api("summary");
  } catch (err) {
    showError(document.getElementById("view"), err);
    return;
  }
  document.getElementById("db-summary").textContent =
    `${summary.events} events · ${summary.articles} articles · ${summary.first_day || "?"} – ${summary.last_day || "?"}`;
  form.elements.root.append(...summary.roots.map((r) => el("option", {value: r.code}, `${r.code} ${r.name.toLowerCase()}`)));
  form.elements.quad_class.append(...Object.entries(summary.quad_classes).map(([k, v]) => el("option", {value: k}, `${k} ${v}`)));
  form.elements.language.append(...summary.languages.map((l) => el("option", {value: l}, l)));
  const actors = await api("actors", {limit: 500});
  document.getElementById("actor-codes").append(...actors.actors.map((a) => el("option", {value: a.code}, `${a.name || ""} (${a.events})`)));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const {view, params} = route();
    const next = {};
    for (const [key, value] of new FormData(form)) if (value) next[key] = String(value).trim();
    for (const key of ["interval", "source", "target", "both"]) if (params[key]) next[key] = params[key];
    location.hash = hashFor(view === "timeline" ? "" : view, next);
  });
  form.addEventListener("reset", () => {
    const {view} = route();
    setTimeout(() => { location.hash = hashFor(view === "timeline" ? "" : view, {}); }, 0);
  });
  window.addEventListener("hashchange", render);
  await render();
}

start();
