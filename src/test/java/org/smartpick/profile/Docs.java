package org.smartpick.profile;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.smartpick.Fixtures;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.profile.Profile;

/** One-line helpers to build profile documents from the seed persona's example and read them. */
final class Docs {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final ProfileReader READER = new ProfileReader(Fixtures.geography(), 2026);

    private Docs() {}

    static ObjectNode persona() {
        return example("01-la-low-step2-us-md.json");
    }

    static ObjectNode example(String name) {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readString(Path.of("examples", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value at a JSON pointer, creating objects on the way; a value of null removes the field. */
    static ObjectNode with(ObjectNode doc, String pointer, Object value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = doc.at(at.head());
        String field = at.last().getMatchingProperty();
        if (parent.isMissingNode()) {
            with(doc, at.head().toString(), MAPPER.createObjectNode());
            parent = doc.at(at.head());
        }
        if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), MAPPER.valueToTree(value));
        } else if (value == null) {
            ((ObjectNode) parent).remove(field);
        } else {
            ((ObjectNode) parent).set(field, MAPPER.valueToTree(value));
        }
        return doc;
    }

    static List<FieldProblem> problems(JsonNode doc) {
        ProfileCheck check = READER.read(doc);
        return check instanceof ProfileCheck.Invalid invalid ? invalid.problems() : List.of();
    }

    static Profile valid(JsonNode doc) {
        ProfileCheck check = READER.read(doc);
        if (check instanceof ProfileCheck.Valid valid) {
            return valid.profile();
        }
        throw new AssertionError("expected a valid profile, got " + ((ProfileCheck.Invalid) check).problems());
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
