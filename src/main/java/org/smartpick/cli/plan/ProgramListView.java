package org.smartpick.cli.plan;

import java.io.PrintWriter;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.Reason;
import org.smartpick.engine.recommend.RecommendedProgram;
import org.smartpick.engine.recommend.Tier;

/**
 * The list for a terminal: the reasons every listed program shares said once, with the range of their effect, then
 * each program as a short block — its full name and city, its kind, signal, chances and fee, and its own top
 * reasons — by tier. Blocks read in 80 columns where a table of full names cannot.
 */
final class ProgramListView {
    private ProgramListView() {}

    static void print(List<RecommendedProgram> programs, Map<String, Double> miles, PrintWriter out) {
        Set<String> common = commonKeys(programs);
        if (!common.isEmpty()) {
            out.println("For every program of the list:");
            common.forEach(key -> out.println("  · " + summary(programs, key)));
            out.println();
        }
        for (Tier tier : Tier.values()) {
            List<RecommendedProgram> inTier =
                    programs.stream().filter(p -> p.tier() == tier).toList();
            if (inTier.isEmpty()) {
                continue;
            }
            out.println(tier.name() + " (" + inTier.size() + ")");
            inTier.forEach(p -> block(p, common, miles.get(p.program().id()), out));
            out.println();
        }
    }

    private static void block(RecommendedProgram p, Set<String> common, Double miles, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%2d. %s, %s%s%n",
                p.rank(),
                p.program().name(),
                p.program().site().city(),
                miles == null ? "" : String.format(Locale.ROOT, " (%.0f miles)", miles));
        String signal =
                p.signal() == Signal.NONE ? "no signal" : p.signal().name().toLowerCase(Locale.ROOT) + " signal";
        out.printf(
                Locale.ROOT,
                "    %s · %s · interview %s · match %s · $%d%n",
                p.program().kind(),
                signal,
                RecommendationView.pct(p.outcome().interview()),
                RecommendationView.pct(p.outcome().success()),
                p.fee());
        p.chance().reasons().stream()
                .filter(r -> !common.contains(r.key()))
                .limit(3)
                .forEach(r -> out.println("    · " + r.text()));
    }

    /** Factor keys that move the chance at every listed program (not the program's level: its own start). */
    static Set<String> commonKeys(List<RecommendedProgram> programs) {
        if (programs.size() < 2) {
            return Set.of();
        }
        Map<String, Integer> count = new LinkedHashMap<>();
        for (RecommendedProgram p : programs) {
            p.chance().reasons().stream()
                    .filter(r -> !r.key().equals("program-level"))
                    .filter(r -> r.interviewPoints() != 0 || r.matchPoints() != 0)
                    .map(Reason::key)
                    .distinct()
                    .forEach(k -> count.merge(k, 1, Integer::sum));
        }
        return count.entrySet().stream()
                .filter(e -> e.getValue() == programs.size())
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** "Step 2 CK 226 is …: the interview chance −20 to −33 points, after an interview −10 points". */
    private static String summary(List<RecommendedProgram> programs, String key) {
        List<Reason> reasons = programs.stream()
                .flatMap(p -> p.chance().reasons().stream())
                .filter(r -> r.key().equals(key))
                .toList();
        return reasons.get(0).sentence() + ": the interview chance "
                + range(reasons.stream().mapToInt(Reason::interviewPoints).summaryStatistics())
                + (reasons.stream().anyMatch(r -> r.matchPoints() != 0)
                        ? ", after an interview "
                                + range(reasons.stream()
                                        .mapToInt(Reason::matchPoints)
                                        .summaryStatistics())
                        : "");
    }

    private static String range(IntSummaryStatistics s) {
        String low = String.format(Locale.ROOT, "%+d", s.getMin());
        return (s.getMin() == s.getMax() ? low : low + " to " + String.format(Locale.ROOT, "%+d", s.getMax()))
                + " points";
    }
}
