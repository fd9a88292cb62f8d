// Saved plans: save or update the plan under its private link, open one from its link, delete it, and export the
// list as CSV.
import { $, el, api } from "./dom.js";
import { current } from "./state.js";
import { fillForm } from "./form.js";
import { render } from "./result.js";
import { showTracker, hideTracker } from "./tracker.js";

export async function save() {
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

export async function openPlan(token) {
  const response = await api("GET", `/api/plans/${token}`);
  if (response.status !== 200) {
    $("form-errors").textContent = "This plan does not exist (or was deleted).";
    return;
  }
  Object.assign(current, { token, base: response.body.profile, profile: response.body.profile, options: response.body.options, result: response.body.result });
  fillForm(response.body.profile);
  render(response.body.result);
  $("delete").hidden = false;
  $("link").textContent = "Opened your saved plan.";
  await showTracker(token);
}

export async function remove() {
  await api("DELETE", `/api/plans/${current.token}`);
  current.token = null;
  history.replaceState(null, "", "/");
  $("delete").hidden = true;
  hideTracker();
  $("link").textContent = "Deleted for good.";
}

export function exportCsv() {
  // A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP, CSV injection), as the CLI's CSV.
  const neutral = (s) => (/^[=@\t\r]/.test(s) || (/^[+-]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) ? `'${s}` : s);
  const quote = (v) => `"${neutral(String(v)).replaceAll('"', '""')}"`;
  const rows = [["rank", "program", "city", "tier", "signal", "p_interview", "p_match", "fee"]]
    .concat(current.result.programs.map((p) => [p.rank, p.name, p.city, p.tier, p.signal, p.outcome.interview.toFixed(4), p.outcome.success.toFixed(4), p.fee]));
  const blob = new Blob([rows.map((r) => r.map(quote).join(",")).join("\n")], { type: "text/csv" });
  const a = el("a", "", { href: URL.createObjectURL(blob), download: "smartpick-list.csv" });
  a.click();
}
