package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.catalog.OperatorCsv;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;
import org.smartpick.store.Catalogs;
import org.smartpick.store.Database;

/** Rank-list odds against simulated competitors over HTTP, on a catalog that gives its programs' positions. */
class MarketOddsApiTest {
    private static Database database;
    private static Javalin app;
    private static Http http;
    private static String profile;

    @BeforeAll
    static void start() throws Exception {
        database = Database.open("jdbc:h2:mem:market-api;DB_CLOSE_DELAY=-1", null, null);
        var season = ReferenceData.latest();
        try (var in = Files.newBufferedReader(Path.of("src/test/resources/market-catalog.csv"))) {
            var programs = new OperatorCsv(Fixtures.geography().zips())
                    .read("market-catalog.csv", in)
                    .programs();
            new Catalogs(database, Fixtures.geography().zips()).save(season.year(), "test", programs, true);
        }
        app = WebApp.create(new Services(
                        Fixtures.geography(), season, new ChanceModel(ModelParameterFile.bundled(), season), database))
                .start("127.0.0.1", 0);
        http = new Http("http://127.0.0.1:" + app.port());
        profile = Files.readString(Path.of("examples/01-la-low-step2-us-md.json"));
    }

    @AfterAll
    static void stop() {
        app.stop();
        database.close();
    }

    /** The request answered once the background worker has made the market's seasons (503 with Retry-After before). */
    private static HttpResponse<String> whenReady(String body) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            var r = http.post("/api/match/odds", body);
            if (r.statusCode() != 503) {
                return r;
            }
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.headers().firstValue("Retry-After").map(Integer::parseInt))
                    .hasValueSatisfying(s -> assertThat(s).isPositive());
            Thread.sleep(100);
        }
        throw new AssertionError("the market's seasons were never made");
    }

    @Test
    void theOddsAgainstCompetitorsComeBesideTheModelsAndAreReproducible() throws Exception {
        String body = "{\"profile\": " + profile + ", \"rank\": [\"t0\", \"t3\", \"t6\"], \"market\": {\"seasons\": 2,"
                + " \"draws\": 3000}}";
        var r = whenReady(body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode doc = new ObjectMapper().readTree(r.body());
        assertThat(doc.get("pMatch").asDouble()).isBetween(0.0, 1.0);
        JsonNode market = doc.get("market");
        assertThat(market.get("seasons").asInt()).isEqualTo(2);
        assertThat(market.get("draws").asInt()).isEqualTo(3000);
        assertThat(market.get("ranks")).hasSize(3);
        assertThat(market.at("/ranks/0/inMarket").asBoolean()).isTrue();
        assertThat(http.post("/api/match/odds", body).body()).isEqualTo(r.body());
        var plain = new ObjectMapper()
                .readTree(http.post(
                                "/api/match/odds",
                                "{\"profile\": " + profile + ", \"rank\": [\"t0\"], \"market\": false}")
                        .body());
        assertThat(plain.has("market")).isFalse();
    }

    @Test
    void aFreshSeedOrFewerSeasonsReuseTheSeasonsMadeAndAnswerAtOnce() throws Exception {
        String made = "{\"profile\": " + profile + ", \"rank\": [\"t1\"], \"market\": {\"seasons\": 2}}";
        JsonNode first = new ObjectMapper().readTree(whenReady(made).body()).get("market");
        // the market's seasons are the catalog's: another seed only reseeds the applicant's draws
        var reseeded = http.post(
                "/api/match/odds",
                "{\"profile\": " + profile + ", \"rank\": [\"t1\"], \"market\":" + " {\"seasons\": 2, \"seed\": 99}}");
        assertThat(reseeded.statusCode()).as(reseeded.body()).isEqualTo(200);
        JsonNode again = new ObjectMapper().readTree(reseeded.body()).get("market");
        assertThat(again.get("competitors")).isEqualTo(first.get("competitors"));
        var fewer = http.post(
                "/api/match/odds",
                "{\"profile\": " + profile + ", \"rank\": [\"t1\"], \"market\":" + " {\"seasons\": 1}}");
        assertThat(fewer.statusCode()).as(fewer.body()).isEqualTo(200);
        assertThat(new ObjectMapper()
                        .readTree(fewer.body())
                        .at("/market/seasons")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void badMarketSettingsAreNamed() throws Exception {
        var bad = http.post(
                "/api/match/odds",
                "{\"profile\": " + profile + ", \"rank\": [\"t0\"], \"market\":" + " {\"seasons\": 99, \"draws\": 5}}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(new ObjectMapper().readTree(bad.body()).get("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/market/seasons", "/market/draws");
        var wrongType =
                http.post("/api/match/odds", "{\"profile\": " + profile + ", \"rank\": [\"t0\"], \"market\": 3}");
        assertThat(new ObjectMapper().readTree(wrongType.body()).get("errors").findValuesAsText("pointer"))
                .containsExactly("/market");
    }
}
