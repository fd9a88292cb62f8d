package org.smartpick.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ModelParameters;
import org.smartpick.engine.chance.Parameter;
import org.smartpick.engine.chance.SignalEffect;

/**
 * Reads and writes the chance model's versioned parameter resource {@code model/parameters.json} (docs/model.md).
 * Writing keeps everything but the values, so a fit only replaces numbers.
 */
public final class ModelParameterFile {
    public static final String RESOURCE = "/model/parameters.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelParameterFile() {}

    public static ModelParameters bundled() {
        return read(bundledJson());
    }

    public static JsonNode bundledJson() {
        try (InputStream in = ModelParameterFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static ModelParameters read(JsonNode doc) {
        Map<Parameter, Figure> values = new EnumMap<>(Parameter.class);
        JsonNode valueNode = doc.get("values");
        for (Iterator<String> keys = valueNode.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            Parameter parameter = byKey(key);
            values.put(parameter, MAPPER.convertValue(valueNode.get(key), Figure.class));
        }
        Map<Specialty, SignalEffect> signals = new EnumMap<>(Specialty.class);
        doc.at("/signals/bySpecialty")
                .fields()
                .forEachRemaining(e -> signals.put(
                        Specialty.valueOf(e.getKey()), MAPPER.convertValue(e.getValue(), SignalEffect.class)));
        SignalEffect fallback = MAPPER.convertValue(doc.at("/signals/default"), SignalEffect.class);
        Set<Specialty> competitive = new HashSet<>();
        doc.get("competitiveSpecialties").forEach(s -> competitive.add(Specialty.valueOf(s.asText())));
        return new ModelParameters(doc.get("version").asText(), values, signals, fallback, competitive);
    }

    /** The document with the given values written over the ones it has, and the fit's date recorded. */
    public static String write(JsonNode original, ModelParameters parameters, String fitDate) {
        ObjectNode doc = original.deepCopy();
        ObjectNode values = (ObjectNode) doc.get("values");
        for (Parameter p : Parameter.values()) {
            values.set(p.key(), MAPPER.valueToTree(parameters.values().get(p)));
        }
        ((ObjectNode) doc.get("fit")).put("date", fitDate);
        try {
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parameter byKey(String key) {
        for (Parameter p : Parameter.values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown model parameter \"" + key + "\" in " + RESOURCE);
    }
}
