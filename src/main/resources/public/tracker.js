// The season tracker of a saved plan: one row per program with a button per status; each click saves the tracker
// (PUT /api/plans/{token}/tracker) and shows the chance now beside the chance at the start of the season.
import { $, el, pct, api, headedTable } from "./dom.js";

const STATUSES = [["NO_WORD", "Sent"], ["INVITED", "Invited"], ["INTERVIEWED", "Interviewed"],
  ["WAITLISTED", "Waitlisted"], ["REJECTED", "Rejected"], ["WITHDRAWN", "Withdrawn"]];

let state = { token: null, tracker: null };

export async function showTracker(token) {
  state.token = token;
  const response = await api("GET", `/api/plans/${token}/tracker`);
  if (response.status !== 200) return;
  $("tracker").hidden = false;
  $("tracker-calendar").setAttribute("href", `/api/plans/${token}/tracker/calendar.ics`);
  draw(response.body);
}

export function hideTracker() {
  state = { token: null, tracker: null };
  $("tracker").hidden = true;
}

function day() {
  return $("tracker-asof").value || new Date().toISOString().slice(0, 10);
}

async function mark(id, status) {
  const on = day();
  // the server dates what the status implies (sent, invited, interviewed) with the tracker's day
  const entries = state.tracker.entries.map((e) => (e.id === id ? { ...e, status } : e));
  const response = await api("PUT", `/api/plans/${state.token}/tracker`, { asOf: on, entries });
  if (response.status !== 200) {
    $("tracker-summary").replaceChildren(el("p", (response.body?.errors ?? []).map((e) => `${e.pointer}: ${e.detail}`)
      .join("; ") || response.body?.detail || "Could not save the tracker.", { class: "field-error" }));
    return;
  }
  draw(response.body);
  document.querySelector(`[data-program="${CSS.escape(id)}"][data-status="${status}"]`)?.focus();
}

function draw({ tracker, report }) {
  state.tracker = tracker;
  if (tracker.asOf) $("tracker-asof").value = tracker.asOf;
  const table = headedTable(["Program", "Status", "Interview chance at start", "Now"]);
  report.programs.forEach((p) => {
    const row = el("tr");
    row.append(el("td", p.name));
    const buttons = el("td");
    STATUSES.forEach(([status, label]) => {
      const b = el("button", label, { type: "button", "data-program": p.id, "data-status": status,
        "aria-pressed": String(p.status === status), "aria-label": `${label}: ${p.name}` });
      b.addEventListener("click", () => mark(p.id, status));
      buttons.append(b);
    });
    row.append(buttons, el("td", pct(p.interviewAtStart)),
      el("td", p.status === "INVITED" || p.status === "INTERVIEWED" ? "invited"
        : p.status === "REJECTED" ? "—" : p.interviewNow === undefined ? "" : pct(p.interviewNow)));
    table.append(row);
  });
  $("tracker-table").replaceChildren(table);
  $("tracker-summary").replaceChildren(el("p", report.summary), ...(report.note ? [el("p", report.note, { class: "note" })] : []));
  const more = report.applyMore.steps.map((s) => el("li", s.text));
  $("tracker-more").replaceChildren(...(more.length ? [el("p", `Apply more now (${report.applyMore.area}):`), el("ul")]
    : [el("p", "Nothing worth adding now: the programs left would add little this late.")]));
  if (more.length) $("tracker-more").querySelector("ul").append(...more);
  const declinable = report.declinable.map((d) => el("li", `${d.name}: −${(100 * d.loss).toFixed(1)} points`));
  $("tracker-decline").replaceChildren(...(declinable.length
    ? [el("p", "Invitations you could decline with little loss (a courtesy to other applicants):"), el("ul")] : []));
  if (declinable.length) $("tracker-decline").querySelector("ul").append(...declinable);
  const ranks = report.rankList.ranks.map((r) => el("li", `${r.name} — ${pct(r.matchHere)} here, ${pct(r.matchedByHere)} by here`));
  $("tracker-ranks").replaceChildren(...(ranks.length
    ? [el("p", `Draft rank list (the programs that invited you), ${pct(report.rankList.pMatch)} to match on it:`), el("ol")] : []));
  if (ranks.length) $("tracker-ranks").querySelector("ol").append(...ranks);
}
