package org.smartpick.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.Fixtures;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.Program;

/** The importers on small hand-written files in each official layout. */
class NationalImportTest {
    @TempDir
    Path dir;

    private final NationalImport importer =
            new NationalImport(Fixtures.geography().zips());

    private Path explorer() throws Exception {
        return Workbooks.write(
                dir.resolve("Internal Medicine 1.xlsx"),
                List.of(
                        List.of("Specialty: Internal Medicine - Categorical Track"),
                        List.of("ACGME residency program code", "1400500001C", "1400500002P"),
                        List.of("Residency program name", "Harbor Test Program", "Valley Test Program"),
                        List.of("City", "Torrance", "Van Nuys"),
                        List.of("State", "CA", "CA"),
                        List.of("Zip", "90502", ""),
                        List.of("Program setting", "University Hospital", "Community Hospital"),
                        List.of("# of applications submitted to this program in 2021", "2500", "900"),
                        List.of("% of applicants interviewed by the program in 2020", "12.5", "N/A"),
                        List.of("Range of average USMLE Step 1 score of current residents", "226-235", ""),
                        List.of("Program consider applicants with J-1 visa?", "Yes", "No"),
                        List.of("Program consider applicants with H-1B visa?", "No", "No"),
                        List.of("Percentage of residents who were US-citizen IMGs", "10", "30"),
                        List.of("Percentage of residents who were non-US-citizen IMGs", "5", "40"),
                        List.of("# of positions offered by this program in the 2021 NRMP Main Match", "20", "6")));
    }

    private Path eras() throws Exception {
        Path file = dir.resolve("Internal Medicine.csv");
        Files.writeString(
                file,
                ",State,City,Blank,Program name,ID,Status,ERAS link\n"
                        + "0,CA,Torrance,,Harbor Test Program,1400500001,Participating,https://example.org/harbor\n"
                        + "1,CA,Fresno,,Fresno Test Program,1400500003,Participating,https://example.org/fresno\n");
        return file;
    }

    private Path nrmp() throws Exception {
        Path file = dir.resolve("results.csv");
        Files.writeString(
                file,
                "Name of program,Type of program,Program code,Quota,Matched\n"
                        + "Harbor Test Med Ctr-CA,Internal Medicine,1234140C0,20,20\n"
                        + "Nowhere Hosp-CA,Pediatrics,9999320C0,4,4\n");
        return file;
    }

    @Test
    void residencyExplorerWorkbooksBecomeProgramsWithTheirStatistics() throws Exception {
        var result = importer.run(
                new NationalImport.Sources(List.of(explorer()), List.of(), List.of(), List.of()), (a, b) -> {});
        Program harbor = result.programs().stream()
                .filter(p -> p.id().equals("1400500001C"))
                .findFirst()
                .orElseThrow();
        assertThat(harbor.acgmeId()).isEqualTo("1400500001");
        assertThat(harbor.specialty()).isEqualTo(Specialty.INTERNAL_MEDICINE);
        assertThat(harbor.setting()).isEqualTo(ProgramSetting.UNIVERSITY);
        assertThat(harbor.policy().sponsorsJ1()).isTrue();
        assertThat(harbor.policy().sponsorsH1b()).isFalse();
        assertThat(harbor.stats().explorer().applications()).isEqualTo(2500);
        assertThat(harbor.stats().explorer().percentInterviewed()).isEqualTo(12.5);
        assertThat(harbor.stats().explorer().step1().low()).isEqualTo(226);
        assertThat(harbor.pgy1Positions()).isEqualTo(20);
        assertThat(harbor.point()).isNotNull();
        Program valley = result.programs().stream()
                .filter(p -> p.id().equals("1400500002P"))
                .findFirst()
                .orElseThrow();
        assertThat(valley.specialty()).isEqualTo(Specialty.INTERNAL_MEDICINE_PRELIMINARY);
        assertThat(valley.stats().explorer().percentInterviewed()).isNull();
        assertThat(valley.point()).as("located by city").isNotNull();
        // a preliminary track's figure is its whole program's: kept as published, not as the track's positions
        assertThat(valley.stats().explorer().positionsOffered()).isEqualTo(6);
        assertThat(valley.pgy1Positions()).isNull();
    }

    @Test
    void theNrmpQuotaGivesPositionsWhereResidencyExplorerDoesNot() throws Exception {
        Path nrmp = dir.resolve("prelim.csv");
        Files.writeString(
                nrmp,
                "Name of program,Type of program,Program code,Quota,Matched\n"
                        + "Valley Test Hosp-CA,Med-Prelim/Neurology,1234140P1,3,3\n"
                        + "Valley Test Hosp-CA,Med-Prelim/Radiology,1234140P2,2,1\n"
                        + "Harbor Test Med Ctr-CA,Internal Medicine,1234140C0,24,24\n");
        var result = importer.run(
                new NationalImport.Sources(List.of(explorer()), List.of(), List.of(nrmp), List.of()), (a, b) -> {});
        Program valley = result.programs().stream()
                .filter(p -> p.id().equals("1400500002P"))
                .findFirst()
                .orElseThrow();
        assertThat(valley.stats().nrmp().quota()).isEqualTo(5);
        assertThat(valley.pgy1Positions())
                .as("the sum of its joined NRMP tracks")
                .isEqualTo(5);
        Program harbor = result.programs().stream()
                .filter(p -> p.id().equals("1400500001C"))
                .findFirst()
                .orElseThrow();
        assertThat(harbor.pgy1Positions())
                .as("Residency Explorer's newer figure stays")
                .isEqualTo(20);
    }

    @Test
    void erasListsAddProgramsAndStatusAndNrmpResultsJoin() throws Exception {
        var result = importer.run(
                new NationalImport.Sources(List.of(explorer()), List.of(eras()), List.of(nrmp()), List.of()),
                (a, b) -> {});
        assertThat(result.programs()).extracting(Program::id).contains("1400500003");
        Program harbor = result.programs().stream()
                .filter(p -> p.id().equals("1400500001C"))
                .findFirst()
                .orElseThrow();
        assertThat(harbor.stats().erasStatus()).isEqualTo("Participating");
        assertThat(harbor.url()).isEqualTo("https://example.org/harbor");
        assertThat(harbor.stats().nrmp().quota()).isEqualTo(20);
        assertThat(result.report().nrmpJoinRate()).isEqualTo(0.5);
        assertThat(result.report().unjoined()).singleElement().asString().contains("Nowhere Hosp");
    }

    @Test
    void theSameFilesGiveTheSameCatalog() throws Exception {
        var sources = new NationalImport.Sources(List.of(explorer()), List.of(eras()), List.of(nrmp()), List.of());
        assertThat(importer.run(sources, (a, b) -> {}).programs())
                .isEqualTo(importer.run(sources, (a, b) -> {}).programs());
    }

    @Test
    void aCorruptedWorkbookFailsTheWholeImport() throws Exception {
        Path broken = dir.resolve("broken.xlsx");
        Files.writeString(broken, "this is not a zip file");
        var sources = new NationalImport.Sources(List.of(explorer(), broken), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> importer.run(sources, (a, b) -> {}))
                .isInstanceOf(NationalImport.Failed.class)
                .hasMessageContaining("import failed")
                .hasMessageContaining(broken + ": cannot be read");
        // a workbook cut short (a download that stopped) names its file too
        Path whole = explorer();
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> importer.run(
                        new NationalImport.Sources(List.of(cut), List.of(), List.of(), List.of()), (a, b) -> {}))
                .isInstanceOf(NationalImport.Failed.class)
                .hasMessageContaining(cut + ": cannot be read");
        Path wrongLayout = Workbooks.write(dir.resolve("wrong.xlsx"), List.of(List.of("Name", "x")));
        assertThatThrownBy(() -> importer.run(
                        new NationalImport.Sources(List.of(wrongLayout), List.of(), List.of(), List.of()),
                        (a, b) -> {}))
                .hasMessageContaining("not a Residency Explorer export");
    }

    @Test
    void aCsvWithoutItsColumnsFailsAndManyBadRowsFailToo() throws Exception {
        Path noColumns = dir.resolve("list.csv");
        Files.writeString(noColumns, "a,b\n1,2\n");
        assertThatThrownBy(() -> importer.run(
                        new NationalImport.Sources(List.of(), List.of(noColumns), List.of(), List.of()), (a, b) -> {}))
                .hasMessageContaining("required column");
        StringBuilder bad = new StringBuilder(",State,City,Blank,Program name,ID,Status,ERAS link\n");
        for (int i = 0; i < 60; i++) {
            bad.append(i).append(",CA,Fresno,,P,12345,Participating,\n");
        }
        Path many = dir.resolve("many.csv");
        Files.writeString(many, bad);
        assertThatThrownBy(() -> importer.run(
                        new NationalImport.Sources(List.of(), List.of(many), List.of(), List.of()), (a, b) -> {}))
                .hasMessageContaining("60 bad rows");
    }

    @Test
    void aFewBadRowsAreSkippedAndListed() throws Exception {
        Path list = dir.resolve("few.csv");
        Files.writeString(
                list,
                ",State,City,Blank,Program name,ID,Status,ERAS link\n"
                        + "0,CA,Fresno,,Good Program,1400500003,Participating,\n1,CA,Fresno,,Bad id,14005,Participating,\n");
        var result =
                importer.run(new NationalImport.Sources(List.of(), List.of(list), List.of(), List.of()), (a, b) -> {});
        assertThat(result.programs()).hasSize(1);
        assertThat(result.report().problems())
                .singleElement()
                .asString()
                .isEqualTo("few.csv:3 [ID] \"14005\": must be a 10-digit ACGME id");
    }
}
