package org.smartpick.catalog.geo;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartpick.engine.UsState;

/** Resolves the places people type — a ZIP, ZIP+4 or "City, ST" — and knows the named regions. */
public final class Geography {
    private static final Pattern CITY_STATE = Pattern.compile("\\s*(.+?)\\s*,\\s*([A-Za-z]{2})\\s*");

    private final ZipDirectory zips;
    private final Regions regions;

    public Geography(ZipDirectory zips, Regions regions) {
        this.zips = zips;
        this.regions = regions;
    }

    public static Geography bundled() {
        return new Geography(ZipDirectory.bundled(), Regions.bundled());
    }

    public ZipDirectory zips() {
        return zips;
    }

    public Regions regions() {
        return regions;
    }

    /** The place for "90012", "90012-3456" or "Los Angeles, CA"; empty when it is not a known place. */
    public Optional<Place> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (ZipDirectory.looksLikeZip(text)) {
            return zips.zip(text);
        }
        Matcher m = CITY_STATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return UsState.fromCode(m.group(2)).flatMap(state -> zips.city(m.group(1), state));
    }

    /** Why a text is not a place, for error messages. */
    public static String placeRule() {
        return "must be a US ZIP code (ZIP+4 accepted) or a city as \"City, ST\", e.g. \"Los Angeles, CA\"";
    }
}
