package org.smartpick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelApplicationsCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheRecommendedNumbersOfEachTypeOnTheStarterCatalog() throws IOException {
        Path counts = Files.writeString(
                dir.resolve("counts.csv"), "Program,n_programs,n_positions,n_applicants\nFamily Medicine,1,5,10\n");
        CliRun run = CliRun.of(
                "model",
                "applications",
                "--specialty-counts",
                counts.toString(),
                "--catalog",
                "src/main/resources/catalog/starter-catalog.csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("RECOMMENDED", "Internal Medicine", "NON_US_IMG", "Anesthesiology");
    }

    @Test
    void aMissingCountsFileIsABadInput() {
        CliRun run = CliRun.of(
                "model",
                "applications",
                "--specialty-counts",
                dir.resolve("none.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--specialty-counts: no such file");
    }
}
