package org.smartpick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.Fixtures;
import org.smartpick.cli.common.WrappedText;

class RecommendCommandTest {
    private static final String PERSONA = "examples/01-la-low-step2-us-md.json";

    static List<Path> examples() {
        return Fixtures.exampleProfiles();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleGetsARecommendation(Path example) {
        CliRun run = CliRun.of("recommend", example.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // The national examples (Orthopaedics, Texas) lie outside the starter catalog and are told so.
        assertThat(run.out()).containsAnyOf("Chance of matching by number of applications", "NOTE: This catalog");
    }

    @Test
    void aProfileOutsideTheCatalogIsToldSoInsteadOfAZeroChance(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path texas = dir.resolve("texas.json");
        Files.writeString(
                texas,
                Files.readString(Path.of(PERSONA))
                        .replace("\"regions\": [\"Greater Los Angeles\"],", "")
                        .replace("\"of\": \"Los Angeles, CA\"", "\"of\": \"Houston, TX\""));
        CliRun run = CliRun.of("recommend", texas.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Catalog: ", "NOTE: This catalog has no programs in Texas", "no chance to give")
                .doesNotContain("Chance of matching: 0%");
    }

    @Test
    void aProgramNameThatIsAFormulaIsNeutralisedInTheCsv(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path catalog = dir.resolve("evil.csv");
        Files.writeString(
                catalog,
                "id,specialty,name,city,state,zip,source\n"
                        + "evil-im,INTERNAL_MEDICINE,\"=HYPERLINK(\"\"http://evil\"\")\",Los Angeles,CA,90033,test\n");
        CliRun run = CliRun.of("recommend", PERSONA, "--catalog", catalog.toString(), "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
    }

    @Test
    void thePersonasAnswerFitsEightyColumnsWithFullNamesAndCommonReasonsOnce() {
        CliRun run = CliRun.of("recommend", PERSONA);
        assertThat(run.out().lines())
                .allSatisfy(line -> assertThat(line.codePointCount(0, line.length()))
                        .as(line)
                        .isLessThanOrEqualTo(WrappedText.terminalWidth()));
        assertThat(run.out()).contains("For every program of the list:", "Step 2 CK 226 is 23 points below");
        assertThat(run.out().split("Step 2 CK 226 is 23 points below a typical", -1))
                .hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void thePersonaSeesTiersSignalsAdviceAndTheWhatIfs() {
        CliRun run = CliRun.of("recommend", PERSONA, "--what-if", "step2+10", "--what-if", "region=SoCal");
        assertThat(run.out())
                .contains(
                        "TARGET (",
                        "gold",
                        "silver",
                        "Strategy:",
                        "Address your Step 2 CK",
                        "Playbook:",
                        "Rank-list rules",
                        "Step 2 CK +10:",
                        "also Southern California:");
        CliRun risky = CliRun.of("recommend", "examples/08-la-reapplicant-us-md.json");
        assertThat(risky.out()).contains("REACH", "Backup plan", "Do an audition rotation", "Widening your area");
    }

    @Test
    void jsonIsTheFullResult() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(CliRun.of("recommend", PERSONA, "--format", "json").out());
        assertThat(doc.at("/summary/pMatch").asDouble()).isBetween(0.0, 1.0);
        assertThat(doc.get("curve").size()).isGreaterThan(5);
        assertThat(doc.get("programs").get(0).has("factors")).isTrue();
        assertThat(doc.get("programs").get(0).get("tier").asText()).isIn("REACH", "TARGET", "SAFETY");
        assertThat(doc.get("advice").size()).isGreaterThanOrEqualTo(2);
        assertThat(doc.get("programs").get(0).get("factors").get(0).get("text").asText())
                .isNotBlank();
        assertThat(doc.get("signals").size()).isPositive();
    }

    @Test
    void csvIsTheList() {
        String[] lines = CliRun.of("recommend", PERSONA, "--format", "csv", "--budget-applications", "5")
                .out()
                .split("\n");
        assertThat(lines[0]).startsWith("rank,id,name,city,state,tier,signal");
        assertThat(lines).hasSize(6);
    }

    @Test
    void aDollarBudgetIsKept() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(CliRun.of("recommend", PERSONA, "--budget-dollars", "100", "--format", "json")
                        .out());
        assertThat(doc.at("/summary/cost").asInt()).isLessThanOrEqualTo(100);
    }

    @Test
    void badOptionsAreExitTwo() {
        assertThat(CliRun.of("recommend", PERSONA, "--objective", "prestige").err())
                .contains("--objective");
        assertThat(CliRun.of("recommend", PERSONA, "--budget-applications", "0").err())
                .contains("--budget-applications");
        assertThat(CliRun.of("recommend", PERSONA, "--what-if", "marry-rich").err())
                .contains("--what-if");
        assertThat(CliRun.of("recommend", PERSONA, "--what-if", "region=Atlantis")
                        .err())
                .contains("unknown region");
        assertThat(CliRun.of("recommend", PERSONA, "--budget-applications", "5", "--budget-dollars", "100")
                        .exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("recommend", "no-such.json").exitCode()).isEqualTo(2);
    }

    @Test
    void portfolioSolveReproducesThePublishedPlanetsExample() throws Exception {
        CliRun run = CliRun.of("portfolio", "solve", "examples/portfolio/planets.json");
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("chosen").toString()).isEqualTo("[\"4\",\"2\",\"8\"]");
        assertThat(doc.get("value").asDouble()).isBetween(195.0959, 195.0961);
        assertThat(doc.get("method").asText()).startsWith("exact");
    }

    @Test
    void portfolioSolvePlacesSignalsUnderCorrelation() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(CliRun.of("portfolio", "solve", "examples/portfolio/signals-correlated.json")
                        .out());
        assertThat(doc.get("chosen").size()).isEqualTo(3);
        assertThat(doc.get("signals").size()).isEqualTo(1);
        assertThat(doc.get("method").asText()).startsWith("local search");
        assertThat(doc.get("pMatch").asDouble()).isEqualTo(doc.get("value").asDouble());
    }

    @Test
    void aPortfolioBudgetBeyondAProfilesBoundsIsBadInputNotAnInternalError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        Files.writeString(
                file,
                Files.readString(Path.of("examples/portfolio/planets.json"))
                        .replace("\"applications\": 3", "\"applications\": 100000"));
        CliRun run = CliRun.of("portfolio", "solve", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("/budget/applications: must be between 0 and 500, got 100000")
                .doesNotContain("internal error");
        Files.writeString(
                file,
                Files.readString(Path.of("examples/portfolio/planets.json"))
                        .replace("\"applications\": 3", "\"applications\": 2.5"));
        assertThat(CliRun.of("portfolio", "solve", file.toString()).err())
                .contains("/budget/applications: must be a whole number");
    }

    @Test
    void aBadInstanceListsEveryProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(
                file,
                "{\"programs\": [{\"id\": \"a\", \"p\": 1.5}, {\"id\": \"a\", \"p\": 0.2, \"x\": 1}],"
                        + " \"budget\": {\"applications\": 2, \"dollars\": 3},"
                        + " \"signals\": {\"bronze\": {\"count\": 1, \"p\": {}}}}");
        CliRun run = CliRun.of("portfolio", "solve", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "/programs/0/p: must be a probability",
                        "/programs/1/id: must be unique",
                        "/programs/1/x: is not a known field",
                        "/budget: give exactly one of applications or dollars",
                        // an unknown signal was an internal error (exit 1) before the instance was read with JsonFields
                        "/signals/bronze: is not a signal; the signals are gold, silver and plain");
    }
}
