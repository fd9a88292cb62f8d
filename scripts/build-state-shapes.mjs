// Rebuilds src/main/resources/public/states.geo.json (state outlines for the page's map) from the npm package
// us-atlas (Census Bureau cartographic boundaries 2017, public domain; package ISC) with topojson-client.
// Run once per refresh: cd "$(mktemp -d)" && npm pack us-atlas@3 topojson-client@3 && (untar both) &&
//   node /path/to/scripts/build-state-shapes.mjs us-atlas/package/states-10m.json topojson-client/package > out
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [topologyFile, clientDir] = process.argv.slice(2);
const client = await import(pathToFileURL(`${clientDir}/dist/topojson-client.js`).href);
const topology = JSON.parse(readFileSync(topologyFile, "utf8"));
const round = (x) => Math.round(x * 100) / 100;
const features = client.feature(topology, topology.objects.states).features.map((f) => ({
  name: f.properties.name,
  rings: (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates)
    .flatMap((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => [round(lon), round(lat)]))),
}));
process.stdout.write(JSON.stringify({ source: "US Census Bureau cartographic boundaries 2017 via us-atlas 3", states: features }));
