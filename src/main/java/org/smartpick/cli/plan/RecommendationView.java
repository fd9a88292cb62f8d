package org.smartpick.cli.plan;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.smartpick.catalog.CsvTable;
import org.smartpick.engine.chance.Reason;
import org.smartpick.engine.recommend.Advice;
import org.smartpick.engine.recommend.BackupOption;
import org.smartpick.engine.recommend.CurvePoint;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendedProgram;
import org.smartpick.engine.recommend.WhatIfResult;
import org.smartpick.engine.season.FeeSchedule;
import org.smartpick.report.Planner;

/** Renders a recommendation for a terminal and as CSV (the list); JSON is {@code report.RecommendationJson}. */
final class RecommendationView {
    private RecommendationView() {}

    static void table(Planner.Result plan, FeeSchedule fees, PrintWriter out) {
        Recommendation r = plan.recommendation();
        out.printf(Locale.ROOT, "SmartPick — %s, %s%n", r.specialty().label(), r.area());
        out.println("Catalog: " + plan.catalog().describe());
        plan.coverage().forEach(gap -> out.println("NOTE: " + gap));
        out.println();
        if (r.programs().isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "No %s program of this catalog is open to you (%s): there is no list to score,"
                            + " and no chance to give (%d excluded by a published rule).%n%n",
                    r.specialty().label(),
                    r.area(),
                    r.excluded().size());
        } else {
            summary(plan, fees, out);
        }
        ProgramListView.print(r.programs(), plan.miles(), out);
        backups(r.backups(), out);
        StrategyView.areas(plan.strategy(), out);
        StrategyView.realism(plan.strategy(), out);
        whatIfs(plan.whatIfs(), out);
        advice(r.advice(), out);
        StrategyView.playbook(plan.strategy(), out);
    }

    private static void summary(Planner.Result plan, FeeSchedule fees, PrintWriter out) {
        Recommendation r = plan.recommendation();
        var o = r.outlook();
        out.printf(
                Locale.ROOT,
                "Chance of matching: %s (%s–%s for a weaker or stronger you than your profile" + " shows)%n",
                pct(o.pMatch()),
                pct(o.pMatchLow()),
                pct(o.pMatchHigh()));
        out.printf(
                Locale.ROOT,
                "%d applications, ERAS fees $%,d, expected interviews %.1f%n",
                r.programs().size(),
                r.cost(),
                o.expectedInterviews());
        StrategyView.budget(plan.strategy(), out);
        out.printf(
                Locale.ROOT,
                "Recommended number: %d — P(match) %s, a %s risk of not matching, $%,d; %s%n",
                r.recommendedApplications(),
                pct(r.pMatchAtRecommended()),
                pct(1 - r.pMatchAtRecommended()),
                fees.cost(r.recommendedApplications()),
                r.recommendedApplications() >= r.curve().size()
                        ? "the area has no more programs"
                        : String.format(Locale.ROOT, "each 10 more adds about" + " %.1f points", r.tenMorePoints()));
        out.printf(
                Locale.ROOT,
                "%d programs of the area scored, %d excluded by a published rule%n",
                r.candidates() + r.excluded().size(),
                r.excluded().size());
        if (r.budgetApplications() != null
                && r.budgetApplications() > r.programs().size()) {
            out.printf(
                    Locale.ROOT,
                    "Your budget allows %d applications, but the area has only %d eligible programs"
                            + " in the catalog.%n",
                    r.budgetApplications(),
                    r.candidates());
        }
        out.println();
        curve(r.curve(), out);
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

    private static void backups(List<BackupOption> backups, PrintWriter out) {
        if (backups.isEmpty()) {
            return;
        }
        out.println("Backup plan (chance of matching somewhere):");
        for (BackupOption b : backups) {
            out.printf(
                    Locale.ROOT,
                    "  + %d %s applications ($%,d): %s → %s%n",
                    b.extraApplications(),
                    b.specialty().label(),
                    b.extraCost(),
                    pct(b.pMatchBefore()),
                    pct(b.pMatchAfter()));
        }
        out.println();
    }

    private static void whatIfs(List<WhatIfResult> results, PrintWriter out) {
        if (results.isEmpty()) {
            return;
        }
        out.println("What if:");
        results.forEach(w -> out.printf(
                Locale.ROOT,
                "  %s: %s → %s (%+.1f points)%n",
                w.label(),
                pct(w.pMatchBefore()),
                pct(w.pMatchAfter()),
                w.gainPoints()));
        out.println();
    }

    private static void advice(List<Advice> advice, PrintWriter out) {
        if (advice.isEmpty()) {
            return;
        }
        out.println("Strategy:");
        for (int i = 0; i < advice.size(); i++) {
            Advice a = advice.get(i);
            out.printf(
                    Locale.ROOT,
                    "%d. %s%s%n   %s%n",
                    i + 1,
                    a.title(),
                    a.effectPoints() == null ? "" : String.format(Locale.ROOT, " (%+.1f points)", a.effectPoints()),
                    a.why());
        }
    }

    static void csv(Recommendation r, PrintWriter out) {
        out.println("rank,id,name,city,state,tier,signal,p_interview,p_match_given_interview,p_match,fee,why");
        for (RecommendedProgram p : r.programs()) {
            List<String> row = List.of(
                    String.valueOf(p.rank()),
                    p.program().id(),
                    p.program().name(),
                    p.program().site().city(),
                    p.program().state().name(),
                    p.tier().name(),
                    p.signal().name(),
                    num(p.outcome().interview()),
                    num(p.outcome().matchGivenInterview()),
                    num(p.outcome().success()),
                    String.valueOf(p.fee()),
                    String.join(
                            "; ",
                            p.chance().topReasons(3).stream().map(Reason::text).toList()));
            out.println(String.join(",", row.stream().map(CsvTable::quote).toList()));
        }
    }

    static String pct(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }

    private static String num(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }
}
