package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;
import org.smartpick.store.Database;

/** What a body must be: JSON declared as such, UTF-8, one object, no repeated key, options an object. */
class RequestFormatTest {
    private static Database database;
    private static Javalin app;
    private static String base;
    private static String profile;

    @BeforeAll
    static void start() throws Exception {
        database = Database.open("jdbc:h2:mem:formats;DB_CLOSE_DELAY=-1", null, null);
        var season = ReferenceData.latest();
        app = WebApp.create(new Services(
                        Fixtures.geography(), season, new ChanceModel(ModelParameterFile.bundled(), season), database))
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        profile = Files.readString(Path.of("examples/01-la-low-step2-us-md.json"));
    }

    @AfterAll
    static void stop() {
        app.stop();
        database.close();
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        HttpRequest.Builder r =
                HttpRequest.newBuilder(URI.create(base + "/api/plans")).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyNotDeclaredJsonInUtf8Is415ProblemJson() throws Exception {
        String body = "{\"profile\": " + profile + "}";
        for (String type : new String[] {
            "text/plain",
            "application/x-www-form-urlencoded",
            null,
            "application/json; charset=latin-1",
            "application/json; charset=foo",
            "application/json; charset="
        }) {
            HttpResponse<String> r = post(type, body);
            assertThat(r.statusCode()).as(String.valueOf(type)).isEqualTo(415);
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        }
        assertThat(post("application/json; charset=UTF-8", body).statusCode()).isEqualTo(201);
    }

    @Test
    void repeatedKeysTrailingDataAndNonObjectOptionsAreRefusedByName() throws Exception {
        HttpResponse<String> twice = post("application/json", "{\"profile\": " + profile + ", \"profile\": {}}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("appears twice");
        assertThat(post("application/json", "{\"profile\": " + profile + "} []").statusCode())
                .isEqualTo(400);
        HttpResponse<String> unknown = post("application/json", "{\"profile\": " + profile + ", \"rank\": []}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body())
                .contains(
                        "\"pointer\":\"/rank\"",
                        "is not a member of this request (its members:" + " options, profile)");
        for (String options : new String[] {"5", "\"x\"", "[1]"}) {
            HttpResponse<String> r =
                    post("application/json", "{\"profile\": " + profile + ", \"options\": " + options + "}");
            assertThat(r.statusCode()).as(options).isEqualTo(422);
            assertThat(r.body()).contains("\"pointer\":\"/options\"", "must be an object");
        }
    }
}
