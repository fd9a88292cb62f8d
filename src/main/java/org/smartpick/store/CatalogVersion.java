package org.smartpick.store;

import java.time.Instant;

/** One imported catalog: its season, where it came from, how many programs, a hash of its content, its state. */
public record CatalogVersion(
        int id, int season, String sources, int programCount, String contentHash, Instant createdAt, boolean active) {
    /** How the version is named to users, on the command line and in the API alike: "version 3 (its sources)". */
    public String label() {
        return "version " + id + " (" + sources + ")";
    }
}
