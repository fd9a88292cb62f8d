package org.smartpick.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.Fixtures;
import org.smartpick.catalog.OperatorCsv;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;

/** The AAMC interview-rate files (hand-written rows in their format) and their join to catalog programs. */
class InterviewRateFileTest {
    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void theSpecialtyComesFromTheFileName() {
        assertThat(InterviewRateFile.specialtyOf("IM Peds.csv")).contains(Specialty.INTERNAL_MEDICINE_PEDIATRICS);
        assertThat(InterviewRateFile.specialtyOf("Rad Onc.csv")).contains(Specialty.RADIATION_ONCOLOGY);
        assertThat(InterviewRateFile.specialtyOf("Internal Medicine.csv")).contains(Specialty.INTERNAL_MEDICINE);
        assertThat(InterviewRateFile.specialtyOf("Anatomic and Clinical Pathology.csv"))
                .contains(Specialty.PATHOLOGY);
        assertThat(InterviewRateFile.specialtyOf("DERMATOLOGY.csv")).contains(Specialty.DERMATOLOGY);
        assertThat(InterviewRateFile.specialtyOf("Basket Weaving.csv")).isEmpty();
    }

    @Test
    void ratesSignalTiersAndUnreportedValuesAreRead() throws IOException {
        Path f = file(
                "Dermatology.csv",
                "Program,Silver Signal,Gold Signal,No Signal,In-State School,Out-Of-State School,MD,DO,US IMG,"
                        + "Non US IMG,City,State,Region",
                "Alpha University Program,0.2,0.8,0.01,0.4,0.05,0.1,0.04,0,0,Springfield,IL,East North Central",
                "Beta Hospital Program,-,-,-,-,-,-,-,-,-,Camden,NJ,Middle Atlantic",
                "\"Gamma, Inc. Program\",0.1,,0.02,0.3,0.04,1.5,0.03,0,0,Austin,TX,West South Central");
        ImportReport report = new ImportReport();
        List<InterviewRateFile.Row> rows = InterviewRateFile.read(f, 2024, report);
        assertThat(rows).hasSize(2);
        InterviewRateFile.Row alpha = rows.get(0);
        assertThat(alpha.specialty()).isEqualTo(Specialty.DERMATOLOGY);
        assertThat(alpha.rates().withSignal(Signal.GOLD)).hasValue(0.8);
        assertThat(alpha.rates().withSignal(Signal.NONE)).hasValue(0.01);
        assertThat(alpha.rates().usMd()).isEqualTo(0.1);
        assertThat(alpha.rates().season()).isEqualTo(2024);
        assertThat(rows.get(1).rates())
                .isEqualTo(new InterviewRates(2024, null, null, null, null, null, null, null, null, null, null));
        assertThat(report.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("MD", "1.5", "between 0 and 1"));
    }

    @Test
    void aFileOfUnknownShapeOrNameFailsWhole() throws IOException {
        Path noMd = file("Neurology.csv", "Program,City,State", "A Program,Austin,TX");
        assertThatThrownBy(() -> InterviewRateFile.read(noMd, 2024, new ImportReport()))
                .hasMessageContaining("MD");
        Path unknown = file("Unknown Specialty.csv", "Program,MD,City,State");
        assertThatThrownBy(() -> InterviewRateFile.read(unknown, 2024, new ImportReport()))
                .hasMessageContaining("names no known specialty");
    }

    private static Program program(String id, String name, String city, UsState state) {
        return new Program(
                id,
                null,
                Specialty.INTERNAL_MEDICINE,
                name,
                null,
                new Site(city, state, null, null),
                ProgramSetting.COMMUNITY,
                null,
                ProgramPolicy.UNKNOWN,
                null,
                new Provenance("test", false, null),
                ProgramStats.NONE);
    }

    @Test
    void rowsJoinByNameOrByDistinctiveWordsInTheSameStateAndNeverTwice() throws IOException {
        Path f = file(
                "Internal Medicine.csv",
                "Program,MD,DO,US IMG,Non US IMG,City,State,Region",
                "Riverside Community Hospital Program,0.3,0.2,0.05,0.01,Riverside,CA,Pacific",
                "Corewell Health William Beaumont University Hospital Program,0.2,0.1,0.01,0,Royal Oak,MI,East North"
                        + " Central",
                "Riverside Community Hospital Program,0.3,0.2,0.05,0.01,Riverside,TX,West South Central",
                "Saint Elsewhere Program,0.3,0.2,0.05,0.01,Boston,MA,New England");
        Map<String, Program> programs = new LinkedHashMap<>();
        for (Program p : List.of(
                program("a", "Riverside Community Hospital Program", "Riverside", UsState.CA),
                program("b", "William Beaumont Hospital Program", "Royal Oak", UsState.MI),
                program("c", "Boston Medical Center Program", "Boston", UsState.MA))) {
            programs.put(p.id(), p);
        }
        ImportReport report = new ImportReport();
        new InterviewRateJoin().join(InterviewRateFile.read(f, 2024, report), programs, report);
        assertThat(programs.get("a").stats().interviewRates().usMd()).isEqualTo(0.3);
        assertThat(programs.get("b").stats().interviewRates().usMd()).isEqualTo(0.2);
        assertThat(programs.get("c").stats().interviewRates()).isNull();
        assertThat(report.interviewRateCounts().get(Specialty.INTERNAL_MEDICINE))
                .containsExactly(2, 2);
        assertThat(report.interviewRatesUnjoined())
                .hasSize(2)
                .anySatisfy(u -> assertThat(u).contains("TX"));
        assertThat(report.interviewRateSummary()).contains("2 of 4 programs joined (50.0%)");
    }

    @Test
    void theRatesTravelThroughTheOperatorCsv() throws IOException {
        Path f = file(
                "Internal Medicine.csv",
                "Program,MD,DO,US IMG,Non US IMG,In-State School,Out-Of-State School," + "City,State,Region",
                "Riverside Community Hospital Program,0.3,0.2,0.05,0.01,0.5,0.1,Riverside,CA,P");
        Map<String, Program> programs = new LinkedHashMap<>();
        programs.put("a", program("a", "Riverside Community Hospital Program", "Riverside", UsState.CA));
        ImportReport report = new ImportReport();
        new InterviewRateJoin().join(InterviewRateFile.read(f, 2024, report), programs, report);
        StringWriter out = new StringWriter();
        OperatorCsv csv = new OperatorCsv(Fixtures.geography().zips());
        csv.write(List.copyOf(programs.values()), out);
        OperatorCsv.Result back = csv.read("back.csv", new StringReader(out.toString()));
        assertThat(back.problems()).isEmpty();
        assertThat(back.programs().get(0).stats().interviewRates())
                .isEqualTo(programs.get("a").stats().interviewRates());
        OperatorCsv.Result bad = csv.read(
                "bad.csv",
                new StringReader("id,specialty,name,city,state,source,"
                        + "ir_us_md\nx,INTERNAL_MEDICINE,X,Riverside,CA,test,0.3\n"));
        assertThat(bad.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("ir_season"));
    }
}
