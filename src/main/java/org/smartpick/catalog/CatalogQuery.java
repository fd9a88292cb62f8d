package org.smartpick.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.geo.Place;
import org.smartpick.catalog.geo.Region;
import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.Program;

/**
 * A filter over a catalog: by specialty, state, named region and distance from a place. Filters combine with AND;
 * a program without coordinates is never within a distance.
 */
public record CatalogQuery(Specialty specialty, UsState state, Region region, Double withinMiles, Place of) {
    public CatalogQuery {
        if ((withinMiles == null) != (of == null)) {
            throw new IllegalArgumentException("a distance filter needs both a number of miles and a place");
        }
        if (withinMiles != null && !(withinMiles > 0)) {
            throw new IllegalArgumentException("the distance must be positive");
        }
    }

    public static CatalogQuery all() {
        return new CatalogQuery(null, null, null, null, null);
    }

    public List<Program> run(ProgramCatalog catalog, Geography geography) {
        List<Predicate<Program>> tests = new ArrayList<>();
        if (specialty != null) {
            tests.add(p -> p.specialty() == specialty);
        }
        if (state != null) {
            tests.add(p -> p.state() == state);
        }
        if (region != null) {
            tests.add(p -> placeOf(p, geography)
                    .map(place -> geography.regions().contains(region, place))
                    .orElse(false));
        }
        if (withinMiles != null) {
            tests.add(p -> p.location()
                    .map(point -> point.milesTo(of.point()) <= withinMiles)
                    .orElse(false));
        }
        return catalog.programs().stream()
                .filter(p -> tests.stream().allMatch(t -> t.test(p)))
                .toList();
    }

    /** Where a program is, for region tests: its ZIP area when known, else its city. */
    public static Optional<Place> placeOf(Program program, Geography geography) {
        Optional<Place> byZip = Optional.ofNullable(program.site().zip()).flatMap(geography.zips()::zip);
        if (byZip.isPresent()) {
            return byZip;
        }
        return geography
                .zips()
                .city(program.site().city(), program.state())
                .map(city -> new Place(
                        program.name(),
                        city.city(),
                        program.state(),
                        city.county(),
                        null,
                        program.location().orElse(city.point())));
    }

    /** Distance in miles from the query's place, when both are located. */
    public Optional<Double> distance(Program program) {
        if (of == null) {
            return Optional.empty();
        }
        GeoPoint from = of.point();
        return program.location().map(p -> p.milesTo(from));
    }
}
