package org.smartpick.cli.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.OutputFormat;
import org.smartpick.cli.common.PlanningInputs;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ApplicantChances;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.profile.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick score PROFILE.json}: the chance model's verdict on every program of a specialty. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Scores every program of a specialty for a profile.",
            "For each: the chance of an interview (without and with each signal), of matching after an",
            "interview, and overall, with the factors behind each number."
        })
public final class ScoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "PROFILE", description = "the profile JSON file")
    Path profileFile;

    @CommandLine.Option(
            names = "--specialty",
            paramLabel = "S",
            description = "the specialty to score (default: the profile's target)")
    String specialty;

    @CommandLine.Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}); json carries every factor")
    OutputFormat format;

    @CommandLine.Mixin
    PlanningInputs inputs;

    @Override
    public Integer call() throws Exception {
        Geography geography = inputs.geography();
        Profile profile = inputs.profile(profileFile);
        Specialty target = specialty == null
                ? profile.specialty()
                : Specialty.parse(specialty)
                        .orElseThrow(() -> new BadInput("--specialty: unknown specialty \"" + specialty + "\""));
        ProgramCatalog catalog = inputs.catalog();
        ModelInputs modelInputs = new ModelInputs(geography);
        ApplicantChances chances = inputs.model().forApplicant(modelInputs.applicant(profile), target);
        List<ProgramChance> scored = chances
                .assessAll(modelInputs.candidates(catalog.programs().stream()
                        .filter(p -> p.specialty() == target)
                        .toList()))
                .stream()
                .sorted(Comparator.comparingDouble(
                                (ProgramChance c) -> c.outcome(Signal.NONE).success())
                        .reversed())
                .toList();
        var out = spec.commandLine().getOut();
        switch (format) {
            case table -> ScoreTable.table(scored, chances.signals(), out);
            case csv -> ScoreTable.csv(scored, chances.signals(), out);
            case json ->
                out.println(new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(ScoreTable.json(scored, target, chances.signals())));
        }
        if (format == OutputFormat.table) {
            out.println(scored.size() + " " + target.label() + " programs in the " + catalog.name() + " catalog;"
                    + " probabilities average over the uncertainty in your strength (docs/model.md).");
        }
        return 0;
    }
}
