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
        CliRun run = CliRun.of(
                "market",
                "simulate",
                "--catalog",
                CATALOG,
                "--seed",
                "4",
                "--applicants",
                "200",
                "--policy",
                "application-cap=5,extra-signals=2",
                "--format",
                "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("season").path("applicants").asInt()).isEqualTo(200);
        assertThat(doc.path("season").path("positions").asInt()).isEqualTo(162);
        assertThat(doc.path("season")
                        .path("byType")
                        .path("NON_US_IMG")
                        .path("applicants")
                        .asInt())
                .isEqualTo(doc.path("withPolicy")
                        .path("byType")
                        .path("NON_US_IMG")
                        .path("applicants")
                        .asInt());
        assertThat(doc.path("policy").asText()).isEqualTo("application-cap=5, extra-signals=2");
        assertThat(doc.path("season").path("bySpecialty").has("FAMILY_MEDICINE"))
                .isTrue();
        CliRun again = CliRun.of(
                "market",
                "simulate",
                "--catalog",
                CATALOG,
                "--seed",
                "4",
                "--applicants",
                "200",
                "--policy",
                "application-cap=5,extra-signals=2",
                "--format",
                "json");
        assertThat(again.out()).isEqualTo(run.out());
    }

    @Test
    void theTableShowsTypesSpecialtiesAndTheCheck() {
        CliRun run = CliRun.of("market", "simulate", "--catalog", CATALOG, "--seed", "2", "--check");
        assertThat(run.out())
                .contains(
                        "US_MD",
                        "NON_US_IMG",
                        "Family Medicine",
                        "match rate, all applicants",
                        "positions filled",
                        "Published");
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
        CliRun badDemand =
                CliRun.of("market", "simulate", "--catalog", CATALOG, "--specialty-demand", demand.toString());
        assertThat(badDemand.exitCode()).isEqualTo(2);
        assertThat(badDemand.err()).contains("--specialty-demand", ":2", "n_applicants", "many");
    }

    @Test
    void rankListOddsAgainstASimulatedMarket(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("rank.json");
        Files.writeString(list, "{\"rank\": [\"t0\", \"t3\", \"t6\"]}");
        CliRun run = CliRun.of(
                "match",
                "odds",
                "examples/01-la-low-step2-us-md.json",
                list.toString(),
                "--catalog",
                CATALOG,
                "--market",
                "--market-seasons",
                "2",
                "--draws",
                "4000",
                "--format",
                "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode market = new ObjectMapper().readTree(run.out()).path("market");
        assertThat(market.path("pMatch").asDouble()).isBetween(0.0, 1.0);
        assertThat(market.path("seasons").asInt()).isEqualTo(2);
        assertThat(market.path("draws").asInt()).isEqualTo(4000);
        assertThat(market.path("ranks")).hasSize(3);
        assertThat(market.path("ranks").get(2).path("matchedByHere").asDouble())
                .isEqualTo(market.path("pMatch").asDouble());
        CliRun table = CliRun.of(
                "match",
                "odds",
                "examples/01-la-low-step2-us-md.json",
                list.toString(),
                "--catalog",
                CATALOG,
                "--market",
                "--market-seasons",
                "1",
                "--draws",
                "1000");
        assertThat(table.out()).contains("MARKET: HERE", "Against competitors");
    }

    @Test
    void marketOddsNeedACatalogWithPositions() {
        CliRun run = CliRun.of(
                "match",
                "odds",
                "examples/01-la-low-step2-us-md.json",
                "examples/match/persona-rank-list.json",
                "--catalog",
                "src/main/resources/catalog/starter-catalog.csv",
                "--market");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--market", "PGY-1 positions", "Internal Medicine");
        CliRun few = CliRun.of(
                "match",
                "odds",
                "examples/01-la-low-step2-us-md.json",
                "examples/match/persona-rank-list.json",
                "--market",
                "--draws",
                "5");
        assertThat(few.exitCode()).isEqualTo(2);
        assertThat(few.err()).contains("draws must be between 100");
    }
}
