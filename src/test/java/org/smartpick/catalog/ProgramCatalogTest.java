package org.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;

/** Programs are found by catalog id, else by ACGME id (categorical before a preliminary track with the same id). */
class ProgramCatalogTest {
    private static Program program(String id, String acgme, Specialty s) {
        return new Program(
                id,
                acgme,
                s,
                "Program " + id,
                null,
                new Site("Los Angeles", UsState.CA, null, null),
                null,
                null,
                ProgramPolicy.UNKNOWN,
                null,
                new Provenance("test", false, null),
                ProgramStats.NONE);
    }

    @Test
    void anAcgmeIdFindsTheSameProgramInAnyCatalog() {
        ProgramCatalog bundled = new ProgramCatalog(
                "bundled", List.of(program("kaiser-la-im", "1400512042", Specialty.INTERNAL_MEDICINE)));
        ProgramCatalog national = new ProgramCatalog(
                "national",
                List.of(
                        program("1400512042P", "1400512042", Specialty.INTERNAL_MEDICINE_PRELIMINARY),
                        program("1400512042C", "1400512042", Specialty.INTERNAL_MEDICINE)));
        assertThat(bundled.byId("1400512042")).map(Program::id).contains("kaiser-la-im");
        assertThat(bundled.byId("kaiser-la-im")).isPresent();
        assertThat(national.byId("1400512042")).map(Program::id).contains("1400512042C");
        assertThat(national.byId("1400512042P"))
                .map(Program::specialty)
                .contains(Specialty.INTERNAL_MEDICINE_PRELIMINARY);
        assertThat(national.byId("9999999999")).isEmpty();
    }

    @Test
    void theExampleRankListsResolveOnTheBundledCatalog() throws Exception {
        ProgramCatalog bundled = Fixtures.starterCatalog();
        var json = new ObjectMapper().readTree(Files.readString(Path.of("examples/match/persona-rank-list.json")));
        json.get("rank")
                .forEach(id ->
                        assertThat(bundled.byId(id.asText())).as(id.asText()).isPresent());
    }
}
