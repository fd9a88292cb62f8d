package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document lints clean (swagger-parser, OpenAPI 3.1), the profile schema it references is served,
 * and every route the document lists exists — while unknown routes and wrong methods answer problem+json.
 */
class OpenApiDocumentTest {
    private static TestServer server;
    private static Http http;
    private static String base;

    @BeforeAll
    static void start() {
        server = TestServer.start("openapi");
        http = server.http();
        base = server.base();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDocumentLintsCleanAndIsServedAsUtf8() throws Exception {
        HttpResponse<String> doc = http.get("/openapi.yaml");
        assertThat(doc.headers().firstValue("Content-Type")).get().asString().contains("charset=utf-8");
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIParser().readContents(doc.body(), null, options);
        assertThat(result.getMessages()).as("lint messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        result.getOpenAPI()
                .getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, op) -> assertThat(op.getResponses())
                                .as("%s %s", method, path)
                                .isNotEmpty()));
    }

    @Test
    void theReferencedProfileSchemaIsServed() throws Exception {
        HttpResponse<String> schema = http.get("/profile.schema.json");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("\"$schema\"", "applicantType");
        assertThat(http.get("/openapi.yaml").body()).contains("$ref: '/profile.schema.json'");
    }

    /** A request written by hand on a socket (the HTTP client refuses to send these), and the answer's head. */
    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.app().port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.setSoTimeout(10_000);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void jettysOwnErrorsAreProblemsWithTheSecurityHeaders() throws Exception {
        String huge = raw("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(40_000)
                + "\r\nConnection: close\r\n\r\n");
        String bad = raw("GET /api/he alth HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        for (String answer : new String[] {huge, bad}) {
            assertThat(answer)
                    .startsWith("HTTP/1.1 4")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .containsIgnoringCase("Content-Security-Policy:")
                    .contains("\"status\":4")
                    .doesNotContainIgnoringCase("<html");
        }
        assertThat(huge).startsWith("HTTP/1.1 431");
    }

    @Test
    void unknownRoutesAndWrongMethodsAnswerProblemJson() throws Exception {
        HttpResponse<String> missing = http.get("/api/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(missing.body()).contains("\"status\":404", "/api/nothing-here");
        HttpResponse<String> wrong = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/health"))
                                .DELETE()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(wrong.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        HttpResponse<String> plan = http.get("/api/plans/unknown-token");
        assertThat(plan.statusCode()).isEqualTo(404);
        assertThat(plan.body()).doesNotContain("No such resource");
    }
}
