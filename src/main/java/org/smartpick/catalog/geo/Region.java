package org.smartpick.catalog.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartpick.engine.UsState;

/**
 * A named region such as "Los Angeles: San Fernando Valley": the union of whole counties, cities and ZIP codes of
 * one state, and of other regions it includes, with the demand of its residency market (a documented prior, 0
 * when none). Its members are data ({@code geo/regions.json}), not code.
 */
public record Region(
        String name,
        List<String> aliases,
        UsState state,
        Set<String> counties,
        Set<String> cities,
        Set<String> zips,
        List<String> includes,
        String description,
        double demand,
        String demandSource) {
    public Region {
        if (name == null || name.isBlank() || state == null) {
            throw new IllegalArgumentException("a region needs a name and a state");
        }
        aliases = List.copyOf(aliases);
        counties = lowerCase(counties);
        cities = lowerCase(cities);
        zips = Set.copyOf(zips);
        includes = List.copyOf(includes);
        if (demand != 0 && (demandSource == null || demandSource.isBlank())) {
            throw new IllegalArgumentException("region " + name + ": a demand needs its source");
        }
    }

    /** Whether the place lies in this region by its own members (included regions are resolved by {@link Regions}). */
    boolean containsDirectly(Place place) {
        if (place.state() != state) {
            return false;
        }
        return (place.zip() != null && zips.contains(place.zip()))
                || cities.contains(place.city().toLowerCase(Locale.ROOT))
                || (place.county() != null && counties.contains(place.county().toLowerCase(Locale.ROOT)));
    }

    private static Set<String> lowerCase(Set<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
