package org.smartpick.engine;

import java.util.Collection;
import java.util.List;

/**
 * Checks that records run in their constructors. A failure names the component and the rule, so that an
 * engine value can never hold an impossible figure even when it was built without the profile reader.
 */
public final class Invariants {
    private Invariants() {}

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    public static <T> List<T> list(String field, Collection<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(v -> v == null)) {
            throw new IllegalArgumentException(field + " must not contain empty entries");
        }
        return List.copyOf(values);
    }

    public static String text(String field, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value == null ? null : value.strip();
    }
}
