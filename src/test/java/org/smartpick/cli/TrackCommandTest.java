package org.smartpick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.Fixtures;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;
import org.smartpick.store.Database;
import org.smartpick.web.Services;
import org.smartpick.web.WebApp;

/** {@code smartpick track} on a plan file: seeded from the plan, edited from the command line, written back. */
class TrackCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STARTER = "src/main/resources/catalog/starter-catalog.csv";

    private static Path planFile(Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(
                file, "{\"profile\": " + Files.readString(Path.of("examples/01-la-low-step2-us-md.json")) + "}");
        return file;
    }

    private static JsonNode track(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void aPlanFileTracksTheSeasonAndKeepsItsTracker(@TempDir Path dir) throws Exception {
        Path file = planFile(dir);
        JsonNode first = track("track", file.toString(), "--catalog", STARTER, "--format", "json");
        JsonNode entries = first.at("/tracker/entries");
        assertThat(entries.size()).isGreaterThan(5);
        assertThat(entries.findValuesAsText("status")).containsOnly("PLANNED");
        assertThat(first.at("/report/summary").asText()).startsWith("Nothing marked as sent yet");
        assertThat(CliRun.of("track", file.toString(), "--catalog", STARTER, "--applied", "all", "--date", "2025-09-24")
                        .exitCode())
                .isZero();
        String a = entries.get(0).get("id").asText();
        String b = entries.get(1).get("id").asText();
        String c = entries.get(2).get("id").asText();
        JsonNode after = track(
                "track",
                file.toString(),
                "--catalog",
                STARTER,
                "--invite",
                a + "," + b,
                "--date",
                "2025-10-06",
                "--reject",
                c,
                "--prefer",
                b + "=1",
                "--as-of",
                "2025-10-20",
                "--format",
                "json");
        assertThat(after.at("/report/invitations").asInt()).isEqualTo(2);
        assertThat(after.at("/report/rejections").asInt()).isEqualTo(1);
        assertThat(after.at("/report/rankList/ranks/0/id").asText()).isEqualTo(b);
        assertThat(after.at("/report/pMatchAtStart").asDouble())
                .isCloseTo(first.at("/report/pMatch").asDouble(), Assertions.within(1e-12));
        // the file holds the tracker: a run without edits shows the same season
        JsonNode saved = JSON.readTree(Files.readString(file));
        assertThat(saved.at("/tracker/entries/0/invited").asText()).isEqualTo("2025-10-06");
        assertThat(saved.at("/tracker/entries/0/applied").asText()).isEqualTo("2025-09-24");
        assertThat(track("track", file.toString(), "--catalog", STARTER, "--format", "json")
                        .at("/report/pMatch")
                        .asDouble())
                .isEqualTo(after.at("/report/pMatch").asDouble());
        Path ics = dir.resolve("interviews.ics");
        assertThat(CliRun.of(
                                "track",
                                file.toString(),
                                "--catalog",
                                STARTER,
                                "--interview",
                                b,
                                "--date",
                                "2025-11-04",
                                "--calendar",
                                ics.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(ics))
                .contains("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251104")
                .endsWith("\r\n");
        CliRun table = CliRun.of("track", file.toString(), "--catalog", STARTER);
        assertThat(table.out()).contains("after 2 invitations and 1 rejection", "Draft rank list");
    }

    @Test
    void badTrackerInputIsNamed(@TempDir Path dir) throws Exception {
        Path file = planFile(dir);
        CliRun unknown = CliRun.of("track", file.toString(), "--catalog", STARTER, "--invite", "nowhere");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no program \"nowhere\"");
        CliRun bare = CliRun.of("track", "examples/01-la-low-step2-us-md.json", "--catalog", STARTER);
        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("a plan file is {\"profile\"");
        Files.writeString(
                file,
                "{\"profile\": " + Files.readString(Path.of("examples/01-la-low-step2-us-md.json"))
                        + ", \"tracker\": {\"entries\": [{\"id\": \"ucla-im\", \"status\": \"SOON\"}]}}");
        CliRun status = CliRun.of("track", file.toString(), "--catalog", STARTER);
        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(status.err()).contains("/entries/0/status: must be one of PLANNED");
    }

    @Test
    void aPlanLinkIsTrackedThroughItsServer() throws Exception {
        var database = Database.open("jdbc:h2:mem:track-link;DB_CLOSE_DELAY=-1", null, null);
        var season = ReferenceData.latest();
        var app = WebApp.create(new Services(
                        Fixtures.geography(), season, new ChanceModel(ModelParameterFile.bundled(), season), database))
                .start("127.0.0.1", 0);
        try {
            var client = HttpClient.newHttpClient();
            var created = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/plans"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"profile\": " + Files.readString(Path.of("examples/01-la-low-step2-us-md.json"))
                                            + ", \"options\": {\"applications\": 8}}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String link = "http://127.0.0.1:" + app.port()
                    + JSON.readTree(created.body()).get("link").asText();
            JsonNode sent = track(
                    "track",
                    link,
                    "--applied",
                    "all",
                    "--date",
                    "2025-09-24",
                    "--as-of",
                    "2025-10-01",
                    "--format",
                    "json");
            assertThat(sent.at("/tracker/entries").findValuesAsText("status")).containsOnly("NO_WORD");
            // kept by the server: the link alone shows it again
            assertThat(track("track", link, "--format", "json").get("tracker")).isEqualTo(sent.get("tracker"));
            CliRun gone = CliRun.of("track", "http://127.0.0.1:" + app.port() + "/plans/no-such-token");
            assertThat(gone.exitCode()).isEqualTo(2);
            assertThat(gone.err()).contains("no such plan");
        } finally {
            app.stop();
            database.close();
        }
    }
}
