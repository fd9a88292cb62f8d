package org.smartpick.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.smartpick.engine.FieldProblem;

/**
 * One JSON object being read: typed access to its fields that records a {@link FieldProblem} (with the field's
 * JSON pointer) instead of failing, so that a whole document is read and every problem reported.
 */
final class JsonFields {
    private final JsonNode node;
    private final String pointer;
    private final List<FieldProblem> problems;
    private final Set<String> known = new LinkedHashSet<>();

    JsonFields(JsonNode node, String pointer, List<FieldProblem> problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    String pointer(String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    void problem(String field, String message) {
        problems.add(new FieldProblem(field == null ? pointer : pointer(field), message));
    }

    /** The field's node if present and not null; a required absent field is a problem. */
    Optional<JsonNode> field(String name, boolean required) {
        known.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(name, "is required");
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<JsonFields> object(String name, boolean required) {
        return field(name, required).flatMap(v -> {
            if (!v.isObject()) {
                problem(name, "must be an object");
                return Optional.empty();
            }
            return Optional.of(new JsonFields(v, pointer(name), problems));
        });
    }

    Integer integer(String name, boolean required, int min, int max) {
        return field(name, required)
                .map(v -> {
                    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                        problem(name, "must be a whole number between " + min + " and " + max);
                        return null;
                    }
                    if (v.intValue() < min || v.intValue() > max) {
                        problem(name, "must be between " + min + " and " + max + ", got " + v.intValue());
                        return null;
                    }
                    return v.intValue();
                })
                .orElse(null);
    }

    boolean bool(String name, boolean fallback) {
        return field(name, false)
                .map(v -> {
                    if (!v.isBoolean()) {
                        problem(name, "must be true or false");
                        return fallback;
                    }
                    return v.booleanValue();
                })
                .orElse(fallback);
    }

    String text(String name, boolean required, int maxLength) {
        return field(name, required)
                .map(v -> textValue(v, pointer(name), maxLength))
                .orElse(null);
    }

    <E extends Enum<E>> E enumValue(String name, boolean required, Class<E> type) {
        return field(name, required).map(v -> enumValue(v, pointer(name), type)).orElse(null);
    }

    /** A list field; each element is converted by the function, which returns null for a bad element. */
    <T> List<T> list(String name, int maxSize, Function<Element, T> convert) {
        return field(name, false)
                .map(v -> {
                    if (!v.isArray()) {
                        problem(name, "must be a list");
                        return List.<T>of();
                    }
                    if (v.size() > maxSize) {
                        problem(name, "must have at most " + maxSize + " entries, got " + v.size());
                    }
                    List<T> out = new ArrayList<>();
                    for (int i = 0; i < v.size(); i++) {
                        T value = convert.apply(new Element(v.get(i), pointer(name) + "/" + i));
                        if (value != null) {
                            out.add(value);
                        }
                    }
                    return out;
                })
                .orElse(List.of());
    }

    /** Reports every field not read so far as unknown, suggesting the closest known name. */
    void rejectUnknown() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(name, "is not a known field" + suggestion(name));
            }
        }
    }

    private String suggestion(String name) {
        return known.stream()
                .filter(k -> Spelling.distance(k, name) <= Math.max(2, k.length() / 4))
                .min(Comparator.comparingInt(k -> Spelling.distance(k, name)))
                .map(k -> " (did you mean \"" + k + "\"?)")
                .orElse("");
    }

    String textValue(JsonNode v, String at, int maxLength) {
        if (!v.isTextual() || v.textValue().isBlank()) {
            problems.add(new FieldProblem(at, "must be a non-empty text"));
            return null;
        }
        if (v.textValue().length() > maxLength) {
            problems.add(new FieldProblem(at, "must be at most " + maxLength + " characters"));
            return null;
        }
        return v.textValue().strip();
    }

    <E extends Enum<E>> E enumValue(JsonNode v, String at, Class<E> type) {
        String allowed = String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (v.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(v.textValue())) {
                    return constant;
                }
            }
        }
        problems.add(new FieldProblem(at, "must be one of " + allowed + ", got " + v));
        return null;
    }

    /** One element of a list being read, with its own pointer. */
    final class Element {
        final JsonNode value;
        final String at;

        Element(JsonNode value, String at) {
            this.value = value;
            this.at = at;
        }

        String text(int maxLength) {
            return textValue(value, at, maxLength);
        }

        <E extends Enum<E>> E enumValue(Class<E> type) {
            return JsonFields.this.enumValue(value, at, type);
        }

        void problem(String message) {
            problems.add(new FieldProblem(at, message));
        }
    }
}
