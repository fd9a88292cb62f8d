package org.smartpick.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
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

    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens (and migrates) the database at the URL. */
    public static Database open(String url, String user, String password) {
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
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    /** The embedded default: an H2 file database at {@code ~/.smartpick/smartpick.mv.db}. */
    public static String defaultUrl() {
        Path file = Path.of(System.getProperty("user.home"), ".smartpick", "smartpick");
        return "jdbc:h2:file:" + file.toAbsolutePath();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.close();
    }
}
