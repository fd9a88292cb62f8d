package org.smartpick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketCommandTest {
    private static final String CATALOG = "src/test/resources/market-catalog.csv";

    @Test
    void simulatesASeasonAndComparesAPolicyOnTheSameApplicants() throws Exception {
        CliRun run = CliRun.of("market", "simulate", "--catalog", CATALOG, "--seed", "4", "--applicants", "200",
                "--policy", "application-cap=5,extra-signals=2", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("season").path("applicants").asInt()).isEqualTo(200);
        assertThat(doc.path("season").path("positions").asInt()).isEqualTo(162);
        assertThat(doc.path("season").path("byType").path("NON_US_IMG").path("applicants").asInt())
                .isEqualTo(doc.path("withPolicy").path("byType").path("NON_US_IMG").path("applicants").asInt());
        assertThat(doc.path("policy").asText()).isEqualTo("application-cap=5, extra-signals=2");
        assertThat(doc.path("season").path("bySpecialty").has("FAMILY_MEDICINE")).isTrue();
        CliRun again = CliRun.of("market", "simulate", "--catalog", CATALOG, "--seed", "4", "--applicants", "200",
                "--policy", "application-cap=5,extra-signals=2", "--format", "json");
        assertThat(again.out()).isEqualTo(run.out());
    }

    @Test
    void theTableShowsTypesSpecialtiesAndTheCheck() {
        CliRun run = CliRun.of("market", "simulate", "--catalog", CATALOG, "--seed", "2", "--check");
        assertThat(run.out()).contains("US_MD", "NON_US_IMG", "Family Medicine", "match rate, all applicants",
                "positions filled", "Published");
        assertThat(run.exitCode()).isIn(0, 3);
    }

    @Test
    void badInputIsNamedAndExitsWithTwo(@TempDir Path dir) throws Exception {
        CliRun unknown = CliRun.of("market", "simulate", "--catalog", CATALOG, "--policy", "cap=3");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--policy", "unknown rule \"cap\"");
        CliRun notNumber = CliRun.of("market", "simulate", "--catalog", CATALOG, "--policy", "extra-signals=x");
        assertThat(notNumber.err()).contains("RULE=N");
        CliRun starter = CliRun.of("market", "simulate", "--catalog", "src/main/resources/catalog/starter-catalog.csv");
        assertThat(starter.exitCode()).isEqualTo(2);
        assertThat(starter.err()).contains("PGY-1 positions");
        Path demand = dir.resolve("demand.csv");
        Files.writeString(demand, "Program,n_applicants\nFamily Medicine,many\n");
        CliRun badDemand = CliRun.of("market", "simulate", "--catalog", CATALOG, "--specialty-demand",
                demand.toString());
        assertThat(badDemand.exitCode()).isEqualTo(2);
        assertThat(badDemand.err()).contains("--specialty-demand", ":2", "n_applicants", "many");
    }
}
