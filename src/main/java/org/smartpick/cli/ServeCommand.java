package org.smartpick.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.DatabaseOption;
import org.smartpick.cli.common.SeasonOption;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.web.Services;
import org.smartpick.web.WebApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick serve}: the web application and REST API on the configured database. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Starts the web page and its REST API (described at /openapi.yaml).",
            "The database is --db, else $SMARTPICK_DB_URL, else the H2 file in $SMARTPICK_HOME or ~/.smartpick,",
            "which commands in another terminal can use at the same time. Stops on Ctrl-C."
        })
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "${env:SMARTPICK_PORT:-8080}",
            description = "TCP port (default: $SMARTPICK_PORT, else 8080; 0 picks a free one)")
    int port;

    @CommandLine.Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "${env:SMARTPICK_HOST:-127.0.0.1}",
            description = "address to listen on (default: $SMARTPICK_HOST, else 127.0.0.1; 0.0.0.0 for all)")
    String host;

    @CommandLine.Mixin
    DatabaseOption database;

    @CommandLine.Mixin
    SeasonOption season;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new BadInput("--port: must be between 0 and 65535, got " + port);
        }
        var db = database.open();
        var facts = season.facts();
        var services =
                new Services(Geography.bundled(), facts, new ChanceModel(ModelParameterFile.bundled(), facts), db);
        // in the background, at low priority, so that the first asker of market odds does not wait; handed to the
        // worker before the server listens, so that /api/ready says "preparing" from its first answer
        services.prepareMarkets();
        var app = WebApp.create(services).start(host, port);
        spec.commandLine()
                .getOut()
                .println("SmartPick is listening on http://" + host + ":" + app.port()
                        + "/ (API: /api, description: /openapi.yaml)");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
