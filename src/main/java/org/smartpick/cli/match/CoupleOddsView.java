package org.smartpick.cli.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.cli.common.BadInput;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Program;
import org.smartpick.profile.JsonFields;
import org.smartpick.report.CoupleOddsReport;
import picocli.CommandLine;

/** The couple form of {@code match odds}: reads the pairs, simulates, prints. */
final class CoupleOddsView {
    private final CommandLine.Model.CommandSpec spec;
    private final Geography geography;
    private final ProgramCatalog catalog;
    private final ChanceModel model;

    CoupleOddsView(CommandLine.Model.CommandSpec spec, Geography geography, ChanceModel model, ProgramCatalog catalog) {
        this.spec = spec;
        this.geography = geography;
        this.catalog = catalog;
        this.model = model;
    }

    int run(Profile first, Profile second, JsonNode doc, int draws, long seed, boolean json) throws Exception {
        if (draws < CoupleOddsReport.MIN_DRAWS || draws > CoupleOddsReport.MAX_DRAWS) {
            throw new BadInput("--draws: must be between " + CoupleOddsReport.MIN_DRAWS + " and "
                    + CoupleOddsReport.MAX_DRAWS + ", got " + draws);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Program[]> pairs = CoupleOddsReport.pairs(JsonFields.root(doc, problems), catalog);
        if (!problems.isEmpty()) {
            throw BadInput.listing(null, problems);
        }
        CoupleOddsReport.costProblem(pairs.size(), draws).ifPresent(p -> {
            throw new BadInput("--draws: " + p);
        });
        CoupleOddsReport report = CoupleOddsReport.of(geography, model, first, second, pairs, draws, seed, () -> false);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report.json()));
            return 0;
        }
        var r = report.result();
        out.printf(
                Locale.ROOT,
                "Both match: %s (in the same region: %s). %s matches: %s; %s matches: %s."
                        + " %d simulated Matches of the couple, seed %d.%n",
                pct(r.bothMatch()),
                pct(r.sameRegion()),
                name(first, "first"),
                pct(r.firstMatches()),
                name(second, "second"),
                pct(r.secondMatches()),
                r.draws(),
                seed);
        for (int k = 0; k < report.pairs().size(); k++) {
            out.printf(
                    Locale.ROOT,
                    "  %2d. %s + %s: %s%n",
                    k + 1,
                    label(report.pairs().get(k).first()),
                    label(report.pairs().get(k).second()),
                    pct(r.pairChances().get(k)));
        }
        return 0;
    }

    private static String label(ProgramChance c) {
        return c == null ? "(unmatched)" : c.program().name();
    }

    private static String name(Profile p, String fallback) {
        return p.label() == null ? "The " + fallback + " partner" : "\"" + p.label() + "\"";
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }
}
