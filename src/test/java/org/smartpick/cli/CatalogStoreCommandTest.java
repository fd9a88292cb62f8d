package org.smartpick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.Fixtures;

/** The catalog commands on a fresh database: import, versions, activate, stats, and the all-or-nothing rule. */
class CatalogStoreCommandTest {
    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    }

    private Path curated() throws Exception {
        Path file = dir.resolve("curated.csv");
        Files.writeString(
                file,
                "id,specialty,name,city,state,source\nfresno-im,INTERNAL_MEDICINE,UCSF Fresno IM,"
                        + "Fresno,CA,hand-written test row\nfresno-fm,FAMILY_MEDICINE,Fresno FM,Fresno,CA,test\n");
        return file;
    }

    private static final int BUNDLED = Fixtures.starterCatalog().size();

    @Test
    void anEmptyStoreStartsWithTheStarterCatalog() {
        CliRun run = CliRun.of("catalog", "versions", "--db", db());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("bundled starter catalog", String.valueOf(BUNDLED));
    }

    @Test
    void anImportBecomesTheActiveVersionAndAnEarlierOneCanComeBack() throws Exception {
        CliRun imported = CliRun.of("catalog", "import", "--operator", curated().toString(), "--db", db());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Catalog version 2: 2 programs", "(active)");
        assertThat(CliRun.of("catalog", "list", "--db", db()).out()).contains("fresno-im", "2 of 2 programs");
        assertThat(CliRun.of("catalog", "activate", "1", "--db", db()).out()).contains("version 1 is active");
        assertThat(CliRun.of("catalog", "list", "--db", db()).out()).contains("of " + BUNDLED + " programs");
        assertThat(CliRun.of("catalog", "activate", "99", "--db", db()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void aBadImportLeavesTheActiveCatalogUntouched() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,specialty\nx,Y\n");
        CliRun run = CliRun.of("catalog", "import", "--operator", bad.toString(), "--db", db());
        assertThat(run.exitCode()).isEqualTo(2);
        CliRun versions = CliRun.of("catalog", "versions", "--db", db());
        assertThat(versions.out()).contains("bundled starter catalog").doesNotContain("operator CSV");
    }

    @Test
    void statsCountProgramsAndFillRates() {
        CliRun run = CliRun.of("catalog", "stats", "--db", db());
        assertThat(run.out()).contains("By specialty:", "INTERNAL_MEDICINE", "By state:", "coordinates", "100.0%");
    }

    @Test
    void recommendAndScoreReadTheActiveCatalog() throws Exception {
        CliRun.of("catalog", "import", "--operator", curated().toString(), "--db", db());
        CliRun run = CliRun.of("score", "examples/01-la-low-step2-us-md.json", "--db", db());
        assertThat(run.out()).contains("fresno-im").doesNotContain("harbor-ucla-im");
    }

    @Test
    void missingImportInputsAreBadInput() {
        assertThat(CliRun.of("catalog", "import", "--db", db()).err()).contains("give at least one of");
        assertThat(CliRun.of("catalog", "import", "--eras", dir.resolve("nope").toString(), "--db", db())
                        .err())
                .contains("no such file or folder");
    }
}
