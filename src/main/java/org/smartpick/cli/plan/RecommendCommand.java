package org.smartpick.cli.plan;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.FormatOption;
import org.smartpick.cli.common.PlanningInputs;
import org.smartpick.cli.common.WrappedText;
import org.smartpick.engine.portfolio.Objective;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.report.JsonDocuments;
import org.smartpick.report.Planner;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick recommend PROFILE.json}: the optimized, tiered, explained list and the strategy. */
@Command(
        name = "recommend",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Recommends where to apply, with the strategy around the list.",
            "The list that maximises your chance of matching within your budget, tiered, with signals, the",
            "curve of chance against applications, the widening steps, a backup plan, advice and the playbook."
        })
public final class RecommendCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "PROFILE", description = "the profile JSON file")
    Path profileFile;

    @CommandLine.ArgGroup(exclusive = true)
    BudgetOption budget;

    static final class BudgetOption {
        @CommandLine.Option(
                names = "--budget-applications",
                paramLabel = "N",
                description =
                        "apply to at most N programs (default: the profile's budget, else the recommended number)")
        Integer applications;

        @CommandLine.Option(
                names = "--budget-dollars",
                paramLabel = "D",
                description = "spend at most D dollars of ERAS fees")
        Integer dollars;
    }

    @CommandLine.Option(
            names = "--objective",
            paramLabel = "OBJ",
            defaultValue = "match",
            description =
                    "match (chance of matching) or utility (expected utility of where you match; default: ${DEFAULT-VALUE})")
    String objective;

    @CommandLine.Option(
            names = "--what-if",
            paramLabel = "CHANGE",
            description =
                    "also show what a change buys: step2+N, step2-N, research-year, regional-letter, region=NAME (repeatable)")
    List<String> whatIfs = new ArrayList<>();

    @CommandLine.Option(
            names = "--marginal",
            paramLabel = "POINTS",
            defaultValue = "0.5",
            description =
                    "recommend applications until one more adds less than POINTS percentage points (default: ${DEFAULT-VALUE})")
    double marginal;

    @CommandLine.Mixin
    FormatOption format;

    @CommandLine.Mixin
    PlanningInputs inputs;

    @Override
    public Integer call() throws Exception {
        Geography geography = inputs.geography();
        Profile profile = inputs.profile(profileFile);
        RecommendationOptions options = options(profile);
        var changes = whatIfs.stream()
                .map(WhatIfParser::parse)
                .map(c -> WhatIfParser.canonical(c, geography))
                .toList();
        ProgramCatalog catalog = inputs.catalog();
        var plan = new Planner(geography, inputs.model()).plan(profile, catalog, options, changes);
        Recommendation recommendation = plan.recommendation();
        var out = spec.commandLine().getOut();
        switch (format.get()) {
            case table -> {
                StringWriter text = new StringWriter();
                RecommendationView.table(plan, inputs.facts().fees(), new PrintWriter(text));
                out.print(WrappedText.fit(text.toString(), WrappedText.terminalWidth()));
                out.flush();
            }
            case csv -> RecommendationView.csv(recommendation, out);
            case json -> out.println(JsonDocuments.text(plan.json()));
        }
        return 0;
    }

    private RecommendationOptions options(Profile profile) {
        Objective obj = switch (objective.toLowerCase(Locale.ROOT)) {
            case "match" -> Objective.MATCH;
            case "utility" -> Objective.UTILITY;
            default -> throw new BadInput("--objective: must be match or utility, got \"" + objective + "\"");
        };
        try {
            RecommendationOptions options =
                    RecommendationOptions.forProfile(profile).withObjective(obj).withMarginalPoints(marginal);
            return budget == null ? options : options.withBudget(budget.applications, budget.dollars);
        } catch (IllegalArgumentException e) {
            throw badOption(e);
        }
    }

    /** The options' flags by the component whose invariant names them (the API's bounds are the same ones). */
    private static final Map<String, String> FLAGS = Map.of(
            "applications", "--budget-applications", "dollars", "--budget-dollars", "marginalPoints", "--marginal");

    /** An invariant of {@link RecommendationOptions} broken by a flag, said of the flag. */
    private static RuntimeException badOption(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        for (Map.Entry<String, String> flag : FLAGS.entrySet()) {
            if (message.startsWith(flag.getKey() + " ")) {
                return new BadInput(
                        flag.getValue() + ": " + message.substring(flag.getKey().length() + 1));
            }
        }
        return e;
    }
}
