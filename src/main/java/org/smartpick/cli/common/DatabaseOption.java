package org.smartpick.cli.common;

import org.smartpick.catalog.geo.ZipDirectory;
import org.smartpick.reference.ReferenceData;
import org.smartpick.store.Catalogs;
import org.smartpick.store.Database;
import picocli.CommandLine;

/**
 * The {@code --db} option: a JDBC URL, else the environment's SMARTPICK_DB_URL, else the system property
 * {@code smartpick.db.url}, else the embedded H2 file database in {@code $SMARTPICK_HOME} (default
 * {@code ~/.smartpick}), shared with a running server (H2's automatic mixed mode). An empty store gets the
 * bundled starter catalog as its first, active version.
 */
public final class DatabaseOption {
    @CommandLine.Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description =
                    "database URL (default: $SMARTPICK_DB_URL, else an H2 file in $SMARTPICK_HOME or ~/.smartpick,"
                            + " shared with a running server; PostgreSQL:"
                            + " jdbc:postgresql://host/db with SMARTPICK_DB_USER and SMARTPICK_DB_PASSWORD)")
    String url;

    String url() {
        if (url != null) {
            return url;
        }
        String fromEnv = System.getenv(Database.URL_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return System.getProperty("smartpick.db.url", Database.defaultUrl());
    }

    public Database open() {
        try {
            return Database.open(
                    url(), System.getenv(Database.USER_VARIABLE), System.getenv(Database.PASSWORD_VARIABLE));
        } catch (RuntimeException e) {
            throw new BadInput("--db: cannot open the database " + url() + ": " + rootMessage(e));
        }
    }

    /** The store, with the starter catalog saved into it when it has no version yet. */
    public static Catalogs catalogs(Database database, ZipDirectory zips) {
        Catalogs catalogs = new Catalogs(database, zips);
        catalogs.versionsSeeded(ReferenceData.LATEST_SEASON);
        return catalogs;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
