package org.smartpick.cli.model;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.imports.InterviewRateData;
import org.smartpick.catalog.validation.InterviewValidation;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.CatalogOption;
import org.smartpick.cli.common.InterviewRatesOption;
import org.smartpick.cli.common.SeasonOption;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.calibration.InterviewRateFit;
import org.smartpick.engine.calibration.SpecialtyEvidenceFit;
import org.smartpick.engine.calibration.ValidationTable;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.season.Program;
import org.smartpick.reference.ModelParameterFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick model validate}: the interview model cross-validated on real per-program interview rates. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Cross-validates the interview model by program on published per-program interview rates:"
                    + " each fold's programs are scored by a model fitted on the others, without their own rates, and"
                    + " compared with what they published (docs/model.md, Validation)."
        })
final class ModelValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InterviewRatesOption interviewRates;

    @CommandLine.Option(
            names = "--folds",
            paramLabel = "K",
            defaultValue = "5",
            description = "number of folds, 2–20 (default: ${DEFAULT-VALUE})")
    int folds;

    @CommandLine.Option(names = "--before", description = "also score the same programs with model v1 (no data)")
    boolean before;

    @CommandLine.Option(
            names = "--fail-below",
            paramLabel = "RHO",
            description = "exit with code 3 when the pooled Spearman ρ of US MD rates is below RHO")
    Double failBelow;

    @CommandLine.Mixin
    SeasonOption season;

    @CommandLine.Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws IOException {
        if (folds < 2 || folds > 20) {
            throw new BadInput("--folds: must be between 2 and 20, got " + folds);
        }
        if (!interviewRates.given()) {
            throw new BadInput("--interview-rates: give the folder of per-program interview rates");
        }
        Geography geography = Geography.bundled();
        InterviewRateData.Result data =
                interviewRates.attach(catalogOption.load(geography).programs());
        List<Program> programs = data.programs();
        ModelParameters parameters = ModelParameterFile.bundled();
        ChanceModel model = new ChanceModel(parameters, season.facts());
        InterviewValidation validation = new InterviewValidation(
                geography, model, new InterviewRateFit(new SpecialtyEvidenceFit(season.facts(), parameters)));
        PrintWriter out = spec.commandLine().getOut();
        out.println(data.report().interviewRateSummary() + "; " + folds + "-fold cross-validation by program");
        ValidationTable table = validation.crossValidate(programs, folds);
        new ValidationView(out).print("Model v2, programs scored without their own rates", table);
        if (before) {
            new ValidationView(out)
                    .print("Model v1 (before: no interview data), the same programs", validation.withoutData(programs));
        }
        double pooled = table.pooled(ApplicantType.US_MD).rho();
        if (failBelow != null && !(pooled >= failBelow)) {
            spec.commandLine().getErr().printf(Locale.ROOT, "pooled US MD ρ %.3f is below %.3f%n", pooled, failBelow);
            return 3;
        }
        return 0;
    }
}
