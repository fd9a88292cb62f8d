package org.smartpick.cli.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.PlanningInputs;
import org.smartpick.cli.common.ProfileFiles;
import org.smartpick.cli.common.TableOrJsonOption;
import org.smartpick.cli.common.TextTable;
import org.smartpick.cli.common.WrappedText;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Program;
import org.smartpick.match.MarketOdds;
import org.smartpick.match.RankListOdds;
import org.smartpick.profile.JsonFields;
import org.smartpick.reference.MarketData;
import org.smartpick.report.MarketOddsReport;
import org.smartpick.report.RankListReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick match odds PROFILE RANKLIST}: the chance of matching at each ranked program and overall. */
@Command(
        name = "odds",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "The chance of matching at each program of your rank list (the programs that interviewed"
                + " you, in your order) and overall, and what each rank adds.")
final class MatchOddsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "PROFILE", description = "the profile JSON file")
    Path profileFile;

    @CommandLine.Parameters(
            index = "1",
            paramLabel = "RANKLIST",
            description = "{\"rank\": [\"program-id\", …]}: catalog program ids, most preferred first")
    Path rankFile;

    @CommandLine.Mixin
    TableOrJsonOption format;

    @CommandLine.Option(
            names = "--partner",
            paramLabel = "PROFILE",
            description = "the partner's profile, for a couple's list {\"pairs\": [[\"a\", \"b\"], [\"a\", null]]}")
    Path partnerFile;

    @CommandLine.Option(
            names = "--draws",
            paramLabel = "N",
            defaultValue = "20000",
            description = "Monte-Carlo draws: a couple's simulated Matches, or with --market draws of you over the"
                    + " market's seasons (default: ${DEFAULT-VALUE})")
    int draws;

    @CommandLine.Option(
            names = "--market",
            description = "also the odds against competitors: seasons of your"
                    + " specialties' market simulated on the catalog (needs its PGY-1 positions: the national catalog)")
    boolean market;

    @CommandLine.Option(
            names = "--market-seasons",
            paramLabel = "N",
            defaultValue = "3",
            description = "market seasons to simulate with --market, 1–10 (default: ${DEFAULT-VALUE})")
    int marketSeasons;

    @CommandLine.Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "2026",
            description =
                    "seed of your draws (a couple's simulated Matches, or your draws over the market; the market's own"
                            + " seasons are the same for everyone; default: ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Mixin
    PlanningInputs inputs;

    @Override
    public Integer call() throws Exception {
        Geography geography = inputs.geography();
        Profile profile = inputs.profile(profileFile);
        ProgramCatalog catalog = inputs.catalog();
        if (partnerFile != null) {
            return new CoupleOddsView(spec, geography, inputs.model(), catalog)
                    .run(profile, inputs.profile(partnerFile), readJson(rankFile), draws, seed, format.json());
        }
        List<Program> ranked = rankList(catalog);
        ChanceModel model = inputs.model();
        RankListReport report = RankListReport.of(geography, model, profile, ranked);
        MarketOddsReport versus = market ? marketOdds(geography, model, profile, ranked, catalog) : null;
        if (format.json()) {
            Map<String, Object> doc = new LinkedHashMap<>(report.json());
            if (versus != null) {
                doc.put("market", versus.json());
            }
            spec.commandLine()
                    .getOut()
                    .println(new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(doc));
        } else {
            table(report.result(), report.warnings(), versus);
        }
        return 0;
    }

    private MarketOddsReport marketOdds(
            Geography geography, ChanceModel model, Profile profile, List<Program> ranked, ProgramCatalog catalog) {
        try {
            var settings = new MarketOddsReport.Settings(marketSeasons, draws, seed);
            var cutoffs = MarketOddsReport.market(
                    model,
                    MarketData.season(model.season().year()),
                    MarketOddsReport.specialties(ranked),
                    new ModelInputs(geography).candidates(catalog.programs()),
                    settings.seasons());
            return MarketOddsReport.of(geography, model, profile, ranked, cutoffs, settings.draws(), settings.seed());
        } catch (IllegalArgumentException e) {
            throw new BadInput("--market: " + e.getMessage());
        }
    }

    static JsonNode readJson(Path file) {
        return ProfileFiles.readJson(file);
    }

    private List<Program> rankList(ProgramCatalog catalog) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Program> ranked = RankListReport.programs(JsonFields.root(readJson(rankFile), problems), catalog);
        if (!problems.isEmpty()) {
            throw BadInput.listing(rankFile.toString(), problems);
        }
        return ranked;
    }

    private void table(RankListOdds.Result result, List<String> warnings, MarketOddsReport versus) {
        var out = spec.commandLine().getOut();
        List<String> header = new ArrayList<>(List.of("RANK", "PROGRAM", "MATCH HERE", "MATCHED BY HERE"));
        if (versus != null) {
            header.addAll(List.of("MARKET: HERE", "BY HERE"));
        }
        TextTable table = new TextTable(
                header, header.stream().map(h -> h.equals("PROGRAM") ? 60 : 15).toList());
        for (RankListOdds.Step s : result.steps()) {
            List<String> row = new ArrayList<>(List.of(
                    String.valueOf(s.rank()), s.chance().program().name(), pct(s.matchHere()), pct(s.matchedByHere())));
            if (versus != null) {
                MarketOdds.Step m = versus.result().steps().get(s.rank() - 1);
                row.addAll(List.of(pct(m.matchHere()) + (m.inMarket() ? "" : " (model)"), pct(m.matchedByHere())));
            }
            table.add(row);
        }
        table.print(out);
        WrappedText.wrap(
                        String.format(
                                Locale.ROOT,
                                "Chance of matching: %s (%s–%s for a weaker or stronger you)."
                                        + " Each rank adds its \"match here\".",
                                pct(result.pMatch()),
                                pct(result.pMatchLow()),
                                pct(result.pMatchHigh())),
                        WrappedText.terminalWidth())
                .forEach(out::println);
        if (versus != null) {
            MarketOdds.Result m = versus.result();
            out.printf(
                    Locale.ROOT,
                    "Against competitors: %s (± %.1f points) over %d simulated seasons of %,d" + " applicants each.%n",
                    pct(m.pMatch()),
                    100 * m.standardError(),
                    m.seasons(),
                    m.competitors());
        }
        warnings.forEach(w -> out.println("Warning: " + w));
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }
}
