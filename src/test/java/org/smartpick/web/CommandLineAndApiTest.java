package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.cli.SmartPickCommand;

/**
 * The command line's {@code --format json} and the API answer a use case with the same bytes: the same document
 * from the same use case through the same writer (docs/api.md). Both on the bundled starter catalog, each from a new
 * store of its own.
 */
class CommandLineAndApiTest {
    private static final String PROFILE = "examples/01-la-low-step2-us-md.json";
    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start("cli-api");
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "recommend | /api/recommendations | {} | ''",
                "recommend | /api/recommendations | {\"applications\": 12} | --budget-applications 12",
                "recommend | /api/recommendations | {\"marginal\": 2} | --marginal 2",
                "score | /api/scores | {} | ''"
            })
    void theCommandLinesJsonIsTheApisAnswerByteForByte(String command, String route, String options, String flags)
            throws Exception {
        String body = "{\"profile\": " + Files.readString(Path.of(PROFILE)) + ", \"options\": " + options + "}";
        var answer = http.post(route, body);
        assertThat(answer.statusCode()).isEqualTo(200);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = concat(
                // a store of its own, seeded with the starter catalog as the server's is, not the shared default one
                new String[] {command, PROFILE, "--format", "json", "--db", "jdbc:h2:mem:cli-api-command-line"},
                flags == null || flags.isBlank() ? new String[0] : flags.trim().split(" "));
        int code = SmartPickCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo(answer.body() + System.lineSeparator());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
