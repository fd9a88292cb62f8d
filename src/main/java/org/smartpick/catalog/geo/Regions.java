package org.smartpick.catalog.geo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.UsState;

/**
 * The named regions an applicant can prefer or have ties to, looked up by name or alias (any case). The bundled
 * file defines the Los Angeles regions of the seed article; operators add other metros in the same format
 * (docs/data.md).
 */
public final class Regions {
    private static final String RESOURCE = "/geo/regions.json";

    private final Map<String, Region> byName;
    private final Map<String, Region> byKey;
    /** Each region's included regions, resolved once: containment tests run for every program on every request. */
    private final Map<String, List<Region>> includes;
    /** Answers of regionsOf per place looked up (a ZIP area, or a program placed by its city). */
    private final Map<Place, List<String>> regionsByPlace = new ConcurrentHashMap<>();

    Regions(List<Region> regions) {
        Map<String, Region> names = new LinkedHashMap<>();
        Map<String, Region> keys = new LinkedHashMap<>();
        for (Region region : regions) {
            names.put(region.name(), region);
            putKey(keys, region.name(), region);
            region.aliases().forEach(alias -> putKey(keys, alias, region));
        }
        regions.forEach(r -> r.includes().forEach(included -> {
            if (!keys.containsKey(key(included))) {
                throw new IllegalArgumentException("region " + r.name() + " includes unknown region " + included);
            }
        }));
        this.byName = names;
        this.byKey = keys;
        this.includes = new HashMap<>();
        regions.forEach(r -> includes.put(
                r.name(), r.includes().stream().map(n -> keys.get(key(n))).toList()));
    }

    public static Regions bundled() {
        try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a region file (format in docs/data.md). */
    public static Regions read(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        RegionFile file = mapper.readValue(in, RegionFile.class);
        return new Regions(
                file.regions().stream().map(RegionFile.Entry::toRegion).toList());
    }

    /** The region with this name or alias, ignoring case. */
    public Optional<Region> find(String nameOrAlias) {
        return Optional.ofNullable(byKey.get(key(nameOrAlias)));
    }

    public List<Region> all() {
        return List.copyOf(byName.values());
    }

    /** Whether the place lies in the region or in any region it includes. */
    public boolean contains(Region region, Place place) {
        return contains(region, place, new HashSet<>());
    }

    /** The names of every region the place lies in, in file order. */
    public List<String> regionsOf(Place place) {
        return regionsByPlace.computeIfAbsent(
                place,
                p -> byName.values().stream()
                        .filter(r -> contains(r, p))
                        .map(Region::name)
                        .toList());
    }

    /** The regions that contain every place of the given one (its ZIPs, cities and counties), narrowest first. */
    public List<Region> widerThan(Region inner, ZipDirectory zips) {
        List<Place> places = new ArrayList<>();
        inner.zips().forEach(z -> zips.zip(z).ifPresent(places::add));
        inner.cities().forEach(c -> zips.city(c, inner.state()).ifPresent(places::add));
        inner.counties()
                .forEach(county -> places.add(new Place(county, "", inner.state(), county, null, new GeoPoint(0, 0))));
        inner.includes().forEach(name -> find(name).ifPresent(r -> places.addAll(representatives(r, zips))));
        List<Region> wider = new ArrayList<>();
        for (Region region : byName.values()) {
            if (region != inner && !places.isEmpty() && places.stream().allMatch(p -> contains(region, p))) {
                wider.add(region);
            }
        }
        return wider;
    }

    private List<Place> representatives(Region region, ZipDirectory zips) {
        List<Place> places = new ArrayList<>();
        region.counties()
                .forEach(county -> places.add(new Place(county, "", region.state(), county, null, new GeoPoint(0, 0))));
        region.cities().forEach(c -> zips.city(c, region.state()).ifPresent(places::add));
        region.zips().forEach(z -> zips.zip(z).ifPresent(places::add));
        return places;
    }

    private boolean contains(Region region, Place place, Set<String> visited) {
        if (!visited.add(region.name())) {
            return false;
        }
        return region.containsDirectly(place)
                || includes.get(region.name()).stream().anyMatch(inner -> contains(inner, place, visited));
    }

    private static void putKey(Map<String, Region> keys, String name, Region region) {
        Region previous = keys.putIfAbsent(key(name), region);
        if (previous != null && previous != region) {
            throw new IllegalArgumentException("region name or alias used twice: " + name);
        }
    }

    private static String key(String name) {
        return NameKey.of(name);
    }

    /** The JSON shape of a region file. */
    record RegionFile(List<Entry> regions) {
        record Entry(
                String name,
                List<String> aliases,
                String state,
                List<String> counties,
                List<String> cities,
                List<String> zips,
                List<String> includes,
                String description,
                Double demand,
                String demandSource) {
            Region toRegion() {
                UsState st = UsState.fromCode(state == null ? "" : state)
                        .orElseThrow(() -> new IllegalArgumentException("region " + name + ": unknown state " + state));
                return new Region(
                        name,
                        orEmpty(aliases),
                        st,
                        Set.copyOf(orEmpty(counties)),
                        Set.copyOf(orEmpty(cities)),
                        Set.copyOf(orEmpty(zips)),
                        orEmpty(includes),
                        description,
                        demand == null ? 0 : demand,
                        demandSource);
            }

            private static List<String> orEmpty(List<String> values) {
                return values == null ? List.of() : values;
            }
        }
    }
}
