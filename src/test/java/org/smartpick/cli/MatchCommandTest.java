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
        JsonNode doc = new ObjectMapper().readTree(CliRun.of("match", "run", "examples/match/couple-no-stable.json")
                .out());
        assertThat(doc.get("status").asText()).isEqualTo("NO_STABLE_MATCHING_FOUND");
        assertThat(doc.get("stable").asBoolean()).isFalse();
    }

    @Test
    void aBadInstanceListsEveryProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"programs\": [{\"id\": \"P\"}], \"couples\": [{\"members\": [\"a\"], \"rank\": []}]}");
        CliRun run = CliRun.of("match", "run", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/programs/0: needs a text \"id\" and a whole-number \"capacity\"",
                "/couples/0/members: must be two applicant ids");
    }
}
