package org.smartpick.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How SmartPick writes a JSON document, on the command line ({@code --format json}) and in the API alike: compact,
 * UTF-8, fields in the order the use case put them. One writer, so that the two answer with the same bytes.
 */
public final class JsonDocuments {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonDocuments() {}

    /**
     * An object of a document, its fields in the order given ({@code "key", value, "key", value …}): Map.of would
     * iterate in an order that changes from one JVM to the next, and the same answer would differ in its bytes.
     */
    public static Map<String, Object> fields(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in key and value pairs");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            out.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return out;
    }

    /** The document's UTF-8 bytes (what the API sends). */
    public static byte[] bytes(Object document) {
        try {
            return MAPPER.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document could not be written as JSON", e);
        }
    }

    /** The same document as text (what a command prints, followed by a newline). */
    public static String text(Object document) {
        return new String(bytes(document), StandardCharsets.UTF_8);
    }
}
