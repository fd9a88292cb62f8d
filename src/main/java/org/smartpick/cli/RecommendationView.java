package org.smartpick.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartpick.catalog.CsvTable;
import org.smartpick.engine.Advice;
import org.smartpick.engine.BackupOption;
import org.smartpick.engine.CurvePoint;
import org.smartpick.engine.FeeSchedule;
import org.smartpick.engine.Recommendation;
import org.smartpick.engine.RecommendedProgram;
import org.smartpick.engine.Tier;
import org.smartpick.engine.WhatIfResult;

/** Renders a recommendation for a terminal, as CSV (the list) and as a JSON-ready structure (everything). */
final class RecommendationView {
    private RecommendationView() {
    }

    static void table(Recommendation r, List<WhatIfResult> whatIfs, FeeSchedule fees, PrintWriter out) {
        var o = r.outlook();
        out.printf(Locale.ROOT, "SmartPick — %s, %s%n%n", r.specialty().label(), r.area());
        out.printf(Locale.ROOT, "Chance of matching: %s (%s–%s for a weaker or stronger you than your profile"
                + " shows)%n", pct(o.pMatch()), pct(o.pMatchLow()), pct(o.pMatchHigh()));
        out.printf(Locale.ROOT, "%d applications, ERAS fees $%,d, expected interviews %.1f%n", r.programs().size(),
                r.cost(), o.expectedInterviews());
        out.printf(Locale.ROOT, "Recommended number: %d (after it, one more application adds less than the"
                + " threshold; P(match) %s, $%,d)%n", r.recommendedApplications(), pct(r.pMatchAtRecommended()),
                fees.cost(r.recommendedApplications()));
        out.printf(Locale.ROOT, "%d programs of the area scored, %d excluded by a published rule%n", r.candidates()
                + r.excluded().size(), r.excluded().size());
        if (r.budgetApplications() != null && r.budgetApplications() > r.programs().size()) {
            out.printf(Locale.ROOT, "Your budget allows %d applications, but the area has only %d eligible programs"
                    + " in the catalog.%n", r.budgetApplications(), r.candidates());
        }
        out.println();
        curve(r.curve(), out);
        for (Tier tier : Tier.values()) {
            List<RecommendedProgram> inTier = r.programs().stream().filter(p -> p.tier() == tier).toList();
            if (!inTier.isEmpty()) {
                out.println(tier.name() + " (" + inTier.size() + ")");
                programs(inTier, out);
                out.println();
            }
        }
        backups(r.backups(), out);
        whatIfs(whatIfs, out);
        advice(r.advice(), out);
    }

    private static void curve(List<CurvePoint> curve, PrintWriter out) {
        out.println("Chance of matching by number of applications:");
        StringBuilder line = new StringBuilder();
        for (CurvePoint p : curve) {
            if (p.applications() <= 10 || p.applications() % 10 == 0 || p.applications() == curve.size()) {
                line.append(String.format(Locale.ROOT, " %d:%s", p.applications(), pct(p.pMatch())));
            }
        }
        out.println(" " + line.toString().trim());
        out.println();
    }

    private static void programs(List<RecommendedProgram> programs, PrintWriter out) {
        TextTable table = new TextTable(List.of("#", "PROGRAM", "CITY", "SIGNAL", "INTERVIEW", "MATCH", "FEE"),
                List.of(3, 58, 16, 6, 9, 6, 4));
        for (RecommendedProgram p : programs) {
            table.add(List.of(String.valueOf(p.rank()), p.program().name(), p.program().city(),
                    p.signal().name().equals("NONE") ? "" : p.signal().name().toLowerCase(Locale.ROOT),
                    pct(p.outcome().interview()), pct(p.outcome().success()), "$" + p.fee()));
            p.chance().topFactors(3).forEach(f -> table.note("· " + f.explain()));
        }
        table.print(out);
    }

    private static void backups(List<BackupOption> backups, PrintWriter out) {
        if (backups.isEmpty()) {
            return;
        }
        out.println("Backup plan (chance of matching somewhere):");
        for (BackupOption b : backups) {
            out.printf(Locale.ROOT, "  + %d %s applications ($%,d): %s → %s%n", b.extraApplications(),
                    b.specialty().label(), b.extraCost(), pct(b.pMatchBefore()), pct(b.pMatchAfter()));
        }
        out.println();
    }

    private static void whatIfs(List<WhatIfResult> results, PrintWriter out) {
        if (results.isEmpty()) {
            return;
        }
        out.println("What if:");
        results.forEach(w -> out.printf(Locale.ROOT, "  %s: %s → %s (%+.1f points)%n", w.label(),
                pct(w.pMatchBefore()), pct(w.pMatchAfter()), w.gainPoints()));
        out.println();
    }

    private static void advice(List<Advice> advice, PrintWriter out) {
        if (advice.isEmpty()) {
            return;
        }
        out.println("Strategy:");
        for (int i = 0; i < advice.size(); i++) {
            Advice a = advice.get(i);
            out.printf(Locale.ROOT, "%d. %s%s%n   %s%n", i + 1, a.title(), a.effectPoints() == null ? ""
                    : String.format(Locale.ROOT, " (%+.1f points)", a.effectPoints()), a.why());
        }
    }

    static void csv(Recommendation r, PrintWriter out) {
        out.println("rank,id,name,city,state,tier,signal,p_interview,p_match_given_interview,p_match,fee,why");
        for (RecommendedProgram p : r.programs()) {
            List<String> row = List.of(String.valueOf(p.rank()), p.program().id(), p.program().name(),
                    p.program().city(), p.program().state().name(), p.tier().name(), p.signal().name(),
                    num(p.outcome().interview()), num(p.outcome().matchGivenInterview()), num(p.outcome().success()),
                    String.valueOf(p.fee()), String.join("; ", p.chance().topFactors(3).stream()
                            .map(org.smartpick.engine.Factor::explain).toList()));
            out.println(String.join(",", row.stream().map(CsvTable::quote).toList()));
        }
    }

    static Map<String, Object> json(Recommendation r, List<WhatIfResult> whatIfs) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("specialty", r.specialty().name());
        doc.put("objective", r.objective().name());
        doc.put("area", r.area());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("pMatch", r.outlook().pMatch());
        summary.put("pMatchLow", r.outlook().pMatchLow());
        summary.put("pMatchHigh", r.outlook().pMatchHigh());
        summary.put("pMatchIfIndependent", r.outlook().pMatchIfIndependent());
        summary.put("expectedInterviews", r.outlook().expectedInterviews());
        summary.put("value", r.value());
        summary.put("applications", r.programs().size());
        summary.put("cost", r.cost());
        summary.put("recommendedApplications", r.recommendedApplications());
        summary.put("pMatchAtRecommended", r.pMatchAtRecommended());
        summary.put("programsScored", r.candidates());
        doc.put("summary", summary);
        doc.put("curve", r.curve());
        List<Map<String, Object>> programs = new ArrayList<>();
        for (RecommendedProgram p : r.programs()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", p.rank());
            row.put("id", p.program().id());
            row.put("name", p.program().name());
            row.put("city", p.program().city());
            row.put("state", p.program().state().name());
            row.put("setting", p.program().setting());
            row.put("latitude", p.program().point() == null ? null : p.program().point().latitude());
            row.put("longitude", p.program().point() == null ? null : p.program().point().longitude());
            row.put("tier", p.tier());
            row.put("signal", p.signal());
            row.put("fee", p.fee());
            row.put("utility", p.utility());
            row.put("outcome", p.outcome());
            row.put("outcomeWithoutSignal", p.chance().outcome(org.smartpick.engine.Signal.NONE));
            row.put("factors", p.chance().factors());
            programs.add(row);
        }
        doc.put("programs", programs);
        doc.put("signals", r.signalPlan().stream().map(p -> Map.of("id", p.program().id(), "signal", p.signal()))
                .toList());
        doc.put("backups", r.backups());
        doc.put("whatIf", whatIfs);
        doc.put("advice", r.advice());
        doc.put("excluded", r.excluded().stream().map(c -> Map.of("id", c.program().id(), "reason",
                c.excludedBecause())).toList());
        return doc;
    }

    static String pct(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }

    private static String num(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }
}
