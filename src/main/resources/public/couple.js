// Couples: the partner's profile, the pairs of programs the two rank (one each, or one of them unmatched), and the
// chance that both match, from /api/match/couple-odds. Text only, never innerHTML.
import { $, el, pct, api, table } from "./dom.js";

const UNMATCHED = "";
const couple = { partner: null, partnerPrograms: [], pairs: [] };
let state = () => ({});

export function setupCouple(getState) {
  state = getState;
  $("partner-example").addEventListener("click", async () => {
    const example = await (await fetch("/examples/07-couple-partner-b.json")).json();
    $("partner-profile").value = JSON.stringify(example, null, 2);
  });
  $("partner-programs").addEventListener("click", findPartnerPrograms);
  $("add-pair").addEventListener("click", () => {
    couple.pairs.push({ mine: myPrograms()[0]?.id ?? UNMATCHED, theirs: couple.partnerPrograms[0]?.id ?? UNMATCHED });
    drawPairs();
  });
  $("couple-odds").addEventListener("click", coupleOdds);
}

/** Your side of a pair: your rank list when you have one, else your recommended programs. */
function myPrograms() {
  const s = state();
  return s.rank?.length ? s.rank : (s.result?.programs ?? []).map((p) => ({ id: p.id, name: p.name }));
}

async function findPartnerPrograms() {
  let partner;
  try {
    partner = JSON.parse($("partner-profile").value);
  } catch (e) {
    status("Your partner's profile is not valid JSON: " + e.message, true);
    return;
  }
  const response = await api("POST", "/api/recommendations", { profile: partner });
  if (response.status !== 200) {
    status(problems(response.body), true);
    return;
  }
  couple.partner = partner;
  couple.partnerPrograms = response.body.programs.map((p) => ({ id: p.id, name: p.name }));
  status(`${couple.partnerPrograms.length} programs for your partner. Now add your pairs, most wanted first.`, false);
  $("add-pair").disabled = false;
  drawPairs();
}

function status(text, error) {
  $("partner-status").replaceChildren(el("span", text, error ? { class: "field-error" } : {}));
}

function problems(body) {
  return (body?.errors ?? []).map((e) => `${e.pointer}: ${e.detail}`).join("; ") || body?.detail || "Something went wrong.";
}

function choice(label, programs, value, onChange) {
  const select = el("select", undefined, { "aria-label": label });
  select.append(el("option", "(unmatched)", { value: UNMATCHED }));
  programs.forEach((p) => select.append(el("option", p.name, { value: p.id })));
  select.value = value;
  select.addEventListener("change", () => onChange(select.value));
  return select;
}

function drawPairs() {
  $("pairs").replaceChildren(...couple.pairs.map((pair, i) => {
    const item = el("li");
    const up = el("button", "Up", { type: "button", "aria-label": `Move pair ${i + 1} up` });
    up.disabled = i === 0;
    up.addEventListener("click", () => { couple.pairs.splice(i - 1, 0, ...couple.pairs.splice(i, 1)); drawPairs(); });
    const remove = el("button", "Remove", { type: "button", "aria-label": `Remove pair ${i + 1}` });
    remove.addEventListener("click", () => { couple.pairs.splice(i, 1); drawPairs(); });
    item.append(choice(`Pair ${i + 1}: your program`, myPrograms(), pair.mine, (v) => { pair.mine = v; }), " + ",
      choice(`Pair ${i + 1}: your partner's program`, couple.partnerPrograms, pair.theirs, (v) => { pair.theirs = v; }),
      up, remove);
    return item;
  }));
  $("couple-odds").disabled = couple.pairs.length === 0 || !state().profile;
}

async function coupleOdds() {
  const pairs = couple.pairs.map((p) => [p.mine || null, p.theirs || null]);
  const response = await api("POST", "/api/match/couple-odds", { profile: state().profile, partner: couple.partner, pairs });
  if (response.status !== 200) {
    $("couple-result").replaceChildren(el("p", problems(response.body), { class: "field-error" }));
    return;
  }
  const odds = response.body;
  const oddsTable = table(["Pair", "You", "Your partner", "The pair you get"], odds.pairs.map((p) =>
    [String(p.rank), p.first?.name ?? "(unmatched)", p.second?.name ?? "(unmatched)", pct(p.chance)]));
  $("couple-result").replaceChildren(
    el("p", `Both of you match: ${pct(odds.bothMatch)} (in the same region: ${pct(odds.bothMatchSameRegion)}). You match: ${pct(odds.firstMatches)}; your partner matches: ${pct(odds.secondMatches)}.`),
    oddsTable,
    el("p", `Estimated from ${odds.draws.toLocaleString("en-US")} simulated Matches of the two of you.`, { class: "note" }));
}
