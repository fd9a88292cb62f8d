package org.smartpick.profile;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The one way a document sent by a user is parsed, by the command line and the API alike: one JSON value, no key
 * twice in an object (which copy would count?), nothing after the value. The messages say where and what.
 */
public final class StrictJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The text is not one strict JSON value; the message starts "is not valid JSON". */
    public static final class NotJson extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotJson(String message) {
            super(message);
        }
    }

    private StrictJson() {}

    /**
     * Parses the text.
     *
     * @throws NotJson with the line, column and rule broken
     */
    public static JsonNode parse(String text) {
        JsonNode doc;
        try {
            doc = MAPPER.readTree(text);
        } catch (MismatchedInputException e) {
            throw new NotJson("is not valid JSON" + at(e) + ": one JSON value with nothing after it");
        } catch (JsonParseException e) {
            String why = e.getOriginalMessage();
            throw new NotJson("is not valid JSON" + at(e) + ": "
                    + (why != null && why.startsWith("Duplicate field")
                            ? why.replaceFirst("^Duplicate field '(.*)'$", "a key appears twice: \"$1\"")
                            : why));
        } catch (JsonProcessingException e) {
            throw new NotJson("is not valid JSON" + at(e) + ": " + e.getOriginalMessage());
        }
        if (doc == null || doc.isMissingNode()) {
            throw new NotJson("is empty: a JSON document is needed");
        }
        return doc;
    }

    private static String at(JsonProcessingException e) {
        var where = e.getLocation();
        return where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }
}
