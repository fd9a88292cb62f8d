package org.smartpick.cli.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.imports.SpecialtyDemand;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.CommandGroup;
import org.smartpick.cli.common.PlanningInputs;
import org.smartpick.cli.common.TableOrJsonOption;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.match.MarketCheck;
import org.smartpick.match.MarketFigures;
import org.smartpick.match.MarketOutcome;
import org.smartpick.match.MarketPolicy;
import org.smartpick.match.MarketSimulation;
import org.smartpick.reference.MarketData;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick market …}: a synthetic national market played through a season. */
@Command(
        name = "market",
        mixinStandardHelpOptions = true,
        description = "Market simulation (docs/model.md).",
        subcommands = {MarketCommand.Simulate.class})
public final class MarketCommand extends CommandGroup {

    /** {@code smartpick market simulate}. */
    @Command(
            name = "simulate",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Plays a season on the catalog's programs with synthetic applicants: applications,"
                    + " interviews, rank lists and the Match; reports match rates by applicant type and specialty and"
                    + " unfilled positions, and with --policy how they change under it (same applicants, same seed).")
    static final class Simulate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(
                names = "--applicants",
                paramLabel = "N",
                description = "applicants (default: as many per position as nationally)")
        Integer applicants;

        @CommandLine.Option(
                names = "--programs",
                paramLabel = "M",
                description = "a seeded sample of M of the catalog's programs (default: all with known positions)")
        Integer programs;

        @CommandLine.Option(
                names = "--seed",
                paramLabel = "S",
                defaultValue = "2026",
                description = "seed of the simulation (default: ${DEFAULT-VALUE})")
        long seed;

        @CommandLine.Option(
                names = "--policy",
                paramLabel = "RULE=N",
                split = ",",
                description = "a change to compare with the season as it is: application-cap=N,"
                        + " extra-applications=N, extra-signals=N (repeat or separate with commas)")
        List<String> policy = new ArrayList<>();

        @CommandLine.Option(
                names = "--specialty-demand",
                paramLabel = "FILE",
                description = "CSV of NRMP applicants per specialty (Program, n_applicants); default: positions")
        Path demandFile;

        @CommandLine.Option(
                names = "--check",
                description = "compare with the published national outcomes; exit"
                        + " with code 3 when one is outside its tolerance (meaningful for a national catalog)")
        boolean check;

        @CommandLine.Mixin
        TableOrJsonOption format;

        @CommandLine.Mixin
        PlanningInputs inputs;

        @Override
        public Integer call() throws Exception {
            MarketPolicy rule = policy(policy);
            SeasonFacts facts = inputs.facts();
            MarketFigures figures = MarketData.season(facts.year());
            List<Candidate> candidates = sample(new ModelInputs(inputs.geography())
                    .candidates(inputs.catalog().programs()));
            MarketSimulation simulation =
                    new MarketSimulation(figures, inputs.model().parameters(), facts);
            int national = simulation.applicantsFor(candidates);
            if (national < 1) {
                throw new BadInput("the catalog gives no program's number of PGY-1 positions (the bundled starter"
                        + " catalog does not): import the national catalog (docs/data.md) or give --catalog a CSV"
                        + " with pgy1_positions");
            }
            int n = applicants != null ? applicants : national;
            if (n < 1) {
                throw new BadInput("--applicants: must be at least 1, got " + n);
            }
            Map<Specialty, Double> demand = demand();
            MarketOutcome base = simulation.run(candidates, n, demand, MarketPolicy.NONE, seed);
            MarketOutcome changed = rule.isNone() ? null : simulation.run(candidates, n, demand, rule, seed);
            List<MarketCheck.Line> lines = check ? MarketCheck.of(base, figures, facts) : List.of();
            MarketView view = new MarketView(base, changed, lines);
            if (format.json()) {
                spec.commandLine()
                        .getOut()
                        .println(new ObjectMapper()
                                .enable(SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(view.json()));
            } else {
                view.print(spec.commandLine().getOut());
            }
            return lines.stream().allMatch(MarketCheck.Line::within) ? 0 : 3;
        }

        private List<Candidate> sample(List<Candidate> all) {
            if (programs == null) {
                return all;
            }
            if (programs < 1) {
                throw new BadInput("--programs: must be at least 1, got " + programs);
            }
            List<Candidate> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, new Random(seed));
            return shuffled.subList(0, Math.min(programs, shuffled.size()));
        }

        private Map<Specialty, Double> demand() throws IOException {
            if (demandFile == null) {
                return Map.of();
            }
            try (var reader = Files.newBufferedReader(demandFile)) {
                return SpecialtyDemand.read(demandFile.toString(), reader).applicants();
            } catch (IOException | IllegalArgumentException e) {
                throw new BadInput("--specialty-demand: " + e.getMessage());
            }
        }
    }

    /** Parses "application-cap=30", "extra-applications=20", "extra-signals=5". */
    static MarketPolicy policy(List<String> rules) {
        int cap = 0;
        int extraApplications = 0;
        int extraSignals = 0;
        for (String rule : rules) {
            String[] parts = rule.split("=", 2);
            int value = number(rule, parts);
            switch (parts[0].strip()) {
                case "application-cap" -> cap = value;
                case "extra-applications" -> extraApplications = value;
                case "extra-signals" -> extraSignals = value;
                default ->
                    throw new BadInput("--policy: unknown rule \"" + parts[0].strip()
                            + "\"; use application-cap, extra-applications or extra-signals");
            }
        }
        try {
            return new MarketPolicy(cap, extraApplications, extraSignals);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--policy: " + e.getMessage());
        }
    }

    private static int number(String rule, String[] parts) {
        try {
            return Integer.parseInt(parts.length == 2 ? parts[1].strip() : "");
        } catch (NumberFormatException e) {
            throw new BadInput("--policy: \"" + rule + "\" must be RULE=N with N a whole number");
        }
    }
}
