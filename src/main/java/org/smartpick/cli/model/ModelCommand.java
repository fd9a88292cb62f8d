package org.smartpick.cli.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.imports.InterviewRateData;
import org.smartpick.cli.common.CatalogOption;
import org.smartpick.cli.common.CommandGroup;
import org.smartpick.cli.common.InterviewRatesOption;
import org.smartpick.cli.common.SeasonOption;
import org.smartpick.cli.common.TextTable;
import org.smartpick.cli.common.WrappedText;
import org.smartpick.engine.calibration.Calibration;
import org.smartpick.engine.calibration.CalibrationTargets;
import org.smartpick.engine.calibration.InterviewRateFit;
import org.smartpick.engine.calibration.ModelFit;
import org.smartpick.engine.calibration.SpecialtyEvidenceFit;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.InterviewRateModel;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.chance.ProgramMix;
import org.smartpick.reference.InterviewModelFile;
import org.smartpick.reference.ModelParameterFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick model …}: the chance model's calibration. */
@Command(
        name = "model",
        mixinStandardHelpOptions = true,
        description = "The chance model (docs/model.md).",
        subcommands = {
            ModelCommand.Report.class,
            ModelCommand.Fit.class,
            ModelValidateCommand.class,
            ModelApplicationsCommand.class
        })
public final class ModelCommand extends CommandGroup {

    /** {@code smartpick model report}. */
    @Command(
            name = "report",
            mixinStandardHelpOptions = true,
            description = "Prints the model's predictions beside the published figures they should reproduce.")
    static final class Report implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        SeasonOption season;

        @CommandLine.Option(names = "--strict", description = "exit with code 3 when a check is outside its tolerance")
        boolean strict;

        @CommandLine.Option(
                names = "--national",
                description =
                        "typical applicants apply to the active catalog's" + " programs instead of the synthetic mix")
        boolean national;

        @CommandLine.Mixin
        CatalogOption catalogOption;

        @Override
        public Integer call() {
            ModelParameters parameters = ModelParameterFile.bundled();
            ChanceModel model = new ChanceModel(parameters, season.facts());
            ProgramMix mix = national ? Mixes.of(catalogOption, parameters) : Mixes.synthetic();
            List<Calibration.Row> rows = new Calibration(model, CalibrationTargets.published(), mix).report();
            var out = spec.commandLine().getOut();
            WrappedText.wrap(
                            "Chance model " + parameters.version() + ", season "
                                    + season.facts().year() + ", " + mix + ": predicted beside published",
                            WrappedText.terminalWidth())
                    .forEach(out::println);
            TextTable table = new TextTable(
                    List.of("CHECK", "PREDICTED", "PUBLISHED", "DIFF", "OK", "SOURCE"), List.of(46, 9, 9, 6, 3, 70));
            for (Calibration.Row row : rows) {
                table.add(List.of(
                        row.group() + ": " + row.name(),
                        format(row.predicted()),
                        format(row.published()),
                        String.format(Locale.ROOT, "%+.3f", row.predicted() - row.published()),
                        row.withinTolerance() ? "yes" : "NO",
                        row.source()));
            }
            table.print(out);
            long off = rows.stream().filter(r -> !r.withinTolerance()).count();
            out.println(off == 0 ? "All checks within tolerance." : off + " check(s) outside tolerance.");
            return strict && off > 0 ? 3 : 0;
        }

        private static String format(double x) {
            return String.format(Locale.ROOT, "%.3f", x);
        }
    }

    /** {@code smartpick model fit}. */
    @Command(
            name = "fit",
            mixinStandardHelpOptions = true,
            description = {
                "Fits the model's FITTED parameters to the published targets and prints the parameter"
                        + " file (or writes it with --write). With --interview-rates, fits model v2's interview"
                        + " coefficients on per-program interview rates joined to the catalog instead, for"
                        + " src/main/resources/model/interview-model.json (docs/model.md, Model v2)."
            })
    static final class Fit implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        SeasonOption season;

        @CommandLine.Option(names = "--write", paramLabel = "FILE", description = "write the parameters to FILE")
        Path write;

        @CommandLine.Option(
                names = "--national",
                description =
                        "typical applicants apply to the active catalog's" + " programs instead of the synthetic mix")
        boolean national;

        @CommandLine.Mixin
        CatalogOption catalogOption;

        /** With interview rates, the fit is model v2's interview coefficients instead (written with --write). */
        @CommandLine.Mixin
        InterviewRatesOption interviewRates;

        @Override
        public Integer call() throws IOException {
            if (interviewRates.given()) {
                return fitInterviews();
            }
            var json = ModelParameterFile.bundledJson();
            ModelParameters start = ModelParameterFile.read(json);
            ProgramMix mix = national ? Mixes.of(catalogOption, start) : Mixes.synthetic();
            ModelFit.Result result = new ModelFit(season.facts(), CalibrationTargets.published(), mix).fit(start);
            String text = ModelParameterFile.write(
                    json, result.parameters(), LocalDate.now().toString());
            spec.commandLine().getErr().printf(Locale.ROOT, "fit loss %.5f%n", result.loss());
            if (write == null) {
                spec.commandLine().getOut().print(text);
            } else {
                Files.writeString(write, text, StandardCharsets.UTF_8);
            }
            return 0;
        }

        private Integer fitInterviews() throws IOException {
            Geography geography = Geography.bundled();
            InterviewRateData.Result data =
                    interviewRates.attach(catalogOption.load(geography).programs());
            ModelParameters parameters = ModelParameterFile.bundled();
            InterviewRateModel model = new InterviewRateFit(new SpecialtyEvidenceFit(season.facts(), parameters))
                    .fit(season.facts().year() + ".2", data.programs());
            long programs = data.programs().stream()
                    .filter(p -> p.stats().interviewRates() != null)
                    .count();
            String text = InterviewModelFile.write(
                    model,
                    LocalDate.now().toString(),
                    "AAMC program signaling data,"
                            + " ERAS " + interviewRates.season + " season, "
                            + interviewRates.files().size()
                            + " specialty file(s), joined to the catalog ("
                            + data.report().interviewRateSummary() + ")",
                    (int) programs);
            spec.commandLine().getErr().println(data.report().interviewRateSummary());
            if (write == null) {
                spec.commandLine().getOut().print(text);
            } else {
                Files.writeString(write, text, StandardCharsets.UTF_8);
            }
            return 0;
        }
    }
}
