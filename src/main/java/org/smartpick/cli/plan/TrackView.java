package org.smartpick.cli.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.smartpick.cli.common.TextTable;
import org.smartpick.cli.common.WrappedText;

/** The tracker's report as a terminal reads it: the programs, the chance now, what to add, the rank list. */
final class TrackView {
    private TrackView() {}

    static String pct(JsonNode p) {
        return p.isMissingNode() || p.isNull() ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * p.asDouble());
    }

    static void print(PrintWriter out, JsonNode report) {
        TextTable table = new TextTable(
                List.of("PROGRAM", "STATUS", "SIGNAL", "APPLIED", "INVITED", "AT START", "NOW", "NAME"),
                List.of(28, 11, 6, 10, 10, 8, 5, 60));
        for (JsonNode p : report.path("programs")) {
            String now = switch (p.path("status").asText()) {
                case "INVITED", "INTERVIEWED" -> "invited";
                case "REJECTED" -> "—";
                default -> pct(p.path("interviewNow"));
            };
            table.add(List.of(
                    p.path("id").asText(),
                    p.path("status").asText(),
                    p.path("signal").asText(),
                    p.path("applied").asText(""),
                    p.path("invited").asText(""),
                    pct(p.path("interviewAtStart")),
                    now,
                    p.path("name").asText()));
        }
        table.print(out);
        out.println();
        out.println(WrappedText.fit(report.path("summary").asText(), WrappedText.terminalWidth()));
        if (report.has("note")) {
            out.println(WrappedText.fit("Note: " + report.path("note").asText(), WrappedText.terminalWidth()));
        }
        JsonNode more = report.path("applyMore");
        if (!more.path("steps").isEmpty()) {
            out.println("Apply more now (" + more.path("area").asText() + "; a late application only gets the"
                    + " invitations still to come):");
            more.path("steps").forEach(s -> out.println("  " + s.path("text").asText()));
        }
        if (!report.path("declinable").isEmpty()) {
            out.println("Invitations you could decline with little loss (a courtesy to other applicants):");
            report.path("declinable")
                    .forEach(d -> out.printf(
                            Locale.ROOT,
                            "  %s: −%.1f points%n",
                            d.path("name").asText(),
                            100 * d.path("loss").asDouble()));
        }
        JsonNode ranks = report.path("rankList").path("ranks");
        if (!ranks.isEmpty()) {
            out.println("Draft rank list (the programs that invited you, in your order), "
                    + pct(report.path("rankList").path("pMatch")) + " to match on it:");
            ranks.forEach(r -> out.printf(
                    Locale.ROOT,
                    "  %d. %s — %s here, %s by here%n",
                    r.path("rank").asInt(),
                    r.path("name").asText(),
                    pct(r.path("matchHere")),
                    pct(r.path("matchedByHere"))));
        }
    }
}
