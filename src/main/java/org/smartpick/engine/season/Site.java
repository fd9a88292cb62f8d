package org.smartpick.engine.season;

import java.util.Optional;
import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.UsState;

/**
 * Where a program is.
 *
 * @param zip   the ZIP code, null when not known
 * @param point coordinates, null when the program could not be located
 */
public record Site(String city, UsState state, String zip, GeoPoint point) {
    public Site {
        Invariants.present("city", Invariants.text("city", city));
        Invariants.present("state", state);
    }

    public Optional<GeoPoint> location() {
        return Optional.ofNullable(point);
    }
}
