// Where events happened: Leaflet over the offline basemap, one pie per place. The pie's area grows with the
// place's events (bounded, so a busy city never covers a region) and its slices are the QuadClass mix, so a
// tie between conflict and cooperation shows as a tie.

import {QUAD_COLORS, QUAD_NAMES, el} from "./api.js";

export const MIN_RADIUS = 5;
export const MAX_RADIUS = 22;
let basemap = null;

export function radiusFor(events, busiest) {
  return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(events / busiest));
}

/** The CSS conic gradient of a place's QuadClass shares (clockwise from the top, QuadClass 1 first). */
function slices(place) {
  const parts = [];
  let angle = 0;
  for (const q of [1, 2, 3, 4]) {
    const n = place["quad" + q];
    if (!n) continue;
    const next = angle + (360 * n) / place.events;
    parts.push(`${QUAD_COLORS[q]} ${angle.toFixed(2)}deg ${next.toFixed(2)}deg`);
    angle = next;
  }
  return `conic-gradient(${parts.join(", ")})`;
}

function mixText(place) {
  return [1, 2, 3, 4].filter((q) => place["quad" + q]).map((q) => `${place["quad" + q]} ${QUAD_NAMES[q]}`).join(", ");
}

/** Draw the basemap and the places into `box`; `linkFor(place)` is the href of a place's events. Returns the
 * Leaflet map (the caller removes it when the view is left). */
export async function drawMap(box, places, linkFor) {
  basemap = basemap || await (await fetch("/static/vendor/world-atlas/countries-110m.geojson")).json();
  const L = window.L;
  const leaflet = L.map(box, {worldCopyJump: true, attributionControl: true}).setView([0, 110], 3);
  leaflet.attributionControl.setPrefix("Leaflet");
  L.geoJSON(basemap, {style: {color: "#9aa3b0", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1},
                      attribution: "Natural Earth"}).addTo(leaflet);
  const busiest = Math.max(1, ...places.map((p) => p.events));
  const bounds = [];
  for (const p of places) {
    const r = radiusFor(p.events, busiest);
    const pie = el("div", {className: "pie", "data-events": p.events, "data-place": p.name,
                           style: `width:${2 * r}px;height:${2 * r}px;background:${slices(p)}`});
    const marker = L.marker([p.lat, p.lon], {
      icon: L.divIcon({html: pie, className: "place", iconSize: [2 * r, 2 * r], iconAnchor: [r, r]}),
      zIndexOffset: Math.round(1000 * (busiest - p.events) / busiest),  // small places stay clickable on top
      keyboard: true, title: "",
    });
    // names come from the gazetteer and the articles: always text nodes, never parsed as HTML
    marker.bindPopup(el("div", {className: "place-popup"}, el("b", {}, p.name), el("br"),
                        `${p.country || ""} · `, el("a", {href: linkFor(p)}, `${p.events} events`), el("br"),
                        mixText(p), el("br"), `mean Goldstein ${p.goldstein_mean?.toFixed(1)}`));
    marker.bindTooltip(el("span", {}, `${p.name}: ${p.events} events (${mixText(p)})`));
    marker.addTo(leaflet);
    bounds.push([p.lat, p.lon]);
  }
  if (bounds.length) leaflet.fitBounds(bounds, {padding: [40, 40], maxZoom: 5, animate: false});
  return leaflet;
}
