package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;
import org.smartpick.store.Database;

/** Two instances behind one PostgreSQL agree: a plan saved through one is read, updated and deleted through the other. */
class TwoInstancesTest {
    @Test
    void aPlanSavedThroughOneInstanceLivesInTheOther() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (Database one = Database.open(url, "postgres", null);
                    Database two = Database.open(url, "postgres", null)) {
                Javalin a = start(one);
                Javalin b = start(two);
                try {
                    Http first = new Http("http://127.0.0.1:" + a.port());
                    Http second = new Http("http://127.0.0.1:" + b.port());
                    String token = new ObjectMapper()
                            .readTree(first.post("/api/plans", ApiTest.request("{\"applications\": 4}"))
                                    .body())
                            .get("token")
                            .asText();
                    assertThat(second.get("/api/plans/" + token).statusCode()).isEqualTo(200);
                    assertThat(second.put("/api/plans/" + token, ApiTest.request("{\"applications\": 6}"))
                                    .statusCode())
                            .isEqualTo(200);
                    assertThat(first.get("/api/plans/" + token).body()).contains("\"applications\":6");
                    assertThat(second.delete("/api/plans/" + token).statusCode())
                            .isEqualTo(204);
                    assertThat(first.get("/api/plans/" + token).statusCode()).isEqualTo(404);
                } finally {
                    a.stop();
                    b.stop();
                }
            }
        }
    }

    private static Javalin start(Database database) {
        var season = ReferenceData.latest();
        return WebApp.create(new Services(
                        Fixtures.geography(), season, new ChanceModel(ModelParameterFile.bundled(), season), database))
                .start("127.0.0.1", 0);
    }
}
