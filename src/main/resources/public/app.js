// SmartPick page: reads the form into a profile, asks the API, and renders the result with textContent only
// (never innerHTML), so anything a user typed is shown as text.
import { $, el, svgEl, pct, api, headedTable } from "./dom.js";
import { setupCouple } from "./couple.js";
import { showTracker, hideTracker } from "./tracker.js";

let current = { profile: null, result: null, token: null, states: null, rank: [] };

async function start() {
  const [specialties, regions] = await Promise.all([api("GET", "/api/specialties"), api("GET", "/api/regions")]);
  specialties.body.forEach((s) => $("specialty").append(el("option", s.label, { value: s.id })));
  $("specialty").value = "INTERNAL_MEDICINE";
  // Only the regions the active catalog has programs in (all of them if it has none anywhere).
  const covered = regions.body.some((r) => r.programs > 0) ? regions.body.filter((r) => r.programs > 0) : regions.body;
  covered.forEach((r) => {
    $("regions").append(el("option", `${r.name} (${r.programs})`, { value: r.name }));
    $("whatif-region").append(el("option", r.name, { value: r.name }));
  });
  current.states = (await (await fetch("/states.geo.json")).json()).states;
  $("profile").addEventListener("submit", (e) => {
    e.preventDefault();
    current.base = readForm(); // what-ifs change a copy of this, never each other
    recommend(current.base, budget());
  });
  $("load-example").addEventListener("click", loadExample);
  $("recompute").addEventListener("click", whatIf);
  $("save").addEventListener("click", save);
  $("export").addEventListener("click", exportCsv);
  $("print").addEventListener("click", () => window.print());
  $("delete").addEventListener("click", remove);
  $("odds").addEventListener("click", rankListOdds);
  setupCouple(() => current);
  const match = location.pathname.match(/^\/plans\/([A-Za-z0-9_-]+)$/);
  if (match) await openPlan(match[1]);
}

function readForm() {
  const kept = current.loaded ?? {};
  const number = (id) => ($(id).value === "" ? undefined : Number($(id).value));
  const type = $("applicantType").value;
  const img = type.endsWith("IMG");
  const profile = {
    applicantType: type,
    school: img ? { country: $("schoolCountry").value || undefined } : { state: $("schoolState").value.toUpperCase() || undefined },
    graduationYear: number("graduationYear"),
    exams: {},
    specialty: $("specialty").value,
    experience: { research: number("research") ?? 0, publications: number("publications") ?? 0, honors: number("honors") ?? 0 },
    letters: { strength: $("letters").value, fromTargetRegion: $("regionalLetter").checked },
    visa: $("visa").value,
    ties: { ...kept.ties, homeState: $("homeState").value.toUpperCase() || undefined },
    preferences: { ...kept.preferences, regions: [...$("regions").selectedOptions].map((o) => o.value),
      divisions: [...$("divisions").selectedOptions].map((o) => o.value), radius: radius(number("radiusMiles")) },
  };
  // What the form has no control for (languages, backup specialties, metros…) stays as loaded.
  ["label", "languages", "backupSpecialties", "budget"].forEach((k) => { if (kept[k] !== undefined) profile[k] = kept[k]; });
  if ($("step1").value) profile.exams.step1 = { outcome: $("step1").value };
  profile.exams.step2ck = $("step2").value === "" ? { pending: true } : { score: number("step2") };
  if ($("step1").value === "FAIL_THEN_PASS") profile.redFlags = { examFailures: 1 };
  if (img) profile.img = { ...kept.img, ecfmgCertified: $("ecfmg").checked, usceMonths: number("usce") ?? 0 };
  return profile;
}

/** The radius when the form gives one; half of one is sent as it is, for the server to name what is missing. */
function radius(miles) {
  const of = $("radiusOf").value.trim();
  if (miles === undefined && of === "") return undefined;
  return { miles, of: of || undefined };
}

function fillForm(p) {
  current.loaded = p;
  $("kept").textContent = p.label ? `Loaded: ${p.label}. What this form does not show (languages, metros…) is kept.` : "";
  $("applicantType").value = p.applicantType;
  $("schoolState").value = p.school?.state ?? "";
  $("schoolCountry").value = p.school?.country ?? "";
  $("graduationYear").value = p.graduationYear;
  $("specialty").value = p.specialty;
  $("step1").value = p.exams?.step1?.outcome ?? "";
  $("step2").value = p.exams?.step2ck?.score ?? "";
  $("research").value = p.experience?.research ?? 0;
  $("publications").value = p.experience?.publications ?? 0;
  $("honors").value = p.experience?.honors ?? 0;
  $("letters").value = p.letters?.strength ?? "AVERAGE";
  $("regionalLetter").checked = !!p.letters?.fromTargetRegion;
  $("visa").value = p.visa ?? "NONE";
  $("usce").value = p.img?.usceMonths ?? 0;
  $("ecfmg").checked = !!p.img?.ecfmgCertified;
  $("homeState").value = p.ties?.homeState ?? "";
  [...$("regions").options].forEach((o) => { o.selected = (p.preferences?.regions ?? []).includes(o.value); });
  [...$("divisions").options].forEach((o) => { o.selected = (p.preferences?.divisions ?? []).includes(o.value); });
  $("radiusMiles").value = p.preferences?.radius?.miles ?? "";
  $("radiusOf").value = p.preferences?.radius?.of ?? "";
  $("applications").value = p.budget?.applications ?? $("applications").value;
}

async function loadExample() {
  const example = await (await fetch("/examples/01-la-low-step2-us-md.json")).json();
  fillForm(example);
}

const budget = () => ($("applications").value ? { applications: Number($("applications").value) } : {});

function showErrors(errors) {
  document.querySelectorAll(".field-error").forEach((n) => n.remove());
  document.querySelectorAll("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
  $("form-errors").textContent = "";
  errors.forEach((e) => {
    const field = [...document.querySelectorAll("[data-pointer]")].find((f) => e.pointer.startsWith(f.dataset.pointer));
    const message = el("p", `${field ? "" : e.pointer + ": "}${e.detail}`, { class: "field-error" });
    if (field) {
      field.setAttribute("aria-invalid", "true");
      field.insertAdjacentElement("afterend", message);
    } else {
      $("form-errors").append(message);
    }
  });
  // The first problem is where the user looks next: focus it and bring it into view.
  const first = document.querySelector("[aria-invalid=true]") ?? (errors.length ? $("form-errors") : null);
  if (first) {
    first.scrollIntoView({ block: "center" });
    first.focus({ preventScroll: true });
  }
}

/** While a request runs the button says so and cannot be pressed twice; the result region is marked busy. */
async function busy(work) {
  const submit = $("submit");
  const label = submit.textContent;
  submit.disabled = true;
  submit.textContent = "Working…";
  $("result").setAttribute("aria-busy", "true");
  document.body.classList.add("busy");
  try {
    return await work();
  } finally {
    submit.disabled = false;
    submit.textContent = label;
    $("result").removeAttribute("aria-busy");
    document.body.classList.remove("busy");
  }
}

async function recommend(profile, options) {
  const response = await busy(() => api("POST", "/api/recommendations", { profile, options }));
  if (response.status === 422) {
    showErrors(response.body.errors ?? []);
    return;
  }
  if (response.status !== 200) {
    $("form-errors").textContent = response.body?.detail ?? "Something went wrong.";
    return;
  }
  showErrors([]);
  current.profile = profile;
  current.options = options;
  current.result = response.body;
  render(response.body);
  const result = $("result");
  result.scrollIntoView({ block: "start" });
  $("result-heading").focus({ preventScroll: true });
}

function render(r) {
  $("result").hidden = false;
  const s = r.summary;
  const chance = r.programs.length
    ? [el("p", `Chance of matching: ${pct(s.pMatch)} (${pct(s.pMatchLow)}–${pct(s.pMatchHigh)} for a weaker or stronger you) with ${s.applications} applications, ERAS fees $${s.cost}, about ${s.expectedInterviews.toFixed(1)} interviews expected.`),
      el("p", `Recommended number of applications: ${s.recommendedApplications} (chance ${pct(s.pMatchAtRecommended)}, a ${pct(1 - s.pMatchAtRecommended)} risk of not matching). Area: ${r.area}.`)]
    : [el("p", `No program of this catalog is open to you (${r.area}): there is no list to score and no chance to give.`, { class: "note" })];
  $("summary").replaceChildren(...(r.coverage ?? []).map((c) => el("p", c, { class: "coverage", role: "alert" })), ...chance,
    el("p", `Catalog: ${r.catalog?.name ?? "active"}, ${r.catalog?.programs ?? "?"} programs in ${(r.catalog?.states ?? []).join(", ")}.`, { class: "help" }));
  const asked = current.options?.applications;
  if (asked && s.applications < asked) {
    $("summary").append(el("p", `Only ${s.applications} programs in this area are open to you, fewer than the ${asked} you budgeted for: widen the regions to apply to more.`, { class: "note" }));
  }
  drawCurve(r.curve, s.recommendedApplications);
  const bounds = fit(r.programs, [-125, -66, 24, 50]);
  drawMap($("map-us"), r.programs, bounds);
  const socal = [-121, -114, 32, 36];
  const inSocal = r.programs.filter((p) => p.latitude != null && p.longitude >= socal[0] && p.longitude <= socal[1]
    && p.latitude >= socal[2] && p.latitude <= socal[3]);
  // The inset helps only when the list is spread wide (the first map then shows the country) and has programs there.
  const inset = inSocal.length > 0 && bounds[1] - bounds[0] > 20;
  $("map-socal").toggleAttribute("hidden", !inset); // an SVG element has no hidden property
  if (inset) drawMap($("map-socal"), r.programs, socal);
  const tiers = $("tiers");
  tiers.replaceChildren();
  ["SAFETY", "TARGET", "REACH"].forEach((tier) => {
    const list = r.programs.filter((p) => p.tier === tier);
    if (!list.length) return;
    tiers.append(el("h3", `${tier[0] + tier.slice(1).toLowerCase()} (${list.length})`));
    const table = headedTable(["#", "Program", "Signal", "Interview", "Match", "Fee", "Why", "Rank list"]);
    list.forEach((p) => {
      const row = el("tr");
      const why = el("details");
      why.append(el("summary", "factors"));
      const items = el("ul");
      // The server orders the reasons by weight and words each one's direction and size (no log-odds here).
      p.factors.forEach((f) => items.append(el("li", f.text)));
      why.append(items);
      const program = el("td");
      const name = p.url ? el("a", p.name, { href: p.url, rel: "noopener noreferrer", target: "_blank" }) : el("span", p.name);
      const visa = [p.visaJ1 === true ? "J-1" : null, p.visaH1b === true ? "H-1B" : null].filter(Boolean);
      const policy = p.visaJ1 === false && p.visaH1b === false ? "no visa sponsorship"
        : visa.length ? `sponsors ${visa.join(" and ")}` : "visa policy not known";
      const far = p.miles != null ? ` · ${Math.round(p.miles)} miles away` : "";
      program.append(name, el("span", ` (${p.city})`), el("br"), el("small", `${p.kind} · ${policy}${far}`, { class: "kind" }));
      [String(p.rank)].forEach((t) => row.append(el("td", t)));
      row.append(program);
      [p.signal === "NONE" ? "" : p.signal.toLowerCase(), pct(p.outcome.interview),
        pct(p.outcome.success), `$${p.fee}`].forEach((t) => row.append(el("td", t)));
      const cell = el("td");
      cell.append(why);
      row.append(cell);
      const add = el("button", "Add", { type: "button", "aria-label": `Add ${p.name} to my rank list` });
      add.addEventListener("click", () => addToRankList(p));
      const addCell = el("td");
      addCell.append(add);
      row.append(addCell);
      table.append(row);
    });
    tiers.append(table);
  });
  $("backups").replaceChildren(...(r.backups.length ? r.backups.map((b) => el("p",
    `+ ${b.extraApplications} ${b.specialty.replaceAll("_", " ").toLowerCase()} applications ($${b.extraCost}): ${pct(b.pMatchBefore)} → ${pct(b.pMatchAfter)}`))
    : [el("p", r.programs.length ? "Not needed: your chance in the target specialty is high enough."
      : "None: this catalog has no programs for the area.")]));
  $("advice").replaceChildren(...r.advice.map((a) => {
    const item = el("li");
    item.append(el("strong", a.title), el("p", a.why));
    return item;
  }));
  renderStrategy(r.strategy);
  $("whatif-budget").value = current.options?.applications ?? s.applications;
}

function table(headers, rows) {
  const t = headedTable(headers);
  rows.forEach((cells) => {
    const row = el("tr");
    cells.forEach((c) => row.append(el("td", c)));
    t.append(row);
  });
  return t;
}

const specialtyRows = (options) => options.map((o) => [o.label, pct(o.pMatch), String(o.applications), `$${o.fees}`, String(o.programs)]);

function renderStrategy(st) {
  const areas = $("areas");
  areas.replaceChildren();
  if (st?.areas?.length) {
    areas.append(el("h3", "Widening your area (the seed article's order, at your budget)"),
      table(["Area", "Programs", "Applications", "Chance", "Fees", ""], st.areas.map((a) =>
        [a.label, String(a.programs), String(a.applications), pct(a.pMatch), `$${a.fees}`, a.wholeBudget ? "your whole budget" : ""])));
  }
  const realism = $("realism");
  realism.replaceChildren();
  if (st?.realism) {
    realism.append(el("h3", "Realism"), el("p", st.realism.statement));
    const levers = el("ul");
    st.realism.levers.forEach((l) => levers.append(el("li", l)));
    realism.append(levers, el("p", "Alternatives in the same area at the same budget:"),
      table(["Specialty", "Chance", "Applications", "Fees", "Programs"], specialtyRows(st.realism.alternatives)));
  }
  if (st?.pgy1Year) {
    realism.append(el("h3", `PGY-1 year (starting on time: about ${pct(st.pgy1Year.pOnTime)} or more)`),
      table(["Specialty", "Chance", "Applications", "Fees", "Programs"], specialtyRows(st.pgy1Year.options)),
      el("p", st.pgy1Year.rule));
  }
  if (st?.budget) {
    const b = st.budget;
    $("summary").append(el("p", `Season budget: applications $${b.applicationFees} via ${b.service}${b.feesEstimated ? " (ERAS's fees as an estimate)" : ""}; NRMP registration $${b.matchFee} (estimate); interviews $0 if virtual, up to $${b.interviewsInPerson} if all in person (estimate).`, { class: "note" }));
  }
  const playbook = $("playbook");
  playbook.replaceChildren();
  let phase = null;
  let list = null;
  (st?.playbook ?? []).forEach((item) => {
    if (item.phase !== phase) {
      phase = item.phase;
      playbook.append(el("h4", item.when));
      list = el("ul", undefined, { class: "checklist" });
      playbook.append(list);
    }
    const li = el("li");
    const box = el("input", undefined, { type: "checkbox", id: `pb-${item.key}` });
    const label = el("label", `${item.title} — ${item.appliesBecause}`, { for: `pb-${item.key}` });
    const steps = el("ul");
    item.steps.forEach((t) => steps.append(el("li", t)));
    if (item.avoid.length) steps.append(el("li", `Avoid: ${item.avoid.join("; ")}`, { class: "avoid" }));
    li.append(box, label, steps);
    list.append(li);
  });
}

function drawCurve(curve, recommended) {
  const svg = $("curve");
  svg.replaceChildren();
  const n = curve.length;
  if (!n) return;
  const x = (i) => 50 + (530 * (i - 1)) / Math.max(1, n - 1);
  const y = (p) => 210 - 190 * p;
  [0, 0.25, 0.5, 0.75, 1].forEach((p) => {
    svg.append(svgEl("line", { x1: 50, y1: y(p), x2: 580, y2: y(p), class: p === 0 ? "axis" : "grid" }));
    const t = svgEl("text", { x: 8, y: y(p) + 4, class: "axis-label" });
    t.textContent = pct(p);
    svg.append(t);
  });
  svg.append(svgEl("line", { x1: 50, y1: 20, x2: 50, y2: 210, class: "axis" }));
  const step = Math.max(1, Math.ceil(n / 8 / 5) * 5);
  for (let i = 1; i <= n; i += i === 1 && step > 1 ? step - 1 : step) {
    svg.append(svgEl("line", { x1: x(i), y1: 210, x2: x(i), y2: 215, class: "axis" }));
    const t = svgEl("text", { x: x(i) - 6, y: 226, class: "axis-label" });
    t.textContent = String(i);
    svg.append(t);
  }
  svg.append(svgEl("polyline", { class: "curve-line", points: curve.map((c) => `${x(c.applications)},${y(c.pMatch)}`).join(" ") }));
  if (recommended >= 1 && recommended <= n) {
    const at = curve[recommended - 1];
    svg.append(svgEl("line", { x1: x(recommended), y1: 20, x2: x(recommended), y2: 210, class: "recommended-marker" }));
    const t = svgEl("text", { x: Math.min(x(recommended) + 4, 470), y: 34, class: "axis-label marker-label" });
    t.textContent = `recommended: ${recommended} (${pct(at.pMatch)})`;
    svg.append(t);
  }
  // Every tenth point (and the last) can be reached by keyboard and touch, with its value as its name.
  curve.filter((c) => c.applications === 1 || c.applications % 10 === 0 || c.applications === n).forEach((c) => {
    const dot = svgEl("circle", { cx: x(c.applications), cy: y(c.pMatch), r: 5, class: "curve-point", tabindex: 0,
      role: "img", "aria-label": `${c.applications} applications: ${pct(c.pMatch)} chance of matching, $${c.cost}` });
    const title = svgEl("title", {});
    title.textContent = dot.getAttribute("aria-label");
    dot.append(title);
    svg.append(dot);
  });
  const label = svgEl("text", { x: 250, y: 240, class: "axis-label" });
  label.textContent = "number of applications";
  svg.append(label);
}

/** The programs' bounding box, padded and at least 12° × 7°, inside the given bounds (the whole US map). */
function fit(programs, [lonMin, lonMax, latMin, latMax]) {
  const placed = programs.filter((p) => p.latitude != null);
  if (!placed.length) return [lonMin, lonMax, latMin, latMax];
  const lons = placed.map((p) => p.longitude);
  const lats = placed.map((p) => p.latitude);
  const span = (lo, hi, min) => { const c = (lo + hi) / 2; const h = Math.max(min, (hi - lo) * 1.3) / 2; return [c - h, c + h]; };
  const [a, b] = span(Math.min(...lons), Math.max(...lons), 12);
  const [c, d] = span(Math.min(...lats), Math.max(...lats), 7);
  return [Math.max(lonMin, a), Math.min(lonMax, b), Math.max(latMin, c), Math.min(latMax, d)];
}

function drawMap(svg, programs, [lonMin, lonMax, latMin, latMax]) {
  svg.replaceChildren();
  const k = Math.cos(((latMin + latMax) / 2) * Math.PI / 180);
  const scale = Math.min(600 / ((lonMax - lonMin) * k), 360 / (latMax - latMin));
  const px = (lon) => (lon - lonMin) * k * scale;
  const py = (lat) => (latMax - lat) * scale;
  current.states.forEach((s) => s.rings.forEach((ring) => {
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

function whatIf() {
  const profile = structuredClone(current.base ?? current.profile);
  if ($("whatif-step2").value !== "") profile.exams.step2ck = { score: Number($("whatif-step2").value) };
  if ($("whatif-region").value !== "") profile.preferences.regions = [$("whatif-region").value];
  recommend(profile, { applications: Number($("whatif-budget").value) });
}

async function save() {
  const method = current.token ? "PUT" : "POST";
  const path = current.token ? `/api/plans/${current.token}` : "/api/plans";
  const response = await api(method, path, { profile: current.profile, options: current.options });
  if (response.status >= 300) {
    $("link").textContent = response.body?.detail ?? "Could not save.";
    return;
  }
  current.token = response.body.token;
  const link = `${location.origin}/plans/${current.token}`;
  history.replaceState(null, "", `/plans/${current.token}`);
  $("link").textContent = `Saved. Your private link (keep it safe; anyone with it can see the plan): ${link}`;
  $("delete").hidden = false;
  await showTracker(current.token);
}

async function openPlan(token) {
  const response = await api("GET", `/api/plans/${token}`);
  if (response.status !== 200) {
    $("form-errors").textContent = "This plan does not exist (or was deleted).";
    return;
  }
  current = { ...current, token, base: response.body.profile, profile: response.body.profile, options: response.body.options, result: response.body.result };
  fillForm(response.body.profile);
  render(response.body.result);
  $("delete").hidden = false;
  $("link").textContent = "Opened your saved plan.";
  await showTracker(token);
}

async function remove() {
  await api("DELETE", `/api/plans/${current.token}`);
  current.token = null;
  history.replaceState(null, "", "/");
  $("delete").hidden = true;
  hideTracker();
  $("link").textContent = "Deleted for good.";
}

function exportCsv() {
  // A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP, CSV injection), as the CLI's CSV.
  const neutral = (s) => (/^[=@\t\r]/.test(s) || (/^[+-]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) ? `'${s}` : s);
  const quote = (v) => `"${neutral(String(v)).replaceAll('"', '""')}"`;
  const rows = [["rank", "program", "city", "tier", "signal", "p_interview", "p_match", "fee"]]
    .concat(current.result.programs.map((p) => [p.rank, p.name, p.city, p.tier, p.signal, p.outcome.interview.toFixed(4), p.outcome.success.toFixed(4), p.fee]));
  const blob = new Blob([rows.map((r) => r.map(quote).join(",")).join("\n")], { type: "text/csv" });
  const a = el("a", "", { href: URL.createObjectURL(blob), download: "smartpick-list.csv" });
  a.click();
}

start();

// The rank list: programs where the applicant interviewed, most wanted first; its odds come from /api/match/odds.
function addToRankList(program) {
  if (!current.rank.some((p) => p.id === program.id)) current.rank.push({ id: program.id, name: program.name });
  drawRankList();
}

function drawRankList() {
  $("ranklist").replaceChildren(...current.rank.map((p, i) => {
    const item = el("li", `${p.name} `);
    const up = el("button", "Up", { type: "button", "aria-label": `Move ${p.name} up` });
    up.disabled = i === 0;
    up.addEventListener("click", () => { current.rank.splice(i - 1, 0, ...current.rank.splice(i, 1)); drawRankList(); });
    const remove = el("button", "Remove", { type: "button", "aria-label": `Remove ${p.name}` });
    remove.addEventListener("click", () => { current.rank.splice(i, 1); drawRankList(); });
    item.append(up, remove);
    return item;
  }));
  $("odds").disabled = current.rank.length === 0;
}

// The server simulates a market's seasons once, in the background, and answers 503 with Retry-After meanwhile.
async function oddsWhenReady(body) {
  for (let attempt = 0; ; attempt++) {
    const response = await api("POST", "/api/match/odds", body);
    if (response.status !== 503 || !response.retryAfter || attempt >= 30) return response;
    $("odds-result").replaceChildren(el("p", `Simulating the market's seasons (done once for these specialties); checking again in ${response.retryAfter} s…`, { class: "note" }));
    await new Promise((resolve) => setTimeout(resolve, 1000 * Math.min(response.retryAfter, 10)));
  }
}

async function rankListOdds() {
  const market = $("odds-market").checked;
  $("odds-result").replaceChildren(el("p", market ? "Simulating the market…" : "Computing…", { class: "note" }));
  const response = await oddsWhenReady({ profile: current.profile, rank: current.rank.map((p) => p.id), market });
  if (response.status !== 200) {
    $("odds-result").replaceChildren(el("p", (response.body?.errors ?? []).map((e) => `${e.pointer}: ${e.detail}`).join("; ")
      || response.body?.detail || "Something went wrong.", { class: "field-error" }));
    return;
  }
  const odds = response.body;
  const columns = ["Rank", "Program", "Match here", "Matched by here"];
  if (odds.market) columns.push("Against competitors: here", "by here");
  const table = headedTable(columns);
  odds.ranks.forEach((r, i) => {
    const row = el("tr");
    const cells = [String(r.rank), r.name, pct(r.matchHere), pct(r.matchedByHere)];
    if (odds.market) cells.push(pct(odds.market.ranks[i].matchHere), pct(odds.market.ranks[i].matchedByHere));
    cells.forEach((t) => row.append(el("td", t)));
    table.append(row);
  });
  const lines = [el("p", `Chance of matching with this rank list: ${pct(odds.pMatch)} (${pct(odds.pMatchLow)}–${pct(odds.pMatchHigh)}).`)];
  if (odds.market) {
    lines.push(el("p", `Against simulated competitors: ${pct(odds.market.pMatch)} (± ${(100 * odds.market.standardError).toFixed(1)} points), over ${odds.market.seasons} simulated seasons of ${odds.market.competitors.toLocaleString("en-US")} applicants each.`));
  }
  $("odds-result").replaceChildren(...lines, table, ...odds.warnings.map((w) => el("p", w, { class: "note" })));
}
