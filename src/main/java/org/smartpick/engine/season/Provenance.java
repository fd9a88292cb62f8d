package org.smartpick.engine.season;

import org.smartpick.engine.Invariants;

/**
 * Where a catalog row's facts come from.
 *
 * @param source   the source, in words (a file, a web page)
 * @param verified whether the row was checked against its source
 * @param notes    caveats about the row, may be null
 */
public record Provenance(String source, boolean verified, String notes) {
    public Provenance {
        Invariants.present("source", Invariants.text("source", source));
    }
}
