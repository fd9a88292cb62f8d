package org.smartpick.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.Fixtures;
import org.smartpick.catalog.imports.NrmpSpecialtyCounts;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.season.ExplorerFigures;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

/** Hand-written counts and programs: the per-applicant average, the file's rules, the rows of the check. */
class ApplicationCountCheckTest {
    @TempDir
    Path dir;

    private Path counts(String text) throws IOException {
        Path file = dir.resolve("counts.csv");
        Files.writeString(file, text);
        return file;
    }

    private static Program withApplications(String id, Specialty s, int applications) {
        ProgramStats stats =
                ProgramStats.of(new ExplorerFigures(applications, null, null, null, null, null, null, null));
        return new Program(
                id,
                null,
                s,
                "Program " + id,
                null,
                new Site("Los Angeles", UsState.CA, null, null),
                ProgramSetting.COMMUNITY,
                10,
                ProgramPolicy.UNKNOWN,
                null,
                new Provenance("test", false, null),
                stats);
    }

    @Test
    void applicationsReceivedOverApplicantsWhoRankedTheCategoricalSpecialty() throws IOException {
        Path file = counts("Program,n_programs,n_positions,n_applicants\nInternal Medicine (Categorical),2,20,50\n"
                + "Medicine-Preliminary (PGY-1 Only),1,5,999\nFamily Medicine,1,5,10\n");
        Map<Specialty, Integer> applicants = NrmpSpecialtyCounts.read(file);
        assertThat(applicants)
                .containsEntry(Specialty.INTERNAL_MEDICINE, 50)
                .containsEntry(Specialty.FAMILY_MEDICINE, 10)
                .hasSize(2);
        Map<Specialty, Double> per = ApplicationCountCheck.perApplicant(
                List.of(
                        withApplications("a", Specialty.INTERNAL_MEDICINE, 3000),
                        withApplications("b", Specialty.INTERNAL_MEDICINE, 2000),
                        withApplications("c", Specialty.PEDIATRICS, 100)),
                applicants);
        assertThat(per.get(Specialty.INTERNAL_MEDICINE)).isCloseTo(100.0, within(1e-9));
        assertThat(per).doesNotContainKeys(Specialty.FAMILY_MEDICINE, Specialty.PEDIATRICS);
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedByName() throws IOException {
        Path file = counts("Specialty,applicants\nFamily Medicine,10\n");
        assertThatThrownBy(() -> NrmpSpecialtyCounts.read(file)).hasMessageContaining("n_applicants");
    }

    @Test
    void everyCoreSpecialtyAndTypeGetsItsRecommendedNumber() throws IOException {
        Path file = counts("Program,n_programs,n_positions,n_applicants\nFamily Medicine,1,5,10\n");
        ChanceModel model = new ChanceModel(ModelParameterFile.bundled(), ReferenceData.latest());
        List<ApplicationCountCheck.Row> rows = new ApplicationCountCheck(Fixtures.geography(), model)
                .check(Fixtures.starterCatalog().programs(), file);
        assertThat(rows).hasSize(ApplicationCountCheck.SPECIALTIES.size() * ApplicantType.values().length);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.recommended()).isBetween(0, 120);
            assertThat(r.pMatchAtRecommended()).isLessThanOrEqualTo(r.pMatchAt120() + 1e-9);
            assertThat(r.pMatchAt120() - r.pMatchAtRecommended()).isLessThan(0.02 + 1e-9);
            assertThat(r.applicationsPerApplicant()).isNull();
        });
    }
}
