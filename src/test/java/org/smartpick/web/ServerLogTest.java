package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.store.Database;

/**
 * What a running server logs when its plan routes fail inside: the server runs as a child process with its
 * production logging, its plan table is taken away under it (so the database errors carry the statements' bound
 * values: tokens, profiles, results), every plan route is called, and the log is searched for those values.
 */
class ServerLogTest {
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** Text only the profile holds: if it is anywhere in the log, a profile reached it. */
    private static final String CANARY = "canary-profile-label-5e1d";

    @TempDir
    Path dir;

    @Test
    void afterInternalErrorsOnEveryPlanRouteTheLogHoldsNoTokenAndNoProfile() throws Exception {
        String url = Database.h2FileUrl(dir.resolve("smartpick"));
        ChildServer server = ChildServer.start(url, null, dir.resolve("server.log"));
        List<String> tokens = new ArrayList<>();
        try {
            String profile = Files.readString(Path.of("examples/01-la-low-step2-us-md.json"))
                    .replace("LA persona", CANARY);
            String body = "{\"profile\": " + profile + ", \"options\": {\"applications\": 5}}";
            HttpResponse<String> saved = send(server, "POST", "/api/plans", body);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
            Matcher m = TOKEN.matcher(saved.body());
            assertThat(m.find()).isTrue();
            tokens.add(m.group(1));
            takeThePlanTableAway(url);
            List<HttpResponse<String>> failed = List.of(
                    send(server, "POST", "/api/plans", body),
                    send(server, "GET", "/api/plans/" + tokens.get(0), null),
                    send(server, "PUT", "/api/plans/" + tokens.get(0), body),
                    send(server, "DELETE", "/api/plans/" + tokens.get(0), null));
            for (HttpResponse<String> r : failed) {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
                assertThat(r.body()).doesNotContain(tokens.get(0)).doesNotContain(CANARY);
            }
        } finally {
            server.stop();
        }
        String log = Files.readString(server.log(), StandardCharsets.UTF_8);
        // the errors were logged (with their classes), and every request once with its path masked
        assertThat(log)
                .contains(
                        "internal error on POST /api/plans",
                        "internal error on GET /api/plans/…",
                        "request method=DELETE path=/api/plans/… status=500");
        assertThat(log).doesNotContain(tokens.get(0)).doesNotContain(CANARY).doesNotContain("applicantType");
    }

    /** Renames the plan table through the H2 file's automatic server, as a failed migration or an operator might. */
    private static void takeThePlanTableAway(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "", "")) {
            c.createStatement().execute("ALTER TABLE plan RENAME TO plan_gone");
        }
    }

    private static HttpResponse<String> send(ChildServer server, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(server.base() + path)).header("Content-Type", "application/json");
        b = body == null
                ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
