package org.smartpick.cli.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.validation.ApplicationCountCheck;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.CatalogOption;
import org.smartpick.cli.common.SeasonOption;
import org.smartpick.cli.common.TextTable;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.reference.ModelParameterFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick model applications}: the recommended number of applications beside what applicants send. */
@Command(
        name = "applications",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Prints each type's typical applicant's recommended number of applications (searching the"
                    + " whole catalog) beside the applications the catalog's programs received per applicant who ranked"
                    + " the specialty (docs/model.md, How many applications)."
        })
final class ModelApplicationsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--specialty-counts",
            paramLabel = "FILE",
            required = true,
            description = "NRMP applicants per specialty (Program,n_programs,n_positions,n_applicants)")
    Path counts;

    @CommandLine.Mixin
    SeasonOption season;

    @CommandLine.Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(counts)) {
            throw new BadInput("--specialty-counts: no such file: " + counts);
        }
        Geography geography = Geography.bundled();
        ChanceModel model = new ChanceModel(ModelParameterFile.bundled(), season.facts());
        List<ApplicationCountCheck.Row> rows = new ApplicationCountCheck(geography, model)
                .check(catalogOption.load(geography).programs(), counts);
        var out = spec.commandLine().getOut();
        TextTable table = new TextTable(
                List.of("SPECIALTY", "TYPE", "RECOMMENDED", "P(MATCH) THERE", "AT 120", "SENT PER APPLICANT"),
                List.of(32, 10, 11, 14, 6, 18));
        for (ApplicationCountCheck.Row r : rows) {
            table.add(List.of(
                    r.specialty().label(),
                    r.type().name(),
                    String.valueOf(r.recommended()),
                    pct(r.pMatchAtRecommended()),
                    pct(r.pMatchAt120()),
                    r.applicationsPerApplicant() == null
                            ? "–"
                            : String.format(Locale.ROOT, "%.0f (all types)", r.applicationsPerApplicant())));
        }
        table.print(out);
        return 0;
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }
}
