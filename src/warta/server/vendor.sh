#!/usr/bin/env bash
# Rebuild static/vendor/ from npm (run by hand when a version changes; the result is committed).
# Versions are pinned: on Node 20, `npm pack vega-lite` alone would pick a different release than on Node 22.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/static/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
PKGS=(vega@6.4.0 vega-lite@6.4.3 vega-embed@7.3.0 leaflet@1.9.4 world-atlas@2.0.2 topojson-client@3.1.0
      d3-force@3.0.0 d3-quadtree@3.0.1 d3-dispatch@3.0.1 d3-timer@3.0.1)
npm pack --silent "${PKGS[@]}" >/dev/null
for tgz in *.tgz; do mkdir -p "${tgz%.tgz}" && tar xzf "$tgz" -C "${tgz%.tgz}"; done
rm -rf "$OUT" && mkdir -p "$OUT"/{vega,vega-lite,vega-embed,leaflet/images,world-atlas,d3-force}
cp vega-6.4.0/package/build/vega.min.js vega-6.4.0/package/LICENSE "$OUT/vega/"
cp vega-lite-6.4.3/package/build/vega-lite.min.js vega-lite-6.4.3/package/LICENSE "$OUT/vega-lite/"
cp vega-embed-7.3.0/package/build/vega-embed.min.js vega-embed-7.3.0/package/LICENSE "$OUT/vega-embed/"
cp leaflet-1.9.4/package/dist/leaflet.js leaflet-1.9.4/package/dist/leaflet.css leaflet-1.9.4/package/LICENSE \
   "$OUT/leaflet/"
cp leaflet-1.9.4/package/dist/images/*.png "$OUT/leaflet/images/"
# The network's layout: d3-force and the three modules its UMD build needs, loaded in this order.
for pkg in d3-dispatch-3.0.1 d3-timer-3.0.1 d3-quadtree-3.0.1 d3-force-3.0.0; do
  cp "$pkg/package/dist/${pkg%-*}.min.js" "$OUT/d3-force/"
  cp "$pkg/package/LICENSE" "$OUT/d3-force/LICENSE.${pkg%-*}"
done
# The basemap: Natural Earth 1:110m country shapes (public domain) from world-atlas (ISC), converted from
# TopoJSON to GeoJSON with topojson-client (ISC) and rounded to 0.01 degree to stay small.
cp world-atlas-2.0.2/package/LICENSE "$OUT/world-atlas/LICENSE"
cp topojson-client-3.1.0/package/LICENSE "$OUT/world-atlas/LICENSE.topojson-client"
node -e '
const topojson = require("./topojson-client-3.1.0/package/dist/topojson-client.js");
const topo = require("./world-atlas-2.0.2/package/countries-110m.json");
const geo = topojson.feature(topo, topo.objects.countries);
const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
geo.features = geo.features.filter((f) => f.properties.name !== "Antarctica");  // its ring circles the pole
// A ring that crosses the 180th meridian (Russia, Fiji) jumps from +180 to -180 and back, which a flat map
// draws as a band across the world: shift each point by 360 degrees where needed so that every ring runs on
// without a jump (Chukotka then lies east of 180, where Leaflet draws it).
const unwrap = (ring) => ring.reduce((out, [lon, lat]) => {
  const prev = out.length ? out[out.length - 1][0] : lon;
  return [...out, [lon + 360 * Math.round((prev - lon) / 360), lat]];
}, []);
const rings = (g) => g.type === "Polygon" ? g.coordinates.map(unwrap) : g.coordinates.map((poly) => poly.map(unwrap));
for (const f of geo.features) { f.geometry.coordinates = round(rings(f.geometry)); f.properties = {name: f.properties.name}; }
process.stdout.write(JSON.stringify(geo));
' > "$OUT/world-atlas/countries-110m.geojson"
cat > "$OUT/VERSIONS.txt" <<VERSIONS
Vendored with src/warta/server/vendor.sh from npm (npm pack), unmodified except the basemap:
vega 6.4.0 (BSD-3-Clause) build/vega.min.js
vega-lite 6.4.3 (BSD-3-Clause) build/vega-lite.min.js
vega-embed 7.3.0 (BSD-3-Clause) build/vega-embed.min.js
leaflet 1.9.4 (BSD-2-Clause) dist/leaflet.js, dist/leaflet.css, dist/images/
world-atlas 2.0.2 (ISC; Natural Earth data, public domain) countries-110m.json -> countries-110m.geojson
  (converted with topojson-client 3.1.0, ISC; coordinates rounded to 0.01 degree; properties: name;
  Antarctica left out: its ring circles the pole and draws a line across a flat map; rings crossing the
  180th meridian unwrapped so that they run on past 180 instead of jumping back to -180)
d3-force 3.0.0, d3-quadtree 3.0.1, d3-dispatch 3.0.1, d3-timer 3.0.1 (ISC) dist/*.min.js
VERSIONS
du -sh "$OUT"
