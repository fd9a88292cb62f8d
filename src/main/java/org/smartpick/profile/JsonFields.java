package org.smartpick.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import org.smartpick.engine.FieldProblem;

/**
 * One JSON object being read: typed access to its fields that records a {@link FieldProblem} (with the field's
 * JSON pointer) instead of failing, so that a whole document is read and every problem reported. Every reader of a
 * user's JSON uses it — the profile, the tracker, the API's request options and the command line's instance files —
 * so that a problem reads the same wherever it is found: its pointer, the rule, and for an unknown field the closest
 * known name.
 */
public final class JsonFields {
    private final JsonNode node;
    private final String pointer;
    private final List<FieldProblem> problems;
    private final Set<String> known = new LinkedHashSet<>();

    /** The object {@code node} at {@code pointer} ("" for the document), its problems added to {@code problems}. */
    public JsonFields(JsonNode node, String pointer, List<FieldProblem> problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    public String pointer(String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    public void problem(String field, String message) {
        problems.add(new FieldProblem(field == null ? pointer : pointer(field), message));
    }

    /**
     * The document's root object; a document that is not an object is one problem, and is read as an empty object
     * (its required fields then add theirs).
     */
    public static JsonFields root(JsonNode doc, List<FieldProblem> problems) {
        if (doc == null || !doc.isObject()) {
            problems.add(new FieldProblem("", "must be a JSON object"));
            return new JsonFields(JsonNodeFactory.instance.objectNode(), "", problems);
        }
        return new JsonFields(doc, "", problems);
    }

    /** The field's node if present and not null; a required absent field is a problem. */
    public Optional<JsonNode> field(String name, boolean required) {
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

    public Optional<JsonFields> object(String name, boolean required) {
        return field(name, required).flatMap(v -> {
            if (!v.isObject()) {
                problem(name, "must be an object");
                return Optional.empty();
            }
            return Optional.of(new JsonFields(v, pointer(name), problems));
        });
    }

    public Integer integer(String name, boolean required, int min, int max) {
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

    public boolean bool(String name, boolean fallback) {
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

    public String text(String name, boolean required, int maxLength) {
        return field(name, required)
                .map(v -> textValue(v, pointer(name), maxLength))
                .orElse(null);
    }

    public <E extends Enum<E>> E enumValue(String name, boolean required, Class<E> type) {
        return field(name, required).map(v -> enumValue(v, pointer(name), type)).orElse(null);
    }

    /** A list field; each element is converted by the function, which returns null for a bad element. */
    public <T> List<T> list(String name, int maxSize, Function<Element, T> convert) {
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

    /** As {@link #integer}, with a fallback when the field is absent or wrong. */
    public int integerOr(String name, int fallback, int min, int max) {
        Integer value = integer(name, false, min, max);
        return value == null ? fallback : value;
    }

    /** A number field that must satisfy {@code valid}; {@code rule} says how, as in "must be a probability in [0, 1]". */
    public Double number(String name, boolean required, DoublePredicate valid, String rule) {
        return field(name, required)
                .map(v -> numberValue(v, pointer(name), valid, rule))
                .orElse(null);
    }

    /** A text field that must be one of the choices' names (such as the lower-case "match" or "utility"). */
    public <T> T choice(String name, boolean required, Map<String, T> choices) {
        return field(name, required)
                .map(v -> {
                    T chosen = v.isTextual() ? choices.get(v.textValue()) : null;
                    if (chosen == null) {
                        problem(
                                name,
                                "must be one of " + String.join(", ", new TreeSet<>(choices.keySet())) + ", got " + v);
                    }
                    return chosen;
                })
                .orElse(null);
    }

    /**
     * Each member of a map-like object field (names the caller chooses, such as program ids), in the document's
     * order; a field that is not an object is a problem.
     */
    public List<Map.Entry<String, Element>> members(String name, boolean required) {
        return object(name, required).map(JsonFields::members).orElse(List.of());
    }

    private List<Map.Entry<String, Element>> members() {
        List<Map.Entry<String, Element>> out = new ArrayList<>();
        node.fields()
                .forEachRemaining(e -> out.add(Map.entry(e.getKey(), new Element(e.getValue(), pointer(e.getKey())))));
        known.addAll(out.stream().map(Map.Entry::getKey).toList());
        return out;
    }

    /** Reports every field not read so far as unknown, suggesting the closest known name. */
    public void rejectUnknown() {
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

    Double numberValue(JsonNode v, String at, DoublePredicate valid, String rule) {
        if (!v.isNumber() || !valid.test(v.doubleValue())) {
            problems.add(new FieldProblem(at, rule));
            return null;
        }
        return v.doubleValue();
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

    /** One element of a list (or member of a map) being read, with its own pointer. */
    public final class Element {
        final JsonNode value;
        final String at;

        Element(JsonNode value, String at) {
            this.value = value;
            this.at = at;
        }

        public String text(int maxLength) {
            return textValue(value, at, maxLength);
        }

        public <E extends Enum<E>> E enumValue(Class<E> type) {
            return JsonFields.this.enumValue(value, at, type);
        }

        public void problem(String message) {
            problems.add(new FieldProblem(at, message));
        }

        public Double number(DoublePredicate valid, String rule) {
            return numberValue(value, at, valid, rule);
        }

        /** The element's own elements when it is a list; null (and no problem: the caller says what it must be) otherwise. */
        public List<Element> elements() {
            if (!value.isArray()) {
                return null;
            }
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                out.add(new Element(value.get(i), at + "/" + i));
            }
            return out;
        }

        public boolean isNull() {
            return value.isNull();
        }

        /** The element as an object to read; null (and a problem) when it is not one. */
        public JsonFields fields() {
            if (!value.isObject()) {
                problem("must be an object");
                return null;
            }
            return new JsonFields(value, at, problems);
        }

        public JsonNode value() {
            return value;
        }
    }
}
