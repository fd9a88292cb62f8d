package org.smartpick.cli.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.FormatOption;
import org.smartpick.cli.common.OutputFormat;
import org.smartpick.cli.common.PlanningInputs;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.profile.Profile;
import org.smartpick.report.JsonDocuments;
import org.smartpick.report.ProgramScores;
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
            "interview, and overall, with the factors behind each number (all of them in --format json)."
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

    @CommandLine.Mixin
    FormatOption format;

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
        ProgramScores scores =
                ProgramScores.of(inputs.model(), new ModelInputs(geography), profile, target, catalog.programs());
        List<ProgramChance> scored = scores.programs();
        var out = spec.commandLine().getOut();
        switch (format.get()) {
            case table -> ScoreTable.table(scored, scores.signals(), out);
            case csv -> ScoreTable.csv(scored, scores.signals(), out);
            case json -> out.println(JsonDocuments.text(scores.json()));
        }
        if (format.get() == OutputFormat.table) {
            out.println(scored.size() + " " + target.label() + " programs in the " + catalog.name() + " catalog;"
                    + " probabilities average over the uncertainty in your strength (docs/model.md).");
        }
        return 0;
    }
}
