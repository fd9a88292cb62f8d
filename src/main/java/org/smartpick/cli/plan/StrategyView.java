package org.smartpick.cli.plan;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.smartpick.cli.common.TextTable;
import org.smartpick.engine.advice.AreaOption;
import org.smartpick.engine.advice.PlaybookItem;
import org.smartpick.engine.advice.SpecialtyOption;
import org.smartpick.engine.advice.Strategy;

/** The strategy's tables for a terminal: the area steps, the realism and its alternatives, the PGY-1 year, the playbook. */
final class StrategyView {
    private StrategyView() {}

    static void budget(Strategy s, PrintWriter out) {
        s.budget()
                .ifPresent(b -> out.printf(
                        Locale.ROOT,
                        "Season budget: applications $%,d via %s%s; NRMP"
                                + " registration $%,d for ranking about %d programs (estimate); interviews $0 if virtual, up to"
                                + " $%,d if all in person (estimate): $%,d–$%,d in all%n",
                        b.applicationFees(),
                        b.service(),
                        b.feesEstimated()
                                ? " (its own fees are not in SmartPick's data: ERAS's schedule as an estimate)"
                                : "",
                        b.matchFee(),
                        b.rankedPrograms(),
                        b.interviewsInPerson(),
                        b.totalLow(),
                        b.totalHigh()));
    }

    static void areas(Strategy s, PrintWriter out) {
        if (s.areas().isEmpty()) {
            return;
        }
        out.println("Widening your area (in the seed article's order, at your budget):");
        for (AreaOption a : s.areas()) {
            out.printf(
                    Locale.ROOT,
                    "  - %s: %d programs, %d applications, P(match) %s, $%,d%s%n",
                    a.label(),
                    a.programs(),
                    a.applications(),
                    RecommendationView.pct(a.pMatch()),
                    a.fees(),
                    a.wholeBudget() ? " — your whole budget" : "");
        }
        out.println();
    }

    static void realism(Strategy s, PrintWriter out) {
        s.realism().ifPresent(r -> {
            out.println("Realism:");
            out.println("  " + r.statement());
            r.levers().forEach(l -> out.println("  · " + l));
            if (r.alternatives().size() > 1) {
                out.println("Alternatives in the same area at the same budget:");
                options(r.alternatives(), out);
            }
            out.println();
        });
        s.pgy1Year().ifPresent(p -> {
            out.printf(
                    Locale.ROOT,
                    "PGY-1 year (starting on time: about %s or more):%n",
                    RecommendationView.pct(p.pOnTime()));
            options(p.options(), out);
            out.println("  " + p.rule());
            out.println();
        });
    }

    private static void options(List<SpecialtyOption> options, PrintWriter out) {
        TextTable table = new TextTable(
                List.of("SPECIALTY", "P(MATCH)", "APPLICATIONS", "FEES", "PROGRAMS"), List.of(40, 8, 12, 7, 8));
        for (SpecialtyOption o : options) {
            table.add(List.of(
                    o.specialty().label(),
                    RecommendationView.pct(o.pMatch()),
                    String.valueOf(o.applications()),
                    String.format(Locale.ROOT, "$%,d", o.fees()),
                    String.valueOf(o.programs())));
        }
        table.print(out);
    }

    static void playbook(Strategy s, PrintWriter out) {
        if (s.playbook().isEmpty()) {
            return;
        }
        out.println();
        out.println("Playbook:");
        PlaybookItem.Phase phase = null;
        for (PlaybookItem item : s.playbook()) {
            if (item.phase() != phase) {
                phase = item.phase();
                out.println("  " + phase.when() + ":");
            }
            out.printf(Locale.ROOT, "  [ ] %s (%s)%n", item.title(), item.appliesBecause());
            item.steps().forEach(step -> out.println("      - " + step));
            if (!item.avoid().isEmpty()) {
                out.println("      avoid: " + String.join("; ", item.avoid()));
            }
        }
    }
}
