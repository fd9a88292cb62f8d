package org.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ScoreRange;

class OperatorCsvTest {
    private static final String HEADER = String.join(",", OperatorCsv.COLUMNS.subList(0, 21)) + "\n";
    private final OperatorCsv csv = new OperatorCsv(Fixtures.geography().zips());

    private OperatorCsv.Result read(String text) throws Exception {
        return csv.read("test.csv", new StringReader(text));
    }

    @Test
    void theStarterCatalogCoversTheSpecialtiesOfTheIssueAndEveryRowHasASource() {
        ProgramCatalog catalog = Fixtures.starterCatalog();
        Set<Specialty> specialties =
                catalog.programs().stream().map(Program::specialty).collect(Collectors.toSet());
        assertThat(specialties)
                .contains(
                        Specialty.INTERNAL_MEDICINE,
                        Specialty.INTERNAL_MEDICINE_PRELIMINARY,
                        Specialty.FAMILY_MEDICINE,
                        Specialty.PEDIATRICS,
                        Specialty.PSYCHIATRY,
                        Specialty.EMERGENCY_MEDICINE,
                        Specialty.SURGERY,
                        Specialty.SURGERY_PRELIMINARY,
                        Specialty.OBSTETRICS_GYNECOLOGY,
                        Specialty.NEUROLOGY,
                        Specialty.ANESTHESIOLOGY,
                        Specialty.TRANSITIONAL_YEAR);
        assertThat(catalog.programs()).allSatisfy(p -> {
            assertThat(p.provenance().source()).isNotBlank();
            assertThat(p.location()).as(p.id() + " is located").isPresent();
        });
        assertThat(catalog.size()).isGreaterThan(90);
    }

    @Test
    void theStarterCatalogHasCountyAndCommunityProgramsInLosAngeles() {
        var la = Fixtures.geography().regions().find("Greater Los Angeles").orElseThrow();
        var query = new CatalogQuery(Specialty.INTERNAL_MEDICINE, null, la, null, null);
        var settings = query.run(Fixtures.starterCatalog(), Fixtures.geography()).stream()
                .map(Program::setting)
                .collect(Collectors.toSet());
        assertThat(settings).contains(ProgramSetting.COUNTY, ProgramSetting.COMMUNITY, ProgramSetting.UNIVERSITY);
    }

    @Test
    void writingAndReadingBackGivesTheSameCatalog() throws Exception {
        StringWriter out = new StringWriter();
        csv.write(Fixtures.starterCatalog().programs(), out);
        OperatorCsv.Result back = read(out.toString());
        assertThat(back.problems()).isEmpty();
        assertThat(back.programs()).isEqualTo(Fixtures.starterCatalog().programs());
    }

    @Test
    void aRowIsLocatedByItsZipOrElseByItsCity() throws Exception {
        OperatorCsv.Result r = read(HEADER
                + "a,,FAMILY_MEDICINE,A,,Van Nuys,CA,91401-1000,,,,,,,,,,,src,no,\n"
                + "b,,FAMILY_MEDICINE,B,,Riverside,CA,,,,,,,,,,,,src,no,\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.programs()).allSatisfy(p -> assertThat(p.location()).isPresent());
    }

    @Test
    void everyBadCellIsReportedWithLineColumnAndValue() throws Exception {
        OperatorCsv.Result r = read(HEADER
                + "a,123,CARDIOLOGY,A,,X,ZZ,abc,,,MILITARY,-1,maybe,,,,,,src,no,\n"
                + "b,,FAMILY_MEDICINE,B,,Riverside,CA,,,,,,,,,,,,,no,\n");
        assertThat(r.programs()).isEmpty();
        assertThat(r.problems())
                .extracting(CatalogProblem::toString)
                .containsExactlyInAnyOrder(
                        "test.csv:2 [acgme_id] \"123\": must be the 10-digit ACGME program id",
                        "test.csv:2 [specialty] \"CARDIOLOGY\": must be a specialty name such as INTERNAL_MEDICINE",
                        "test.csv:2 [state] \"ZZ\": must be a two-letter US state code",
                        "test.csv:2 [setting] \"MILITARY\": must be one of UNIVERSITY, UNIVERSITY_AFFILIATED, COMMUNITY,"
                                + " COUNTY, VA_MILITARY",
                        "test.csv:2 [zip] \"abc\": must be a ZIP code (5 digits, or ZIP+4)",
                        "test.csv:2 [pgy1_positions] \"-1\": must be a whole number between 0 and 500",
                        "test.csv:2 [visa_j1] \"maybe\": must be yes, no or empty (unknown)",
                        "test.csv:3 [source]: is required");
    }

    @Test
    void anUnknownOrMissingColumnIsReportedOnTheHeader() throws Exception {
        OperatorCsv.Result r = read("id,specialty,name,city,state,sourse\n");
        assertThat(r.problems())
                .extracting(CatalogProblem::toString)
                .containsExactlyInAnyOrder(
                        "test.csv:1 [sourse]: unknown column; the columns are "
                                + String.join(", ", OperatorCsv.COLUMNS),
                        "test.csv:1 [source]: required column is missing");
    }

    @Test
    void aDuplicateIdIsReported() throws Exception {
        OperatorCsv.Result r =
                read("id,specialty,name,city,state,source\na,SURGERY,A,Fresno,CA,s\na,SURGERY,B,Fresno,CA,s\n");
        assertThat(r.programs()).hasSize(1);
        assertThat(r.problems()).extracting(CatalogProblem::rule).containsExactly("duplicate id; ids are unique");
    }

    @Test
    void aShortRowIsReported() throws Exception {
        OperatorCsv.Result r = read("id,specialty,name,city,state,source\na,SURGERY\n");
        assertThat(r.problems()).extracting(CatalogProblem::rule).containsExactly("has 2 cells but the header has 6");
    }

    @Test
    void aStep1RangeWhoseLowEndExceedsItsHighEndIsAProblemOfTheRow() throws Exception {
        OperatorCsv.Result r = read("id,specialty,name,city,state,source,step1_low,step1_high\n"
                + "a,SURGERY,A,Fresno,CA,s,240,230\n"
                + "b,SURGERY,B,Fresno,CA,s,230,240\n");
        assertThat(r.problems())
                .extracting(CatalogProblem::toString)
                .containsExactly("test.csv:2 [step1_low] \"240\": must not exceed step1_high");
        assertThat(r.programs())
                .singleElement()
                .satisfies(p -> assertThat(p.stats().explorer().step1()).isEqualTo(new ScoreRange(230, 240)));
    }
}
