// SmartPick page: reads the form into a profile, asks the API, and renders the result with textContent only
// (never innerHTML), so anything a user typed is shown as text. The concerns live in their own modules: the form
// (form.js), the answer (result.js, charts.js), saved plans (plans.js), the rank list (ranklist.js), the couple
// (couple.js) and the season tracker (tracker.js); this one wires them to the page.
import { $, el, api } from "./dom.js";
import { current } from "./state.js";
import { setupCouple } from "./couple.js";
import { readForm, loadExample, budget, showErrors } from "./form.js";
import { render } from "./result.js";
import { save, openPlan, remove, exportCsv } from "./plans.js";
import { rankListOdds } from "./ranklist.js";

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

function whatIf() {
  const profile = structuredClone(current.base ?? current.profile);
  if ($("whatif-step2").value !== "") profile.exams.step2ck = { score: Number($("whatif-step2").value) };
  if ($("whatif-region").value !== "") profile.preferences.regions = [$("whatif-region").value];
  recommend(profile, { applications: Number($("whatif-budget").value) });
}

start();
