// The profile form: read into a profile document, filled from one, and the server's field errors shown beside the
// fields they name.
import { $, el } from "./dom.js";
import { current } from "./state.js";

export function readForm() {
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

export function fillForm(p) {
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

export async function loadExample() {
  const example = await (await fetch("/examples/01-la-low-step2-us-md.json")).json();
  fillForm(example);
}

export const budget = () => ($("applications").value ? { applications: Number($("applications").value) } : {});

export function showErrors(errors) {
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
