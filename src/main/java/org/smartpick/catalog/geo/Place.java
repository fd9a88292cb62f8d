package org.smartpick.catalog.geo;

import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.UsState;

/** A located place: a ZIP code area or a city, with its county (as GeoNames names it) and coordinates. */
public record Place(String name, String city, UsState state, String county, String zip, GeoPoint point) {
    public Place {
        if (name == null || city == null || state == null || point == null) {
            throw new IllegalArgumentException("a place needs a name, city, state and point");
        }
    }
}
