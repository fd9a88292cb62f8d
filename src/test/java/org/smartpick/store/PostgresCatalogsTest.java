package org.smartpick.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The store contract on a real PostgreSQL server (from a Maven artifact), a fresh schema per test. */
class PostgresCatalogsTest extends CatalogsContract {
    private static EmbeddedPostgres postgres;
    private static int counter;
    private Database database;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void open() throws Exception {
        String schema = "contract" + (++counter);
        try (var c = postgres.getPostgresDatabase().getConnection();
                var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        database = Database.open(
                postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema, "postgres", null);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    Database database() {
        return database;
    }
}
