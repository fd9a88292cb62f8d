package org.smartpick.engine.profile;

import org.smartpick.engine.Invariants;

/**
 * "Within this many miles of a place": the place is a city ("Los Angeles, CA") or a ZIP code, resolved to
 * coordinates by the catalog's geography when the profile is read.
 */
public record Radius(int miles, String of) {
    /** From one coast to the other is about 2,800 miles; a larger radius means no limit and is an error. */
    public static final int MAX_MILES = 3000;

    public Radius {
        Invariants.range("miles", miles, 1, MAX_MILES);
        of = Invariants.present("of", Invariants.text("of", of));
    }
}
