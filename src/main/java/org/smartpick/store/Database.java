package org.smartpick.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The database: a HikariCP pool on a JDBC URL, migrated by Flyway on open, used through Jdbi. H2 in file mode is
 * the embedded default; PostgreSQL is selected by its URL.
 */
public final class Database implements AutoCloseable {
    /** Environment variables that configure the database when no option does. */
    public static final String URL_VARIABLE = "SMARTPICK_DB_URL";

    public static final String USER_VARIABLE = "SMARTPICK_DB_USER";
    public static final String PASSWORD_VARIABLE = "SMARTPICK_DB_PASSWORD";
    /** Where the embedded default keeps its file (default {@code ~/.smartpick}). */
    public static final String HOME_VARIABLE = "SMARTPICK_HOME";

    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens (and migrates) the database at the URL. */
    public static Database open(String url, String user, String password) {
        h2Directory(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(4);
        config.setPoolName("smartpick");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            if (!upToDate(pool)) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    /**
     * The directory of an H2 file store, made if missing: H2 itself, failing to, prints its own trace of sixty lines
     * to stderr before its exception.
     *
     * @throws IllegalArgumentException naming the directory when it cannot be made
     */
    static Path h2Directory(String url) {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return null;
        }
        String file = url.substring(prefix.length()).split(";", 2)[0];
        // H2 reads a leading ~ as the user's home, as a shell does
        if (file.equals("~") || file.startsWith("~/")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            return Files.createDirectories(parent);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot create the directory " + parent + " for the H2 database file"
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The newest migration, {@code db/migration/V4__…sql} ({@code DatabaseTest} checks it is the newest). */
    static final int LATEST_MIGRATION = 4;

    /**
     * Whether the schema already has every migration: Flyway's scan of the jar costs about a third of a second,
     * which every command would pay for nothing once the store exists.
     */
    private static boolean upToDate(DataSource pool) {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select max(cast(\"version\" as int)) from" + " \"flyway_schema_history\" where \"success\"")) {
            return rs.next() && rs.getInt(1) >= LATEST_MIGRATION;
        } catch (SQLException e) {
            return false; // no history table yet: a new store
        }
    }

    /**
     * The embedded default: an H2 file database {@code smartpick.mv.db} in {@link #home()}, in H2's automatic mixed
     * mode — the first process to open it serves it to the others, so {@code serve} and the command line can use
     * the same file at once (H2 "Automatic Mixed Mode"; the lock file names the serving process).
     */
    public static String defaultUrl() {
        return h2FileUrl(home().resolve("smartpick"));
    }

    /** {@code $SMARTPICK_HOME}, else the system property {@code smartpick.home}, else {@code ~/.smartpick}. */
    public static Path home() {
        String env = System.getenv(HOME_VARIABLE);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String property = System.getProperty("smartpick.home");
        return property != null && !property.isBlank()
                ? Path.of(property)
                : Path.of(System.getProperty("user.home"), ".smartpick");
    }

    /**
     * The shared (automatic mixed mode) H2 URL of a database file, given without its {@code .mv.db} suffix, with no
     * write delay: H2 otherwise writes a commit up to half a second later, and a plan answered 201 was lost when the
     * process was killed in between (KillDuringSavesTest; docs/decisions.md).
     */
    public static String h2FileUrl(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.close();
    }
}
