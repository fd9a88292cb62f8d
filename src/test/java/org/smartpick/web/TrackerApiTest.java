package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;
import org.smartpick.store.Database;

/** The season tracker of a saved plan over HTTP: seeded from the plan, updated by what is heard, kept, deleted. */
class TrackerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Database database;
    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start() {
        database = Database.open("jdbc:h2:mem:tracker-api;DB_CLOSE_DELAY=-1", null, null);
        app = server(database);
        http = new Http("http://127.0.0.1:" + app.port());
    }

    private static Javalin server(Database db) {
        var season = ReferenceData.latest();
        return WebApp.create(new Services(
                        Fixtures.geography(), season, new ChanceModel(ModelParameterFile.bundled(), season), db))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        database.close();
    }

    private static JsonNode body(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static JsonNode savedPlan() throws Exception {
        var r = http.post(
                "/api/plans",
                "{\"profile\": " + Files.readString(Path.of("examples/01-la-low-step2-us-md.json"))
                        + ", \"options\": {\"applications\": 12}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return body(r);
    }

    /** The plan's programs: three invitations, two rejections, the rest sent with no word, as of mid-October. */
    private static ObjectNode season(JsonNode tracker) {
        ObjectNode doc = JSON.createObjectNode().put("asOf", "2025-10-20");
        ArrayNode entries = doc.putArray("entries");
        int i = 0;
        for (JsonNode e : tracker.get("entries")) {
            ObjectNode entry = ((ObjectNode) e.deepCopy()).put("applied", "2025-09-24");
            String status = i < 3 ? "INVITED" : i < 5 ? "REJECTED" : "NO_WORD";
            entry.put("status", status);
            if (i < 3) {
                entry.put("invited", "2025-10-0" + (i + 1)).put("preference", 3 - i);
            }
            entries.add(entry);
            i++;
        }
        return doc;
    }

    @Test
    void aNewTrackerIsThePlanAndWhatIsHeardMovesTheChance() throws Exception {
        JsonNode plan = savedPlan();
        String path = "/api/plans/" + plan.get("token").asText() + "/tracker";
        JsonNode first = body(http.get(path));
        assertThat(first.at("/tracker/entries"))
                .hasSize(plan.at("/result/programs").size());
        assertThat(first.at("/tracker/entries/0/status").asText()).isEqualTo("PLANNED");
        assertThat(first.at("/report/pMatch").asDouble())
                .isCloseTo(plan.at("/result/summary/pMatch").asDouble(), within(1e-9));
        var put = http.put(path, season(first.get("tracker")).toString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode report = body(put).get("report");
        assertThat(report.get("invitations").asInt()).isEqualTo(3);
        assertThat(report.get("matchYear").asInt()).isEqualTo(2026);
        assertThat(report.has("note"))
                .as("2025-10-20 is in the bundled 2026 season")
                .isFalse();
        assertThat(report.get("rejections").asInt()).isEqualTo(2);
        assertThat(report.get("summary").asText()).contains("after 3 invitations and 2 rejections");
        assertThat(report.at("/rankList/ranks")).hasSize(3);
        assertThat(report.at("/rankList/ranks/0/id").asText())
                .isEqualTo(first.at("/tracker/entries/2/id").asText());
        assertThat(report.at("/applyMore/area").asText()).isNotBlank();
        assertThat(report.get("programs").findValues("interviewNow"))
                .hasSize(plan.at("/result/programs").size() - 5);
        var calendar = http.get(path + "/calendar.ics");
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR\r\n").doesNotContain("BEGIN:VEVENT");
        // kept: the same tracker comes back, from a new server on the same store too
        assertThat(body(http.get(path)).get("tracker")).isEqualTo(body(put).get("tracker"));
        Javalin restarted = server(database);
        try {
            var again = new Http("http://127.0.0.1:" + restarted.port()).get(path);
            assertThat(body(again).get("tracker")).isEqualTo(body(put).get("tracker"));
        } finally {
            restarted.stop();
        }
        assertThat(http.delete("/api/plans/" + plan.get("token").asText()).statusCode())
                .isEqualTo(204);
        assertThat(http.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void everyBadLineIsNamed() throws Exception {
        JsonNode plan = savedPlan();
        String path = "/api/plans/" + plan.get("token").asText() + "/tracker";
        String bad = "{\"asOf\": \"2025-13-01\", \"entries\": [{\"id\": \"nowhere\", \"status\": \"NO_WORD\"},"
                + " {\"id\": \"ucla-im\", \"status\": \"MAYBE\"}, {\"id\": \"harbor-ucla-im\", \"status\": \"INVITED\","
                + " \"applied\": \"2025-10-02\", \"invited\": \"2025-10-01\", \"colour\": 1},"
                + " {\"id\": \"harbor-ucla-im\", \"status\": \"NO_WORD\"}]}";
        var r = http.put(path, bad);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        List<String> pointers = new ArrayList<>();
        body(r).get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertThat(pointers)
                .contains("/asOf", "/entries/1/status", "/entries/2/invited", "/entries/2/colour", "/entries/3");
        // a status without its dates is dated the tracker's day
        JsonNode dated = body(http.put(
                        path,
                        "{\"asOf\": \"2025-11-03\", \"entries\": [{\"id\": \"ucla-im\","
                                + " \"status\": \"INTERVIEWED\"}]}"))
                .at("/tracker/entries/0");
        assertThat(List.of(
                        dated.get("applied").asText(),
                        dated.get("invited").asText(),
                        dated.get("interviewed").asText()))
                .containsOnly("2025-11-03");
        var unknown = http.put(
                path,
                "{\"entries\": [{\"id\": \"nowhere\", \"status\": \"NO_WORD\"},"
                        + " {\"id\": \"ucla-im\", \"status\": \"NO_WORD\", \"signal\": \"PLAIN\"}]}");
        assertThat(body(unknown).get("errors").findValuesAsText("pointer"))
                .containsExactly("/entries/0/id", "/entries/1/signal");
        assertThat(body(unknown).at("/errors/1/detail").asText()).contains("Internal Medicine offers only");
        assertThat(http.put("/api/plans/no-such-token/tracker", "{\"entries\": []}")
                        .statusCode())
                .isEqualTo(404);
    }
}
