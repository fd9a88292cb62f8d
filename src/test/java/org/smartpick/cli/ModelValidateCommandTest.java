package org.smartpick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.engine.Specialty;
import org.smartpick.reference.InterviewModelFile;

/** {@code model validate} and {@code model fit --interview-rates} on a small hand-written catalog and rate file. */
class ModelValidateCommandTest {
    @TempDir
    Path dir;

    private Path catalog() throws Exception {
        List<String> rows = new ArrayList<>(List.of("id,specialty,name,city,state,source,setting,pct_us_md"));
        List<String> rates = new ArrayList<>(List.of("Program,MD,DO,US IMG,Non US IMG,City,State,Region"));
        String[] states = {"CA", "TX", "NY", "OH", "FL"};
        for (int i = 0; i < 30; i++) {
            String name = "Hospital Number " + i + " Program";
            String state = states[i % states.length];
            int md = 10 + (i * 7) % 80;
            rows.add("p" + i + ",INTERNAL_MEDICINE," + name + ",Springfield," + state + ",test,"
                    + (i % 2 == 0 ? "COMMUNITY" : "UNIVERSITY") + "," + md);
            rates.add(name + ","
                    + String.format(
                            Locale.ROOT, "%.2f,%.2f,%.2f,%.2f", md / 200.0, md / 400.0, 0.01 + (i % 4) / 100.0, 0.01)
                    + ",Springfield," + state + ",X");
        }
        Files.createDirectories(dir.resolve("rates"));
        Files.write(dir.resolve("rates/Internal Medicine.csv"), rates);
        Path file = dir.resolve("catalog.csv");
        Files.write(file, rows);
        return file;
    }

    @Test
    void itCrossValidatesAndSaysWhatJoined() throws Exception {
        CliRun run = CliRun.of(
                "model",
                "validate",
                "--catalog",
                catalog().toString(),
                "--interview-rates",
                dir.resolve("rates").toString(),
                "--folds",
                "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "interview rates: 30 of 30 programs joined",
                        "3-fold",
                        "Internal Medicine",
                        "pooled",
                        "Calibration in the large");
    }

    @Test
    void badOptionsAreExitTwoAndAFloorAboveTheRankCorrelationIsExitThree() throws Exception {
        String catalog = catalog().toString();
        String rates = dir.resolve("rates").toString();
        assertThat(CliRun.of("model", "validate", "--catalog", catalog).exitCode())
                .isEqualTo(2);
        CliRun folds = CliRun.of("model", "validate", "--catalog", catalog, "--interview-rates", rates, "--folds", "1");
        assertThat(folds.exitCode()).isEqualTo(2);
        assertThat(folds.err()).contains("--folds");
        CliRun floor = CliRun.of(
                "model",
                "validate",
                "--catalog",
                catalog,
                "--interview-rates",
                rates,
                "--folds",
                "2",
                "--fail-below",
                "1.01");
        assertThat(floor.exitCode()).isEqualTo(3);
        assertThat(floor.err()).contains("pooled US MD ρ");
    }

    @Test
    void theFitWritesACoefficientFileTheModelReads() throws Exception {
        Path out = dir.resolve("interview-model.json");
        CliRun run = CliRun.of(
                "model",
                "fit",
                "--catalog",
                catalog().toString(),
                "--interview-rates",
                dir.resolve("rates").toString(),
                "--write",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        var model = InterviewModelFile.read(new ObjectMapper().readTree(out.toFile()));
        assertThat(model.covers(Specialty.INTERNAL_MEDICINE)).isTrue();
        assertThat(Files.readString(out))
                .contains(
                        "\"command\" : \"smartpick model fit --interview-rates DIR --db URL" + " --write FILE\"",
                        "30 of 30 programs joined");
    }
}
