package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.Specialty;

/** The REST API over real HTTP on a random port, every error path included. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start("api");
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String request(String options) throws Exception {
        String profile = Files.readString(Path.of("examples/01-la-low-step2-us-md.json"));
        return "{\"profile\": " + profile + ", \"options\": " + options + "}";
    }

    private static JsonNode body(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void healthReadinessAndTheDescription() throws Exception {
        assertThat(http.get("/api/health").statusCode()).isEqualTo(200);
        JsonNode ready = body(http.get("/api/ready"));
        assertThat(ready.get("status").asText()).isEqualTo("ready");
        assertThat(ready.get("marketSeasons").asText()).isIn("preparing", "idle");
        assertThat(http.get("/openapi.yaml").body()).contains("openapi: 3.1.0", "/api/recommendations");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (var r : new HttpResponse<?>[] {
            http.get("/api/health"),
            http.get("/api/plans/nope"),
            http.get("/openapi.yaml"),
            http.get("/app.js"),
            http.get("/")
        }) {
            assertThat(r.headers().firstValue("Cache-Control"))
                    .as(r.uri().toString())
                    .contains("no-store");
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .get()
                    .asString()
                    .contains("frame-ancestors 'none'", "script-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        }
    }

    @Test
    void theRecommendationIsTheCommandLinesJson() throws Exception {
        var r = http.post("/api/recommendations", request("{\"applications\": 10}"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = body(r);
        assertThat(doc.at("/summary/applications").asInt()).isEqualTo(10);
        assertThat(doc.get("programs").get(0).has("factors")).isTrue();
        assertThat(doc.get("programs").get(0).get("miles").isNumber()).isTrue();
        assertThat(doc.get("programs").get(0).has("url")).isTrue();
        assertThat(doc.get("advice").size()).isPositive();
        assertThat(doc.at("/catalog/states").toString()).contains("CA");
        assertThat(doc.get("coverage").size()).isZero();
        assertThat(doc.at("/strategy/playbook").size()).isPositive();
    }

    @Test
    void aProfileOutsideTheCatalogGetsACoverageMessage() throws Exception {
        String profile = Files.readString(Path.of("examples/01-la-low-step2-us-md.json"))
                .replace("\"regions\": [\"Greater Los Angeles\"],", "")
                .replace("\"of\": \"Los Angeles, CA\"", "\"of\": \"Houston, TX\"");
        JsonNode doc = body(http.post("/api/recommendations", "{\"profile\": " + profile + "}"));
        assertThat(doc.get("coverage").get(0).asText()).contains("no programs in Texas");
    }

    @Test
    void scoresSpecialtiesRegionsAndPrograms() throws Exception {
        long internalMedicine = Fixtures.starterCatalog().programs().stream()
                .filter(p -> p.specialty() == Specialty.INTERNAL_MEDICINE)
                .count();
        assertThat(body(http.post("/api/scores", request("{}"))).get("programs").size())
                .isEqualTo((int) internalMedicine);
        assertThat(body(http.get("/api/specialties")).toString()).contains("INTERNAL_MEDICINE");
        JsonNode regions = body(http.get("/api/regions"));
        assertThat(regions.toString()).contains("Los Angeles: San Fernando Valley");
        for (JsonNode r : regions) {
            if (r.get("name").asText().equals("Portland area")
                    || r.get("name").asText().equals("Greater Los Angeles")) {
                assertThat(r.get("programs").asInt()).as(r.get("name").asText()).isPositive();
            }
        }
        JsonNode page = body(http.get("/api/catalog/programs?specialty=INTERNAL_MEDICINE&region=SFV&size=1"));
        assertThat(page.get("total").asInt()).isPositive();
        assertThat(page.toString()).contains("olive-view-ucla-im");
        assertThat(http.get("/api/catalog/programs?state=ZZ").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/catalog/programs?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void invalidInputGetsEveryFieldErrorAsProblemJson() throws Exception {
        var r = http.post(
                "/api/recommendations",
                "{\"profile\": {\"applicantType\": \"MD\", \"typo\": 1},"
                        + " \"options\": {\"objective\": \"prestige\", \"extra\": true}}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode doc = body(r);
        assertThat(doc.get("status").asInt()).isEqualTo(422);
        assertThat(doc.get("errors").toString())
                .contains("/profile/applicantType", "/profile/typo", "/options/objective", "/options/extra");
        assertThat(http.post("/api/recommendations", "not json").statusCode()).isEqualTo(400);
        assertThat(http.post("/api/recommendations", "{}").statusCode()).isEqualTo(422);
    }

    @Test
    void aMisspeltOptionIsNamedWithTheClosestKnownOneAsInAProfile() throws Exception {
        var r = http.post("/api/recommendations", request("{\"aplications\": 20, \"objective\": \"prestige\"}"));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(body(r).get("errors").toString())
                .contains(
                        "is not a known field (did you mean \\\"applications\\\"?)",
                        "must be one of match, utility, got \\\"prestige\\\"");
    }

    @Test
    void aBodyAboveTheLimitIsRefused() throws Exception {
        String big = "{\"profile\": {\"label\": \"" + "x".repeat(100_000) + "\"}}";
        var r = http.post("/api/recommendations", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void aPlanIsSavedReadUpdatedAndDeletedThroughItsToken() throws Exception {
        var created = http.post("/api/plans", request("{\"applications\": 5}"));
        assertThat(created.statusCode()).isEqualTo(201);
        String token = body(created).get("token").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(body(http.get("/api/plans/" + token))
                        .at("/result/summary/applications")
                        .asInt())
                .isEqualTo(5);
        var updated = http.put("/api/plans/" + token, request("{\"applications\": 7}"));
        assertThat(body(updated).at("/result/summary/applications").asInt()).isEqualTo(7);
        assertThat(http.delete("/api/plans/" + token).statusCode()).isEqualTo(204);
        var gone = http.get("/api/plans/" + token);
        var never = http.get("/api/plans/never-existed");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).isEqualTo(never.body());
        assertThat(http.delete("/api/plans/" + token).statusCode()).isEqualTo(404);
        assertThat(http.put("/api/plans/" + token, request("{}")).statusCode()).isEqualTo(404);
    }

    @Test
    void theOptionsHaveTheCommandLinesBoundsAndNamesEachOneBroken() throws Exception {
        var refused = http.post(
                "/api/recommendations", request("{\"applications\": 501, \"dollars\": 0, \"marginal\": 100}"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(body(refused).get("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/options/applications", "/options/dollars", "/options/marginal");
        assertThat(http.post("/api/recommendations", request("{\"marginal\": 0.25}"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUpdateWithABadProfileIsRefusedWithItsFieldErrorsAndLeavesThePlanAsItWas() throws Exception {
        String token = body(http.post("/api/plans", request("{\"applications\": 5}")))
                .get("token")
                .asText();
        var refused = http.put(
                "/api/plans/" + token, request("{\"applications\": -3}").replace("\"score\": 226", "\"score\": 400"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(body(refused).get("errors").findValuesAsText("pointer"))
                .contains("/profile/exams/step2ck/score", "/options/applications");
        assertThat(body(http.get("/api/plans/" + token))
                        .at("/result/summary/applications")
                        .asInt())
                .isEqualTo(5);
    }

    @Test
    void aRankListGetsItsOddsAtEachRankAndEveryBadEntryIsNamed() throws Exception {
        String profile = Files.readString(Path.of("examples/01-la-low-step2-us-md.json"));
        var r = http.post(
                "/api/match/odds",
                "{\"profile\": " + profile + ", \"rank\": [\"lac-usc-im\", \"ucla-im\", \"harbor-ucla-im\"]}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode odds = body(r);
        assertThat(odds.get("ranks")).hasSize(3);
        assertThat(odds.at("/ranks/2/matchedByHere").asDouble())
                .isEqualTo(odds.get("pMatch").asDouble(), Offset.offset(1e-12));
        assertThat(odds.get("warnings").toString()).contains("Short list");
        var bad = http.post(
                "/api/match/odds",
                "{\"profile\": " + profile.replace("\"score\": 226", "\"score\": 400")
                        + ", \"rank\": [\"ucla-im\", \"nowhere\", \"ucla-im\"]}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(body(bad).get("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/profile/exams/step2ck/score", "/rank/1", "/rank/2");
        assertThat(http.post(
                                "/api/match-odds",
                                "{\"profile\": " + profile + ", \"rank\": [\"lac-usc-im\","
                                        + " \"ucla-im\", \"harbor-ucla-im\"]}")
                        .body())
                .isEqualTo(r.body());
        var empty = http.post("/api/match/odds", "{\"profile\": " + profile + "}");
        assertThat(body(empty).get("errors").findValuesAsText("pointer")).containsExactly("/rank");
        var noPositions = http.post(
                "/api/match/odds", "{\"profile\": " + profile + ", \"rank\": [\"ucla-im\"]," + " \"market\": true}");
        assertThat(noPositions.statusCode()).isEqualTo(422);
        assertThat(body(noPositions).at("/errors/0/pointer").asText()).isEqualTo("/market");
        assertThat(body(noPositions).at("/errors/0/detail").asText()).contains("PGY-1 positions");
    }

    @Test
    void aCoupleGetsItsOddsAndEveryBadEntryIsNamed() throws Exception {
        String first = Files.readString(Path.of("examples/06-couple-partner-a.json"));
        String second = Files.readString(Path.of("examples/07-couple-partner-b.json"));
        String pairs = Files.readString(Path.of("examples/match/couple-rank-list.json"));
        String body = "{\"profile\": " + first + ", \"partner\": " + second + ", \"draws\": 4000, "
                + pairs.strip().substring(1);
        var r = http.post("/api/match/couple-odds", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode odds = body(r);
        assertThat(odds.get("bothMatch").asDouble())
                .isBetween(0.0, 1.0)
                .isLessThanOrEqualTo(odds.get("firstMatches").asDouble());
        assertThat(odds.get("bothMatchSameRegion").asDouble())
                .isLessThanOrEqualTo(odds.get("bothMatch").asDouble());
        assertThat(odds.get("pairs")).hasSize(7);
        assertThat(odds.at("/pairs/6/second").isNull()).isTrue();
        assertThat(odds.get("draws").asInt()).isEqualTo(4000);
        assertThat(odds.get("seed").asLong()).isEqualTo(2026);
        assertThat(body(http.post("/api/match/couple-odds", body)).toString()).isEqualTo(odds.toString());
        var bad = http.post(
                "/api/match/couple-odds",
                "{\"profile\": " + first + ", \"partner\": "
                        + second.replace("\"applicantType\": \"US_MD\"", "\"applicantType\": \"MD\"")
                        + ", \"draws\": 5, \"pairs\": [[\"ucla-im\", \"nowhere\"], [null, null]]}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(body(bad).get("errors").findValuesAsText("pointer"))
                .contains("/partner/applicantType", "/pairs/0/1", "/pairs/1", "/draws");
        String fifteen = String.join(", ", Collections.nCopies(15, "[\"1400512042\", null]"));
        var costly = http.post(
                "/api/match/couple-odds",
                "{\"profile\": " + first + ", \"partner\": " + second + ", \"draws\": 200000, \"pairs\": [" + fifteen
                        + "]}");
        assertThat(costly.statusCode())
                .as("15 pairs × 200,000 draws is above the bound")
                .isEqualTo(422);
        assertThat(costly.body()).contains("/draws", "pairs × draws must be at most 1,000,000", "66,666");
        assertThat(costly.headers().firstValue("Content-Type")).get().asString().contains("charset=utf-8");
        var missing = http.post("/api/match/couple-odds", "{\"profile\": " + first + "}");
        assertThat(body(missing).get("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/pairs", "/partner");
    }
}
