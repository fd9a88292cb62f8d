package org.smartpick.cli.plan;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smartpick.catalog.CsvTable;
import org.smartpick.cli.common.TextTable;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.chance.Reason;

/** Renders scored programs as a terminal table, CSV or a JSON-ready structure — the same numbers in each. */
final class ScoreTable {
    private ScoreTable() {}

    static void table(List<ProgramChance> scored, List<Signal> signals, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("ID", "INTERVIEW"));
        signals.forEach(s -> header.add("+" + s.name()));
        header.addAll(List.of("MATCH|INT", "MATCH", "PROGRAM"));
        List<Integer> widths = new ArrayList<>(List.of(28, 9));
        signals.forEach(s -> widths.add(7));
        widths.addAll(List.of(9, 6, 200));
        TextTable table = new TextTable(header, widths);
        for (ProgramChance c : scored) {
            List<String> row = new ArrayList<>(
                    List.of(c.program().id(), percent(c.outcome(Signal.NONE).interview())));
            signals.forEach(s -> row.add(percent(c.outcome(s).interview())));
            row.add(percent(c.outcome(Signal.NONE).matchGivenInterview()));
            row.add(percent(c.outcome(Signal.NONE).success()));
            row.add(c.program().name());
            table.add(row);
            if (c.excluded()) {
                table.note("EXCLUDED: " + c.excludedBecause());
            } else {
                c.topReasons(3).forEach(r -> table.note("· " + r.text()));
            }
        }
        table.print(out);
    }

    static void csv(List<ProgramChance> scored, List<Signal> signals, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("id", "name", "p_interview"));
        signals.forEach(s -> header.add("p_interview_" + s.name().toLowerCase(Locale.ROOT)));
        header.addAll(List.of("p_match_given_interview", "p_match", "excluded_because", "top_factors"));
        out.println(String.join(",", header));
        for (ProgramChance c : scored) {
            List<String> row = new ArrayList<>(List.of(
                    c.program().id(),
                    c.program().name(),
                    number(c.outcome(Signal.NONE).interview())));
            signals.forEach(s -> row.add(number(c.outcome(s).interview())));
            row.add(number(c.outcome(Signal.NONE).matchGivenInterview()));
            row.add(number(c.outcome(Signal.NONE).success()));
            row.add(c.excluded() ? c.excludedBecause() : "");
            row.add(String.join("; ", c.topReasons(3).stream().map(Reason::text).toList()));
            out.println(String.join(",", row.stream().map(CsvTable::quote).toList()));
        }
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }

    private static String number(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }
}
