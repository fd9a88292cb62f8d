package org.smartpick.web;

import io.javalin.Javalin;
import org.smartpick.Fixtures;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;
import org.smartpick.store.Database;

/** The server as the API tests start it: the bundled model and season over an in-memory H2 store, on loopback. */
record TestServer(Database database, Javalin app, Http http) implements AutoCloseable {
    static TestServer start(String storeName) {
        Database database = Database.open("jdbc:h2:mem:" + storeName + ";DB_CLOSE_DELAY=-1", null, null);
        var season = ReferenceData.latest();
        Javalin app = WebApp.create(new Services(
                        Fixtures.geography(), season, new ChanceModel(ModelParameterFile.bundled(), season), database))
                .start("127.0.0.1", 0);
        return new TestServer(database, app, new Http(base(app)));
    }

    String base() {
        return base(app);
    }

    private static String base(Javalin app) {
        return "http://127.0.0.1:" + app.port();
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
