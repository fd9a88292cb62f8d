package org.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.SharedData;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.Program;

/**
 * The bundled catalog covers the seed's whole area with identity facts only, and its rows are the programs of the
 * official lists (by ACGME id, else name and city): at least 95 % found (the check skips without ../shared/data).
 */
class BundledCatalogTest {
    private final List<Program> bundled = Fixtures.starterCatalog().programs();

    @Test
    void itCoversCaliforniaNevadaArizonaAndOregonInTheCoreAndCompetitiveSpecialties() {
        assertThat(bundled.size()).isGreaterThanOrEqualTo(550);
        assertThat(bundled).extracting(Program::state).containsOnly(UsState.CA, UsState.NV, UsState.AZ, UsState.OR);
        assertThat(bundled)
                .extracting(Program::specialty)
                .contains(
                        Specialty.DERMATOLOGY,
                        Specialty.ORTHOPAEDIC_SURGERY,
                        Specialty.DIAGNOSTIC_RADIOLOGY,
                        Specialty.INTERNAL_MEDICINE,
                        Specialty.FAMILY_MEDICINE,
                        Specialty.PEDIATRICS,
                        Specialty.PSYCHIATRY,
                        Specialty.EMERGENCY_MEDICINE,
                        Specialty.SURGERY,
                        Specialty.OBSTETRICS_GYNECOLOGY,
                        Specialty.NEUROLOGY,
                        Specialty.ANESTHESIOLOGY,
                        Specialty.TRANSITIONAL_YEAR);
        assertThat(bundled).allSatisfy(p -> assertThat(p.provenance().source()).isNotBlank());
        assertThat(bundled.stream().map(Program::id).distinct().count()).isEqualTo(bundled.size());
    }

    @Test
    void itCarriesIdentityFactsOnly() throws IOException {
        try (var in = BundledCatalogTest.class.getResourceAsStream(ProgramCatalog.STARTER_RESOURCE);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            assertThat(CsvTable.read(reader).header()).isEqualTo(OperatorCsv.IDENTITY_COLUMNS);
        }
        assertThat(bundled).allSatisfy(p -> {
            assertThat(p.stats().hasAny()).as(p.id()).isFalse();
            assertThat(p.stats().interviewRates()).isNull();
        });
    }

    @Test
    void itsRowsAreTheOfficialListsPrograms() throws IOException {
        Path eras = SharedData.require("eras-2021/combined.csv");
        Path explorer = SharedData.require("residency-explorer-2021/combined.csv");
        Set<String> ids = new HashSet<>();
        Set<String> namesInCities = new HashSet<>();
        read(eras, "acgme_id", "program_name", ids, namesInCities);
        read(explorer, "ACGME residency program code", "Residency program name", ids, namesInCities);
        long found = bundled.stream()
                .filter(p -> p.acgmeId() != null && ids.contains(p.acgmeId())
                        || namesInCities.contains(key(p.name(), p.site().city())))
                .count();
        assertThat((double) found / bundled.size())
                .as("%d of %d found", found, bundled.size())
                .isGreaterThanOrEqualTo(0.95);
    }

    private static void read(Path file, String idColumn, String nameColumn, Set<String> ids, Set<String> names)
            throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvTable table = CsvTable.read(in);
            int id = table.header().indexOf(idColumn);
            int name = table.header().indexOf(nameColumn);
            int city = table.header().indexOf(table.header().contains("city") ? "city" : "City");
            for (CsvTable.Row row : table.rows()) {
                ids.add(row.cells().get(id).trim().replaceAll("[^0-9]", ""));
                names.add(key(row.cells().get(name), row.cells().get(city)));
            }
        }
    }

    private static String key(String name, String city) {
        return (name + "|" + city).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9|]", "");
    }
}
