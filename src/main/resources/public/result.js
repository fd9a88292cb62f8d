// The answer on the page: the summary, the curve and maps, the tiered list with each program's factors, the
// backups, the advice and the strategy — all as text nodes.
import { $, el, pct, headedTable, table } from "./dom.js";
import { current } from "./state.js";
import { drawCurve, drawMap, fit } from "./charts.js";
import { addToRankList } from "./ranklist.js";

export function render(r) {
  $("result").hidden = false;
  renderSummary(r);
  drawCurve(r.curve, r.summary.recommendedApplications);
  renderMaps(r.programs);
  renderTiers(r.programs);
  renderBackups(r);
  $("advice").replaceChildren(...r.advice.map((a) => {
    const item = el("li");
    item.append(el("strong", a.title), el("p", a.why));
    return item;
  }));
  renderStrategy(r.strategy);
  $("whatif-budget").value = current.options?.applications ?? r.summary.applications;
}

function renderSummary(r) {
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
}

function renderMaps(programs) {
  const bounds = fit(programs, [-125, -66, 24, 50]);
  drawMap($("map-us"), current.states, programs, bounds);
  const socal = [-121, -114, 32, 36];
  const inSocal = programs.filter((p) => p.latitude != null && p.longitude >= socal[0] && p.longitude <= socal[1]
    && p.latitude >= socal[2] && p.latitude <= socal[3]);
  // The inset helps only when the list is spread wide (the first map then shows the country) and has programs there.
  const inset = inSocal.length > 0 && bounds[1] - bounds[0] > 20;
  $("map-socal").toggleAttribute("hidden", !inset); // an SVG element has no hidden property
  if (inset) drawMap($("map-socal"), current.states, programs, socal);
}

function renderTiers(programs) {
  const tiers = $("tiers");
  tiers.replaceChildren();
  ["SAFETY", "TARGET", "REACH"].forEach((tier) => {
    const list = programs.filter((p) => p.tier === tier);
    if (!list.length) return;
    tiers.append(el("h3", `${tier[0] + tier.slice(1).toLowerCase()} (${list.length})`));
    const rows = headedTable(["#", "Program", "Signal", "Interview", "Match", "Fee", "Why", "Rank list"]);
    list.forEach((p) => rows.append(programRow(p)));
    tiers.append(rows);
  });
}

function programRow(p) {
  const row = el("tr");
  row.append(el("td", String(p.rank)), programCell(p));
  [p.signal === "NONE" ? "" : p.signal.toLowerCase(), pct(p.outcome.interview),
    pct(p.outcome.success), `$${p.fee}`].forEach((t) => row.append(el("td", t)));
  const why = el("details");
  why.append(el("summary", "factors"));
  const items = el("ul");
  // The server orders the reasons by weight and words each one's direction and size (no log-odds here).
  p.factors.forEach((f) => items.append(el("li", f.text)));
  why.append(items);
  const add = el("button", "Add", { type: "button", "aria-label": `Add ${p.name} to my rank list` });
  add.addEventListener("click", () => addToRankList(p));
  const whyCell = el("td");
  whyCell.append(why);
  const addCell = el("td");
  addCell.append(add);
  row.append(whyCell, addCell);
  return row;
}

function programCell(p) {
  const program = el("td");
  const name = p.url ? el("a", p.name, { href: p.url, rel: "noopener noreferrer", target: "_blank" }) : el("span", p.name);
  const visa = [p.visaJ1 === true ? "J-1" : null, p.visaH1b === true ? "H-1B" : null].filter(Boolean);
  const policy = p.visaJ1 === false && p.visaH1b === false ? "no visa sponsorship"
    : visa.length ? `sponsors ${visa.join(" and ")}` : "visa policy not known";
  const far = p.miles != null ? ` · ${Math.round(p.miles)} miles away` : "";
  program.append(name, el("span", ` (${p.city})`), el("br"), el("small", `${p.kind} · ${policy}${far}`, { class: "kind" }));
  return program;
}

function renderBackups(r) {
  $("backups").replaceChildren(...(r.backups.length ? r.backups.map((b) => el("p",
    `+ ${b.extraApplications} ${b.specialty.replaceAll("_", " ").toLowerCase()} applications ($${b.extraCost}): ${pct(b.pMatchBefore)} → ${pct(b.pMatchAfter)}`))
    : [el("p", r.programs.length ? "Not needed: your chance in the target specialty is high enough."
      : "None: this catalog has no programs for the area.")]));
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
  renderRealism(st);
  if (st?.budget) {
    const b = st.budget;
    $("summary").append(el("p", `Season budget: applications $${b.applicationFees} via ${b.service}${b.feesEstimated ? " (ERAS's fees as an estimate)" : ""}; NRMP registration $${b.matchFee} (estimate); interviews $0 if virtual, up to $${b.interviewsInPerson} if all in person (estimate).`, { class: "note" }));
  }
  renderPlaybook(st?.playbook ?? []);
}

function renderRealism(st) {
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
}

function renderPlaybook(items) {
  const playbook = $("playbook");
  playbook.replaceChildren();
  let phase = null;
  let list = null;
  items.forEach((item) => {
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
