package org.smartpick.cli.match;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartpick.cli.common.TextTable;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Specialty;
import org.smartpick.match.MarketCheck;
import org.smartpick.match.MarketOutcome;

/** Prints a simulated season (and the same season under a policy) as a table or JSON. */
final class MarketView {
    private final MarketOutcome base;
    private final MarketOutcome changed;
    private final List<MarketCheck.Line> checks;

    MarketView(MarketOutcome base, MarketOutcome changed, List<MarketCheck.Line> checks) {
        this.base = base;
        this.changed = changed;
        this.checks = List.copyOf(checks);
    }

    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seed", base.seed());
        out.put("season", season(base));
        if (changed != null) {
            out.put("policy", changed.policy().describe());
            out.put("withPolicy", season(changed));
        }
        if (!checks.isEmpty()) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (MarketCheck.Line c : checks) {
                lines.add(ordered(
                        "name",
                        c.name(),
                        "simulated",
                        c.simulated(),
                        "published",
                        c.published(),
                        "tolerance",
                        c.tolerance(),
                        "within",
                        c.within(),
                        "source",
                        c.source()));
            }
            out.put("check", lines);
        }
        return out;
    }

    private static Map<String, Object> season(MarketOutcome o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", o.status());
        out.put("applicants", o.applicants());
        out.put("positions", o.positions());
        out.put("matched", o.matched());
        out.put("matchRate", o.matchRate());
        out.put("fillRate", o.fillRate());
        out.put("unfilledPositions", o.unfilledPositions());
        out.put("programsWithUnfilled", o.programsWithUnfilled());
        out.put("interviewsPerApplicant", o.interviewsPerApplicant());
        out.put("rankListMatched", o.rankListMatched());
        out.put("rankListUnmatched", o.rankListUnmatched());
        out.put("couples", ordered("couples", o.couples(), "bothMatched", o.couplesBothMatched()));
        Map<String, Object> types = new LinkedHashMap<>();
        for (ApplicantType t : ApplicantType.values()) {
            MarketOutcome.Tally tally = o.byType().get(t);
            types.put(
                    t.name(),
                    ordered("applicants", tally.applicants(), "matched", tally.matched(), "matchRate", tally.rate()));
        }
        out.put("byType", types);
        Map<String, Object> specialties = new LinkedHashMap<>();
        o.bySpecialty()
                .forEach((s, t) -> specialties.put(
                        s.name(),
                        ordered(
                                "programs",
                                t.programs(),
                                "positions",
                                t.positions(),
                                "filled",
                                t.filled(),
                                "applicants",
                                t.applicants(),
                                "matched",
                                t.matched(),
                                "fillRate",
                                t.fillRate(),
                                "matchRate",
                                t.matchRate())));
        out.put("bySpecialty", specialties);
        return out;
    }

    /** A JSON object with its keys in the given order. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    void print(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "Seed %d: %,d applicants, %,d positions; %s matched (%s), %s of positions filled,"
                        + " %,d unfilled at %,d programs (%s)%n",
                base.seed(),
                base.applicants(),
                base.positions(),
                String.format(Locale.ROOT, "%,d", base.matched()),
                pct(base.matchRate()),
                pct(base.fillRate()),
                base.unfilledPositions(),
                base.programsWithUnfilled(),
                base.status());
        out.printf(
                Locale.ROOT,
                "Interviews per applicant %.1f; rank lists: matched %.1f, unmatched %.1f;"
                        + " couples %d, both matched %d%n%n",
                base.interviewsPerApplicant(),
                base.rankListMatched(),
                base.rankListUnmatched(),
                base.couples(),
                base.couplesBothMatched());
        List<String> header = new ArrayList<>(List.of("Applicants", "Number", "Matched"));
        if (changed != null) {
            header.addAll(List.of("With " + changed.policy().describe(), "Change"));
        }
        TextTable types = new TextTable(header, header.stream().map(h -> 60).toList());
        for (ApplicantType t : ApplicantType.values()) {
            types.add(row(
                    t.name(),
                    base.byType().get(t).applicants(),
                    base.byType().get(t).rate(),
                    changed == null ? null : changed.byType().get(t).rate()));
        }
        types.add(row("all", base.applicants(), base.matchRate(), changed == null ? null : changed.matchRate()));
        types.print(out);
        out.println();
        specialties(out);
        checks(out);
    }

    private List<String> row(String name, int number, double rate, Double withPolicy) {
        List<String> cells = new ArrayList<>(List.of(name, String.format(Locale.ROOT, "%,d", number), pct(rate)));
        if (changed != null) {
            cells.add(pct(withPolicy));
            cells.add(String.format(Locale.ROOT, "%+.1f pt", 100 * (withPolicy - rate)));
        }
        return cells;
    }

    private void specialties(PrintWriter out) {
        TextTable table = new TextTable(
                List.of("Specialty", "Positions", "Filled", "Applicants", "Matched"), List.of(40, 12, 8, 12, 8));
        for (Map.Entry<Specialty, MarketOutcome.SpecialtyTally> e :
                base.bySpecialty().entrySet()) {
            MarketOutcome.SpecialtyTally t = e.getValue();
            table.add(List.of(
                    e.getKey().label(),
                    String.format(Locale.ROOT, "%,d", t.positions()),
                    pct(t.fillRate()),
                    String.format(Locale.ROOT, "%,d", t.applicants()),
                    pct(t.matchRate())));
        }
        table.print(out);
    }

    private void checks(PrintWriter out) {
        if (checks.isEmpty()) {
            return;
        }
        out.println();
        TextTable table =
                new TextTable(List.of("Check", "Simulated", "Published", "Tolerance", ""), List.of(40, 10, 10, 10, 8));
        for (MarketCheck.Line c : checks) {
            table.add(List.of(
                    c.name(),
                    pct(c.simulated()),
                    pct(c.published()),
                    String.format(Locale.ROOT, "±%.1f pt", 100 * c.tolerance()),
                    c.within() ? "ok" : "OUTSIDE"));
        }
        table.print(out);
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }
}
