package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.store.Database;

/**
 * The fault test of durable saves: the server runs as a child process, several clients save plans, the server is
 * killed with SIGKILL mid-stream, restarted on the same store, and every plan that was answered 201 must be there.
 */
class KillDuringSavesTest {
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void noAcknowledgedPlanIsLostOnTheDefaultH2Store() throws Exception {
        String url = Database.h2FileUrl(dir.resolve("smartpick"));
        for (int round = 1; round <= 3; round++) {
            assertThat(lostAfterKill(url, null)).as("round %d", round).isZero();
        }
    }

    @Test
    void noAcknowledgedPlanIsLostOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            assertThat(lostAfterKill(postgres.getJdbcUrl("postgres", "postgres"), "postgres"))
                    .isZero();
        }
    }

    /** One round: save from four clients for a second, kill -9, restart, and count the acknowledged plans missing. */
    private int lostAfterKill(String url, String user) throws Exception {
        ChildServer first = ChildServer.start(url, user, dir.resolve("server.log"));
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1200);
        String body = "{\"profile\": " + Files.readString(Path.of("examples/01-la-low-step2-us-md.json"))
                + ", \"options\": {\"applications\": 3}}";
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < until) {
                    save(first.base(), body).ifPresent(acknowledged::add);
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        first.kill();
        assertThat(acknowledged).as("plans saved before the kill").isNotEmpty();
        ChildServer second = ChildServer.start(url, user, dir.resolve("server.log"));
        try {
            int lost = 0;
            for (String token : acknowledged) {
                HttpResponse<String> r = CLIENT.send(
                        HttpRequest.newBuilder(URI.create(second.base() + "/api/plans/" + token))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                lost += r.statusCode() == 200 ? 0 : 1;
            }
            return lost;
        } finally {
            second.stop();
        }
    }

    private static Optional<String> save(String base, String body) {
        try {
            HttpResponse<String> r = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/plans"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = TOKEN.matcher(r.body());
            return r.statusCode() == 201 && m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException | InterruptedException e) {
            return Optional.empty(); // the kill came first: not acknowledged
        }
    }
}
