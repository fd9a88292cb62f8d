package org.smartpick.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartpick.catalog.ModelParameterFile;
import org.smartpick.engine.Calibration;
import org.smartpick.engine.CalibrationTargets;
import org.smartpick.engine.ChanceModel;
import org.smartpick.engine.ModelFit;
import org.smartpick.engine.ModelParameters;
import org.smartpick.engine.ProgramMix;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick model …}: the chance model's calibration. */
@Command(name = "model", mixinStandardHelpOptions = true, description = "The chance model (docs/model.md).",
        subcommands = {ModelCommand.Report.class, ModelCommand.Fit.class})
final class ModelCommand extends CommandGroup {

    /** {@code smartpick model report}. */
    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Prints the model's predictions beside the published figures they should reproduce.")
    static final class Report implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        SeasonOption season;

        @CommandLine.Option(names = "--strict", description = "exit with code 3 when a check is outside its tolerance")
        boolean strict;

        @CommandLine.Option(names = "--national", description = "typical applicants apply to the active catalog's"
                + " programs instead of the synthetic mix")
        boolean national;

        @CommandLine.Mixin
        CatalogOption catalogOption;

        @Override
        public Integer call() {
            ModelParameters parameters = ModelParameterFile.bundled();
            ChanceModel model = new ChanceModel(parameters, season.facts());
            ProgramMix mix = national ? Mixes.of(catalogOption, parameters) : ProgramMix.synthetic();
            List<Calibration.Row> rows = new Calibration(model, CalibrationTargets.published(), mix).report();
            var out = spec.commandLine().getOut();
            out.println("Chance model " + parameters.version() + ", season " + season.facts().year()
                    + ", " + mix + ": predicted beside published");
            TextTable table = new TextTable(List.of("CHECK", "PREDICTED", "PUBLISHED", "DIFF", "OK", "SOURCE"),
                    List.of(46, 9, 9, 6, 3, 70));
            for (Calibration.Row row : rows) {
                table.add(List.of(row.group() + ": " + row.name(), format(row.predicted()), format(row.published()),
                        String.format(Locale.ROOT, "%+.3f", row.predicted() - row.published()),
                        row.withinTolerance() ? "yes" : "NO", row.source()));
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
    @Command(name = "fit", mixinStandardHelpOptions = true,
            description = {"Fits the model's FITTED parameters to the published targets and prints the parameter",
                    "file (or writes it with --write)."})
    static final class Fit implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        SeasonOption season;

        @CommandLine.Option(names = "--write", paramLabel = "FILE", description = "write the parameters to FILE")
        Path write;

        @CommandLine.Option(names = "--national", description = "typical applicants apply to the active catalog's"
                + " programs instead of the synthetic mix")
        boolean national;

        @CommandLine.Mixin
        CatalogOption catalogOption;

        @Override
        public Integer call() throws IOException {
            var json = ModelParameterFile.bundledJson();
            ModelParameters start = ModelParameterFile.read(json);
            ProgramMix mix = national ? Mixes.of(catalogOption, start) : ProgramMix.synthetic();
            ModelFit.Result result = new ModelFit(season.facts(), CalibrationTargets.published(), mix).fit(start);
            String text = ModelParameterFile.write(json, result.parameters(), LocalDate.now().toString());
            spec.commandLine().getErr().printf(Locale.ROOT, "fit loss %.5f%n", result.loss());
            if (write == null) {
                spec.commandLine().getOut().print(text);
            } else {
                Files.writeString(write, text, StandardCharsets.UTF_8);
            }
            return 0;
        }
    }
}
