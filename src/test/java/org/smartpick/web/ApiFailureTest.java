package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;
import org.smartpick.store.Database;

/** The API when its database has gone away: not ready, and internal errors without any detail to the client. */
class ApiFailureTest {
    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start() {
        Database database = Database.open("jdbc:h2:mem:failure;DB_CLOSE_DELAY=-1", null, null);
        var season = ReferenceData.latest();
        app = WebApp.create(new Services(
                        Fixtures.geography(), season, new ChanceModel(ModelParameterFile.bundled(), season), database))
                .start("127.0.0.1", 0);
        database.close();
        http = new Http("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void healthStaysUpWhileReadinessSaysUnavailable() throws Exception {
        assertThat(http.get("/api/health").statusCode()).isEqualTo(200);
        var ready = http.get("/api/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("unavailable");
    }

    @Test
    void whatAnInternalErrorLogsHoldsNoTokenAndNoBoundValue() {
        // The shape of the database error behind a failed save: the statement's bound values in the messages.
        Exception cause = new SQLException(
                "Value too long for column RESULT: VALUES ('Tok3nSecret'," + " '{\"label\": \"ProfileTextSecret\"}')");
        Exception e = new IllegalStateException("arguments:{positional:{0:Tok3nSecret}}", cause);
        StringWriter logged = new StringWriter();
        WebApp.Scrubbed.of(e).printStackTrace(new PrintWriter(logged, true));
        assertThat(logged.toString())
                .contains(
                        "java.lang.IllegalStateException",
                        "java.sql.SQLException",
                        "at " + ApiFailureTest.class.getName())
                .doesNotContain("Tok3nSecret", "ProfileTextSecret", "VALUES");
        assertThat(WebApp.masked("/api/plans/Tok3nSecret")).isEqualTo("/api/plans/…");
    }

    @Test
    void anInternalErrorIsA500ProblemWithoutAStackTrace() throws Exception {
        var r = http.post("/api/recommendations", ApiTest.request("{}"));
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"status\":500").doesNotContain("Exception", "at org.", "jdbc", "H2", "SQL");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
