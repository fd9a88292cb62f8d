// The P(match) curve and the maps of the listed programs, drawn as SVG from the answer's numbers.
import { $, svgEl, pct } from "./dom.js";

const text = (attrs, content) => {
  const t = svgEl("text", attrs);
  t.textContent = content;
  return t;
};

/** The curve of P(match) against the number of applications, with the recommended number marked. */
export function drawCurve(curve, recommended) {
  const svg = $("curve");
  svg.replaceChildren();
  const n = curve.length;
  if (!n) return;
  const x = (i) => 50 + (530 * (i - 1)) / Math.max(1, n - 1);
  const y = (p) => 210 - 190 * p;
  drawAxes(svg, n, x, y);
  svg.append(svgEl("polyline", { class: "curve-line", points: curve.map((c) => `${x(c.applications)},${y(c.pMatch)}`).join(" ") }));
  if (recommended >= 1 && recommended <= n) {
    const at = curve[recommended - 1];
    svg.append(svgEl("line", { x1: x(recommended), y1: 20, x2: x(recommended), y2: 210, class: "recommended-marker" }),
      text({ x: Math.min(x(recommended) + 4, 470), y: 34, class: "axis-label marker-label" },
        `recommended: ${recommended} (${pct(at.pMatch)})`));
  }
  drawPoints(svg, curve, n, x, y);
  svg.append(text({ x: 250, y: 240, class: "axis-label" }, "number of applications"));
}

function drawAxes(svg, n, x, y) {
  [0, 0.25, 0.5, 0.75, 1].forEach((p) => {
    svg.append(svgEl("line", { x1: 50, y1: y(p), x2: 580, y2: y(p), class: p === 0 ? "axis" : "grid" }),
      text({ x: 8, y: y(p) + 4, class: "axis-label" }, pct(p)));
  });
  svg.append(svgEl("line", { x1: 50, y1: 20, x2: 50, y2: 210, class: "axis" }));
  const step = Math.max(1, Math.ceil(n / 8 / 5) * 5);
  for (let i = 1; i <= n; i += i === 1 && step > 1 ? step - 1 : step) {
    svg.append(svgEl("line", { x1: x(i), y1: 210, x2: x(i), y2: 215, class: "axis" }),
      text({ x: x(i) - 6, y: 226, class: "axis-label" }, String(i)));
  }
}

// Every tenth point (and the last) can be reached by keyboard and touch, with its value as its name.
function drawPoints(svg, curve, n, x, y) {
  curve.filter((c) => c.applications === 1 || c.applications % 10 === 0 || c.applications === n).forEach((c) => {
    const dot = svgEl("circle", { cx: x(c.applications), cy: y(c.pMatch), r: 5, class: "curve-point", tabindex: 0,
      role: "img", "aria-label": `${c.applications} applications: ${pct(c.pMatch)} chance of matching, $${c.cost}` });
    const title = svgEl("title", {});
    title.textContent = dot.getAttribute("aria-label");
    dot.append(title);
    svg.append(dot);
  });
}

/** The programs' bounding box, padded and at least 12° × 7°, inside the given bounds (the whole US map). */
export function fit(programs, [lonMin, lonMax, latMin, latMax]) {
  const placed = programs.filter((p) => p.latitude != null);
  if (!placed.length) return [lonMin, lonMax, latMin, latMax];
  const lons = placed.map((p) => p.longitude);
  const lats = placed.map((p) => p.latitude);
  const span = (lo, hi, min) => { const c = (lo + hi) / 2; const h = Math.max(min, (hi - lo) * 1.3) / 2; return [c - h, c + h]; };
  const [a, b] = span(Math.min(...lons), Math.max(...lons), 12);
  const [c, d] = span(Math.min(...lats), Math.max(...lats), 7);
  return [Math.max(lonMin, a), Math.min(lonMax, b), Math.max(latMin, c), Math.min(latMax, d)];
}

/** The state outlines and the programs, coloured by tier, inside the bounds. */
export function drawMap(svg, states, programs, [lonMin, lonMax, latMin, latMax]) {
  svg.replaceChildren();
  const k = Math.cos(((latMin + latMax) / 2) * Math.PI / 180);
  const scale = Math.min(600 / ((lonMax - lonMin) * k), 360 / (latMax - latMin));
  const px = (lon) => (lon - lonMin) * k * scale;
  const py = (lat) => (latMax - lat) * scale;
  states.forEach((s) => s.rings.forEach((ring) => {
    svg.append(svgEl("polygon", { class: "state", points: ring.map(([lo, la]) => `${px(lo).toFixed(1)},${py(la).toFixed(1)}`).join(" ") }));
  }));
  programs.filter((p) => p.latitude != null).forEach((p) => {
    const dot = svgEl("circle", { cx: px(p.longitude).toFixed(1), cy: py(p.latitude).toFixed(1), r: 4, class: `dot-${p.tier.toLowerCase()}` });
    const title = svgEl("title", {});
    title.textContent = `${p.name}: ${p.tier.toLowerCase()}, interview ${pct(p.outcome.interview)}`;
    dot.append(title);
    svg.append(dot);
  });
}
