package org.smartpick.store;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Saved plans. A plan is found only by its token: 256 bits from a secure random source, so that a link cannot be
 * guessed; nothing else identifies it. Deleting is for good.
 */
public final class Plans {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database database;

    public Plans(Database database) {
        this.database = database;
    }

    public SavedPlan create(String profile, String options, String result) {
        String token = newToken();
        Timestamp now = Timestamp.from(Instant.now());
        database.jdbi()
                .useHandle(h -> h.createUpdate("INSERT INTO plan (token, profile, options, result, created_at,"
                                + " updated_at) VALUES (:t, :p, :o, :r, :now, :now)")
                        .bind("t", token)
                        .bind("p", profile)
                        .bind("o", options)
                        .bind("r", result)
                        .bind("now", now)
                        .execute());
        return find(token).orElseThrow();
    }

    public Optional<SavedPlan> find(String token) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM plan WHERE token = :t")
                        .bind("t", token)
                        .map((rs, ctx) -> new SavedPlan(
                                rs.getString("token"),
                                rs.getString("profile"),
                                rs.getString("options"),
                                rs.getString("result"),
                                rs.getTimestamp("created_at").toInstant(),
                                rs.getTimestamp("updated_at").toInstant()))
                        .findOne());
    }

    /** Replaces a plan's documents; false when there is no such plan. */
    public boolean update(String token, String profile, String options, String result) {
        return database.jdbi()
                        .withHandle(h -> h.createUpdate("UPDATE plan SET profile = :p, options = :o,"
                                        + " result = :r, updated_at = :now WHERE token = :t")
                                .bind("t", token)
                                .bind("p", profile)
                                .bind("o", options)
                                .bind("r", result)
                                .bind("now", Timestamp.from(Instant.now()))
                                .execute())
                == 1;
    }

    /** A plan's tracker (JSON text): empty when there is no such plan; an empty document when none was saved. */
    public Optional<String> tracker(String token) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT tracker FROM plan WHERE token = :t")
                        .bind("t", token)
                        .map((rs, ctx) -> {
                            String tracker = rs.getString("tracker");
                            return tracker == null ? "" : tracker;
                        })
                        .findOne());
    }

    /** Replaces a plan's tracker; false when there is no such plan. */
    public boolean saveTracker(String token, String tracker) {
        return database.jdbi()
                        .withHandle(h -> h.createUpdate(
                                        "UPDATE plan SET tracker = :k, updated_at = :now" + " WHERE token = :t")
                                .bind("t", token)
                                .bind("k", tracker)
                                .bind("now", Timestamp.from(Instant.now()))
                                .execute())
                == 1;
    }

    /** Deletes a plan for good, its tracker with it; false when there is no such plan. */
    public boolean delete(String token) {
        return database.jdbi()
                        .withHandle(h -> h.createUpdate("DELETE FROM plan WHERE token = :t")
                                .bind("t", token)
                                .execute())
                == 1;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
