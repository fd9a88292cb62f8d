package org.smartpick.catalog.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.UsState;

/**
 * US ZIP codes and cities with coordinates, from the GeoNames postal-code table (CC-BY 4.0, see NOTICE) bundled as
 * {@code geo/us-zip.tsv.gz}. A city's point is the mean of its ZIP centroids; its county is the one most of its
 * ZIP codes lie in.
 */
public final class ZipDirectory {
    private static final String RESOURCE = "/geo/us-zip.tsv.gz";
    private static final Pattern ZIP = Pattern.compile("(\\d{5})(-\\d{4})?");

    private final Map<String, Place> byZip;
    private final Map<String, List<Place>> byCity;
    /** City points, computed on first use: program cities are looked up on every request. */
    private final Map<String, Place> cityPlaces = new ConcurrentHashMap<>();

    private ZipDirectory(Map<String, Place> byZip) {
        this.byZip = Map.copyOf(byZip);
        Map<String, List<Place>> cities = new HashMap<>();
        byZip.values()
                .forEach(p -> cities.computeIfAbsent(cityKey(p.city(), p.state()), k -> new ArrayList<>())
                        .add(p));
        this.byCity = Map.copyOf(cities);
    }

    /** Loads the bundled table. */
    public static ZipDirectory bundled() {
        try (InputStream in = ZipDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static ZipDirectory read(InputStream in) throws IOException {
        Map<String, Place> zips = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] f = line.split("\t", -1);
            Optional<UsState> state = UsState.fromCode(f[2]);
            if (f.length == 6 && state.isPresent()) {
                GeoPoint point = new GeoPoint(Double.parseDouble(f[4]), Double.parseDouble(f[5]));
                zips.put(f[0], new Place(f[0], f[1], state.get(), f[3], f[0], point));
            }
        }
        return new ZipDirectory(zips);
    }

    /** Whether the text is a ZIP code or ZIP+4 ("90012", "90012-3456"). */
    public static boolean looksLikeZip(String text) {
        return ZIP.matcher(text.trim()).matches();
    }

    /** The ZIP code area of a ZIP or ZIP+4 code. */
    public Optional<Place> zip(String code) {
        if (code.length() == 5) {
            return Optional.ofNullable(byZip.get(code)); // the common case, without a regular expression
        }
        var m = ZIP.matcher(code.trim());
        return m.matches() ? Optional.ofNullable(byZip.get(m.group(1))) : Optional.empty();
    }

    /** A city by its name and state, located at the mean of its ZIP centroids. */
    public Optional<Place> city(String city, UsState state) {
        String key = cityKey(city, state);
        List<Place> zips = byCity.get(key);
        if (zips == null) {
            return Optional.empty();
        }
        return Optional.of(cityPlaces.computeIfAbsent(key, k -> cityPlace(zips, state)));
    }

    private static Place cityPlace(List<Place> zips, UsState state) {
        double lat =
                zips.stream().mapToDouble(p -> p.point().latitude()).average().orElseThrow();
        double lon =
                zips.stream().mapToDouble(p -> p.point().longitude()).average().orElseThrow();
        String name = zips.get(0).city() + ", " + state.name();
        return new Place(
                name,
                zips.get(0).city(),
                state,
                mostCommonCounty(zips),
                null,
                new GeoPoint(fourDecimals(lat), fourDecimals(lon)));
    }

    /** The table's own precision (about 10 m), so that a written and re-read city point is the same point. */
    private static double fourDecimals(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    public int size() {
        return byZip.size();
    }

    private static String mostCommonCounty(List<Place> zips) {
        Map<String, Integer> counts = new HashMap<>();
        zips.forEach(p -> counts.merge(p.county(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    private static String cityKey(String city, UsState state) {
        return NameKey.of(city) + "|" + state.name();
    }
}
