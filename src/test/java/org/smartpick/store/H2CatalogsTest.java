package org.smartpick.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The store contract on H2 (the embedded default), a fresh in-memory database per test. */
class H2CatalogsTest extends CatalogsContract {
    private static int counter;
    private Database database;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:catalogs" + (++counter) + ";DB_CLOSE_DELAY=-1", null, null);
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
