// The rank list: programs where the applicant interviewed, most wanted first; its odds come from /api/match/odds.
import { $, el, api, pct, table } from "./dom.js";
import { current } from "./state.js";

export function addToRankList(program) {
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

export async function rankListOdds() {
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
  const rows = odds.ranks.map((r, i) => [String(r.rank), r.name, pct(r.matchHere), pct(r.matchedByHere)]
    .concat(odds.market ? [pct(odds.market.ranks[i].matchHere), pct(odds.market.ranks[i].matchedByHere)] : []));
  const lines = [el("p", `Chance of matching with this rank list: ${pct(odds.pMatch)} (${pct(odds.pMatchLow)}–${pct(odds.pMatchHigh)}).`)];
  if (odds.market) {
    lines.push(el("p", `Against simulated competitors: ${pct(odds.market.pMatch)} (± ${(100 * odds.market.standardError).toFixed(1)} points), over ${odds.market.seasons} simulated seasons of ${odds.market.competitors.toLocaleString("en-US")} applicants each.`));
  }
  $("odds-result").replaceChildren(...lines, table(columns, rows), ...odds.warnings.map((w) => el("p", w, { class: "note" })));
}
