package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;
import org.smartpick.store.Database;

/**
 * A fuzz test of every POST and PUT route: valid bodies mutated at random — values of the wrong type or out of
 * range, members removed, added or repeated, the text cut, bytes inserted — must never get a 5xx, every 4xx must be
 * problem+json, and no answer may name a Java class. Seeded (system property {@code fuzz.seed}), so a failure can be
 * replayed; the seed is in every assertion message.
 */
class MutatedBodiesTest {
    /** Bodies per route in the build; {@code -Dfuzz.perRoute=1700} for the 10,000-body run of docs/api.md. */
    private static final int BODIES_PER_ROUTE = Integer.getInteger("fuzz.perRoute", 400);

    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(java|javax|jakarta|org\\.smartpick|com\\.fasterxml"
            + "|org\\.eclipse|org\\.jdbi|org\\.h2)\\.[a-z]|[A-Z][A-Za-z]+(Exception|Error)\\b");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Javalin app;
    private static Http http;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        Database database = Database.open("jdbc:h2:mem:fuzz;DB_CLOSE_DELAY=-1", null, null);
        var season = ReferenceData.latest();
        app = WebApp.create(new Services(
                        Fixtures.geography(), season, new ChanceModel(ModelParameterFile.bundled(), season), database))
                .start("127.0.0.1", 0);
        http = new Http("http://127.0.0.1:" + app.port());
        var saved = http.post(
                "/api/plans",
                "{\"profile\": " + profile("01-la-low-step2-us-md.json") + ", \"options\": {\"applications\": 5}}");
        token = JSON.readTree(saved.body()).get("token").asText();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static String profile(String example) throws Exception {
        return Files.readString(Path.of("examples", example));
    }

    /** One route and a valid body for it. */
    private record Route(String method, String path, String body) {}

    private static List<Route> routes() throws Exception {
        String p = profile("01-la-low-step2-us-md.json");
        String partner = profile("07-couple-partner-b.json");
        return List.of(
                new Route(
                        "POST",
                        "/api/recommendations",
                        "{\"profile\": " + p + ", \"options\": {\"applications\":" + " 8, \"signals\": true}}"),
                new Route("POST", "/api/scores", "{\"profile\": " + p + "}"),
                new Route(
                        "POST",
                        "/api/match/odds",
                        "{\"profile\": " + p + ", \"rank\": [\"ucla-im\","
                                + " \"harbor-ucla-im\"], \"market\": false}"),
                new Route(
                        "POST",
                        "/api/match/couple-odds",
                        "{\"profile\": " + p + ", \"partner\": " + partner
                                + ", \"draws\": 500, \"seed\": 3, \"pairs\": [[\"ucla-im\", \"harbor-ucla-im\"],"
                                + " [\"ucla-im\", null]]}"),
                new Route("POST", "/api/plans", "{\"profile\": " + p + ", \"options\": {\"applications\": 6}}"),
                new Route(
                        "PUT",
                        "/api/plans/" + token,
                        "{\"profile\": " + p + ", \"options\":" + " {\"applications\": 7}}"));
    }

    @Test
    void noMutatedBodyGetsA5xxAndEvery4xxIsAProblem() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261202L);
        Random random = new Random(seed);
        int sent = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Route route : routes()) {
            JsonNode valid = JSON.readTree(route.body());
            for (int i = 0; i < BODIES_PER_ROUTE; i++) {
                String body = mutated(valid, random);
                HttpResponse<String> r =
                        "PUT".equals(route.method()) ? http.put(route.path(), body) : http.post(route.path(), body);
                sent++;
                statuses.merge(r.statusCode(), 1, Integer::sum);
                check(route, body, r).ifPresent(failures::add);
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(2_000);
        assertThat(failures).as("seed %d: the first failures", seed).isEmpty();
        // the mutations reach both the readers' refusals and the computations behind them
        assertThat(statuses).as("answers by status").containsKeys(200, 400, 422);
        assertThat(statuses.get(200) + statuses.getOrDefault(201, 0))
                .as("answers by status: %s", statuses)
                .isGreaterThan(sent / 20);
    }

    private static Optional<String> check(Route route, String body, HttpResponse<String> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        String what = route.method() + " " + route.path() + " → " + r.statusCode() + " " + r.body() + "\n  for "
                + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        if (r.statusCode() >= 500) {
            return Optional.of("5xx: " + what);
        }
        if (r.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
            return Optional.of("not problem+json: " + what);
        }
        if (JAVA_CLASS.matcher(r.body()).find()) {
            return Optional.of("names a Java class: " + what);
        }
        return Optional.empty();
    }

    /** The body mutated once or a few times, at the tree or the text level. */
    static String mutated(JsonNode valid, Random random) {
        JsonNode tree = valid.deepCopy();
        int times = 1 + random.nextInt(3);
        for (int t = 0; t < times; t++) {
            tree = mutateTree(tree, random);
        }
        String text = tree.toString();
        return random.nextInt(5) == 0 ? mutateText(text, random) : text;
    }

    private static JsonNode mutateTree(JsonNode tree, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set("unknown" + random.nextInt(100), oddValue(random));
                default -> object.set(name, oddValue(random));
            }
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            int i = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.set(i, oddValue(random));
            } else {
                array.remove(i);
            }
        }
        return tree;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    /** A value likely to break a reader: another type, an edge number, an odd string, a deep nest. */
    static JsonNode oddValue(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(-1);
            case 2 -> NODES.numberNode(0);
            case 3 -> NODES.numberNode(Long.MAX_VALUE);
            case 4 -> NODES.numberNode(1e308 * 10);
            case 5 -> NODES.numberNode(random.nextInt(1_000_000));
            case 6 -> NODES.numberNode(2.5);
            case 7 -> NODES.textNode("");
            case 8 -> NODES.textNode("=cmd|' /C calc'!A0 \u0000 \uD83D\uDE00 <script>");
            case 9 -> NODES.textNode("x".repeat(5_000));
            case 10 -> NODES.booleanNode(random.nextBoolean());
            case 11 -> NODES.arrayNode().add(1).add("a").addNull();
            case 12 -> NODES.objectNode().put("a", 1);
            default -> nested(random.nextInt(200) + 1);
        };
    }

    private static JsonNode nested(int depth) {
        JsonNode node = NODES.arrayNode();
        for (int i = 0; i < depth; i++) {
            node = NODES.arrayNode().add(node);
        }
        return node;
    }

    /** Text-level damage: cut, a byte inserted, a duplicated member, trailing data. */
    private static String mutateText(String text, Random random) {
        int at = random.nextInt(text.length());
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + "\"{[,:\\\u0001".charAt(random.nextInt(7)) + text.substring(at);
            case 2 -> "{\"profile\": 1, " + text.substring(1);
            default -> text + (random.nextBoolean() ? " {}" : "x");
        };
    }
}
