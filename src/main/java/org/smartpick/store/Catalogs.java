package org.smartpick.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.smartpick.catalog.OperatorCsv;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.ZipDirectory;
import org.smartpick.engine.season.Program;

/**
 * The stored catalog versions. Saving a version is one transaction: a failure leaves the store as it was, and the
 * active version changes only by {@link #activate}.
 */
public final class Catalogs {
    /** The sources of the version a new store starts with. */
    public static final String STARTER_SOURCES = "bundled starter catalog";

    private final Database database;
    private final ZipDirectory zips;
    private final OperatorCsv format;

    public Catalogs(Database database, ZipDirectory zips) {
        this.database = database;
        this.zips = zips;
        this.format = new OperatorCsv(zips);
    }

    /** Saves a new version (inactive unless {@code activate}) and returns it. */
    public CatalogVersion save(int season, String sources, List<Program> programs, boolean activate) {
        List<String> rows = programs.stream().map(this::row).toList();
        String hash = hash(rows);
        return database.jdbi().inTransaction(h -> {
            int id = h.createUpdate("INSERT INTO catalog_version (season, sources, program_count, content_hash,"
                            + " created_at, active) VALUES (:season, :sources, :count, :hash, :at, FALSE)")
                    .bind("season", season)
                    .bind("sources", sources)
                    .bind("count", programs.size())
                    .bind("hash", hash)
                    .bind("at", Timestamp.from(Instant.now()))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Integer.class)
                    .one();
            insertPrograms(h, id, programs, rows);
            if (activate) {
                setActive(h, id);
            }
            return version(h, id).orElseThrow();
        });
    }

    public List<CatalogVersion> versions() {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM catalog_version ORDER BY id")
                        .map((rs, ctx) -> version(rs))
                        .list());
    }

    /**
     * The versions, after saving the bundled starter catalog as the first, active one when the store has none (a new
     * store answers with it; the command line and the server start the same way).
     */
    public List<CatalogVersion> versionsSeeded(int season) {
        List<CatalogVersion> versions = versions();
        if (!versions.isEmpty()) {
            return versions;
        }
        save(season, STARTER_SOURCES, ProgramCatalog.starter(zips).programs(), true);
        return versions();
    }

    public Optional<CatalogVersion> active() {
        return versions().stream().filter(CatalogVersion::active).findFirst();
    }

    /** Makes a version the active one; false when there is no such version. */
    public boolean activate(int id) {
        return database.jdbi().inTransaction(h -> {
            if (version(h, id).isEmpty()) {
                return false;
            }
            setActive(h, id);
            return true;
        });
    }

    /** The programs of a version, in their saved order. */
    public List<Program> programs(int versionId) {
        List<String> rows = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT csv_row FROM program WHERE version_id = :v ORDER BY position")
                        .bind("v", versionId)
                        .mapTo(String.class)
                        .list());
        String csv = String.join(",", OperatorCsv.COLUMNS) + "\n" + String.join("\n", rows) + "\n";
        try {
            var result = format.read("version " + versionId, new StringReader(csv));
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("stored version " + versionId + " is unreadable: "
                        + result.problems().get(0));
            }
            return result.programs();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insertPrograms(Handle h, int id, List<Program> programs, List<String> rows) {
        var batch = h.prepareBatch("INSERT INTO program (version_id, position, id, specialty, state, located, csv_row)"
                + " VALUES (:v, :position, :id, :specialty, :state, :located, :row)");
        for (int i = 0; i < programs.size(); i++) {
            Program p = programs.get(i);
            batch.bind("v", id)
                    .bind("position", i)
                    .bind("id", p.id())
                    .bind("specialty", p.specialty().name())
                    .bind("state", p.state().name())
                    .bind("located", p.point() != null)
                    .bind("row", rows.get(i))
                    .add();
        }
        if (!programs.isEmpty()) {
            batch.execute();
        }
    }

    private static void setActive(Handle h, int id) {
        h.createUpdate("UPDATE catalog_version SET active = (id = :id)")
                .bind("id", id)
                .execute();
    }

    private static Optional<CatalogVersion> version(Handle h, int id) {
        return h.createQuery("SELECT * FROM catalog_version WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> version(rs))
                .findOne();
    }

    private static CatalogVersion version(ResultSet rs) throws SQLException {
        return new CatalogVersion(
                rs.getInt("id"),
                rs.getInt("season"),
                rs.getString("sources"),
                rs.getInt("program_count"),
                rs.getString("content_hash"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("active"));
    }

    private String row(Program program) {
        try {
            StringWriter out = new StringWriter();
            format.write(List.of(program), out);
            String text = out.toString();
            return text.substring(text.indexOf('\n') + 1).stripTrailing();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(List<String> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            rows.forEach(r -> digest.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
