package org.smartpick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {
    @Test
    void theNrmpExampleRunsFromTheCommandLine() throws Exception {
        CliRun run = CliRun.of("match", "run", "examples/match/nrmp-example.json");
        assertThat(run.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("status").asText()).isEqualTo("STABLE");
        assertThat(doc.at("/assignments/Davis").asText()).isEqualTo("General");
        assertThat(doc.at("/unfilled/Mercy").asInt()).isEqualTo(1);
        assertThat(doc.get("stable").asBoolean()).isTrue();
    }

    @Test
    void aCoupleWithNoStableMatchingIsReported() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(CliRun.of("match", "run", "examples/match/couple-no-stable.json")
                        .out());
        assertThat(doc.get("status").asText()).isEqualTo("NO_STABLE_MATCHING_FOUND");
        assertThat(doc.get("stable").asBoolean()).isFalse();
    }

    @Test
    void rankListOddsForThePersona() throws Exception {
        CliRun table = CliRun.of(
                "match",
                "odds",
                "examples/01-la-low-step2-us-md.json",
                "examples/match/persona-rank-list.json",
                "--catalog",
                "src/main/resources/catalog/starter-catalog.csv");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("MATCH HERE", "Kaiser Permanente Los Angeles", "Chance of matching");
        JsonNode doc = new ObjectMapper()
                .readTree(CliRun.of(
                                "match",
                                "odds",
                                "examples/01-la-low-step2-us-md.json",
                                "examples/match/persona-rank-list.json",
                                "--catalog",
                                "src/main/resources/catalog/starter-catalog.csv",
                                "--format",
                                "json")
                        .out());
        assertThat(doc.get("ranks").size()).isEqualTo(5);
        assertThat(doc.get("pMatch").asDouble())
                .isEqualTo(doc.at("/ranks/4/matchedByHere").asDouble());
    }

    @Test
    void coupleOddsFromTheCommandLine() throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(CliRun.of(
                                "match",
                                "odds",
                                "examples/06-couple-partner-a.json",
                                "examples/match/couple-rank-list.json",
                                "--partner",
                                "examples/07-couple-partner-b.json",
                                "--catalog",
                                "src/main/resources/catalog/starter-catalog.csv",
                                "--format",
                                "json",
                                "--draws",
                                "5000")
                        .out());
        assertThat(doc.get("bothMatch").asDouble())
                .isBetween(0.0, 1.0)
                .isLessThanOrEqualTo(doc.get("firstMatches").asDouble());
        assertThat(doc.get("pairChances").size()).isEqualTo(7);
        assertThat(doc.get("seed").asLong()).isEqualTo(2026);
    }

    @Test
    void aShortListIsWarnedAbout(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("short.json");
        Files.writeString(list, "{\"rank\": [\"kaiser-la-im\"]}");
        assertThat(CliRun.of(
                                "match",
                                "odds",
                                "examples/01-la-low-step2-us-md.json",
                                list.toString(),
                                "--catalog",
                                "src/main/resources/catalog/starter-catalog.csv")
                        .out())
                .contains("Warning: Short list");
    }

    @Test
    void anUnknownOrRepeatedProgramIsBadInput(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("bad.json");
        Files.writeString(list, "{\"rank\": [\"kaiser-la-im\", \"nowhere\", \"kaiser-la-im\"]}");
        CliRun run = CliRun.of(
                "match",
                "odds",
                "examples/01-la-low-step2-us-md.json",
                list.toString(),
                "--catalog",
                "src/main/resources/catalog/starter-catalog.csv");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/rank/1: no program \"nowhere\"", "/rank/2: \"kaiser-la-im\" is ranked twice");
    }

    @Test
    void everyJsonInputIsReadByTheApisRules(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("twice.json");
        Files.writeString(list, "{\"rank\": [\"kaiser-la-im\"], \"rank\": []}");
        CliRun odds = CliRun.of(
                "match",
                "odds",
                "examples/01-la-low-step2-us-md.json",
                list.toString(),
                "--catalog",
                "src/main/resources/catalog/starter-catalog.csv");
        assertThat(odds.exitCode()).isEqualTo(2);
        assertThat(odds.err()).contains(list + ": is not valid JSON (line 1", "a key appears twice: \"rank\"");
        Path instance = dir.resolve("trailing.json");
        Files.writeString(instance, Files.readString(Path.of("examples/match/nrmp-example.json")) + " []");
        CliRun run = CliRun.of("match", "run", instance.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(instance + ": is not valid JSON", "nothing after it");
        CliRun solve = CliRun.of("portfolio", "solve", instance.toString());
        assertThat(solve.err()).contains(instance + ": is not valid JSON");
    }

    @Test
    void aBadMatchInstanceListsEveryProblemWithItsPointer(@TempDir Path dir) throws Exception {
        Path instance = dir.resolve("bad.json");
        Files.writeString(
                instance,
                "{\"programs\": [{\"id\": \"P\", \"capacity\": -1, \"rnak\": []}, 7, {\"id\": \"Q\"}],"
                        + " \"applicants\": [{\"id\": \"a\", \"rank\": [\"P\", 3]}],"
                        + " \"couples\": [{\"members\": [\"b\"], \"rank\": [[null, null]]}], \"extra\": 1}");
        CliRun run = CliRun.of("match", "run", instance.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "/programs/0/capacity: must be between 0 and 100000, got -1",
                        "/programs/0/rnak: is not a known field (did you mean \"rank\"?)",
                        "/programs/1: must be an object",
                        "/programs/2/capacity: is required",
                        "/applicants/0/rank/1: must be a non-empty text",
                        "/couples/0/members: must be two applicant ids",
                        "/couples/0/rank/0: must be [program, program] with at most one null",
                        "/extra: is not a known field");
    }
}
