package org.smartpick.cli.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smartpick.catalog.imports.InterviewRateData;
import org.smartpick.engine.season.Program;
import picocli.CommandLine;

/** The per-program interview-rate files that the model's fit and validation join to the catalog they work on. */
public final class InterviewRatesOption {
    @CommandLine.Option(
            names = "--interview-rates",
            paramLabel = "PATH",
            description =
                    "AAMC per-program interview" + " rates, one .csv per specialty (a file or a folder; docs/data.md)")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Option(
            names = "--interview-rates-season",
            paramLabel = "YEAR",
            defaultValue = "2024",
            description = "the ERAS season of the rates (default: ${DEFAULT-VALUE})")
    public int season;

    public boolean given() {
        return !paths.isEmpty();
    }

    public List<Path> files() {
        return CatalogFiles.files(paths, ".csv", "--interview-rates");
    }

    public InterviewRateData.Result attach(List<Program> programs) throws IOException {
        if (season < 2000 || season > 2100) {
            throw new BadInput("--interview-rates-season: must be a year between 2000 and 2100, got " + season);
        }
        return InterviewRateData.attach(programs, files(), season);
    }
}
