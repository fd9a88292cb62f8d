package org.smartpick.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.calibration.SpecialtyEvidenceFit;
import org.smartpick.engine.chance.InterviewRateModel;
import org.smartpick.engine.chance.ProgramFeatures;
import org.smartpick.engine.chance.TypeRateModel;
import org.smartpick.engine.season.MatchedProfile;
import org.smartpick.engine.season.SpecialtyEvidence;

/**
 * Reads and writes model v2's fitted coefficients, {@code model/interview-model.json} (docs/model.md, "Model v2"):
 * numbers with their provenance, never the data they were fitted on.
 */
public final class InterviewModelFile {
    public static final String RESOURCE = "/model/interview-model.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static volatile InterviewRateModel bundled;

    private InterviewModelFile() {}

    /** The committed coefficients (read once: they are immutable). */
    public static InterviewRateModel bundled() {
        InterviewRateModel model = bundled;
        if (model == null) {
            try (InputStream in = InterviewModelFile.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                model = read(MAPPER.readTree(in));
                bundled = model;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
        return model;
    }

    public static InterviewRateModel read(JsonNode doc) {
        Map<ApplicantType, TypeRateModel> types = types(doc.get("types"));
        Map<ApplicantType, TypeRateModel> settingTypes = types(doc.get("settingOnly"));
        Map<Specialty, SpecialtyEvidence> evidence = new EnumMap<>(Specialty.class);
        doc.get("specialties").fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            Specialty specialty = Specialty.valueOf(e.getKey());
            evidence.put(
                    specialty,
                    new SpecialtyEvidence(
                            specialty,
                            s.get("programs").asInt(),
                            s.get("homeContrast").asDouble(),
                            s.get("homeVariance").asDouble(),
                            signals(s.get("signalGain")),
                            s.get("inStateShare").asDouble(),
                            byType(s.get("signalledShare")),
                            signals(s.get("tierShare")),
                            matched(s.get("matched")),
                            s.get("source").asText()));
        });
        return new InterviewRateModel(
                doc.get("version").asText(),
                types,
                settingTypes,
                evidence,
                doc.at("/priors/applicationsPerRate/value").asDouble());
    }

    /** The document of a fitted model, with the fit's date and what it was fitted on. */
    public static String write(InterviewRateModel model, String date, String data, int programs) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("version", model.version());
        doc.put(
                "description",
                "Model v2 of the interview stage: program-level coefficients by applicant type and"
                        + " specialty home-state and signal shifts (docs/model.md, Model v2). Fitted numbers only.");
        ObjectNode fit = doc.putObject("fit");
        fit.put("date", date);
        fit.put("command", "smartpick model fit --interview-rates DIR --db URL --write FILE");
        fit.put("data", data);
        fit.put("programs", programs);
        ObjectNode priors = doc.putObject("priors");
        prior(
                priors,
                "applicationsPerRate",
                model.applicationsPerRate(),
                "PRIOR: applications behind one group's"
                        + " rate at one program, for its sampling noise (the files give rates, not counts)");
        prior(
                priors,
                "inStateShare",
                SpecialtyEvidenceFit.IN_STATE_SHARE,
                "PRIOR: share of a US graduate's" + " applications in the home state (the calibration's one in four)");
        prior(
                priors,
                "selection",
                SpecialtyEvidenceFit.SELECTION,
                "PRIOR: share of the signalled-vs-not contrast" + " attributed to stronger applicants signalling");
        writeTypes(doc.putObject("types"), model.types());
        writeTypes(doc.putObject("settingOnly"), model.settingTypes());
        ObjectNode specialties = doc.putObject("specialties");
        new TreeMap<>(model.evidence()).forEach((s, e) -> {
            ObjectNode node = specialties.putObject(s.name());
            node.put("programs", e.programs());
            node.put("homeContrast", round(e.homeContrast()));
            node.put("homeVariance", round(e.homeVariance()));
            node.put("inStateShare", e.inStateShare());
            ObjectNode gains = node.putObject("signalGain");
            new TreeMap<>(e.signalGain()).forEach((tier, v) -> gains.put(tier.name(), round(v)));
            ObjectNode signalled = node.putObject("signalledShare");
            new TreeMap<>(e.signalledShare()).forEach((t, v) -> signalled.put(t.name(), round(v)));
            ObjectNode tiers = node.putObject("tierShare");
            new TreeMap<>(e.tierShare()).forEach((t, v) -> tiers.put(t.name(), round(v)));
            if (e.matched() != null) {
                ObjectNode matched = node.putObject("matched");
                matched.put("research", e.matched().research());
                matched.put("publications", e.matched().publications());
                matched.put("aoaShare", e.matched().aoaShare());
            }
            node.put("source", e.source());
        });
        try {
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<ApplicantType, TypeRateModel> types(JsonNode node) {
        Map<ApplicantType, TypeRateModel> types = new EnumMap<>(ApplicantType.class);
        node.fields().forEachRemaining(e -> {
            JsonNode t = e.getValue();
            double[] slopes = new double[ProgramFeatures.NAMES.size()];
            for (int k = 0; k < slopes.length; k++) {
                slopes[k] = t.at("/slopes/" + ProgramFeatures.NAMES.get(k)).asDouble();
            }
            Map<Specialty, Double> effects = new EnumMap<>(Specialty.class);
            t.get("specialties")
                    .fields()
                    .forEachRemaining(s -> effects.put(
                            Specialty.valueOf(s.getKey()), s.getValue().asDouble()));
            Map<Specialty, double[]> own = new EnumMap<>(Specialty.class);
            t.get("specialtySlopes").fields().forEachRemaining(s -> {
                double[] b = new double[TypeRateModel.BY_SPECIALTY.length];
                for (int i = 0; i < b.length; i++) {
                    b[i] = s.getValue()
                            .get(ProgramFeatures.NAMES.get(TypeRateModel.BY_SPECIALTY[i]))
                            .asDouble();
                }
                own.put(Specialty.valueOf(s.getKey()), b);
            });
            Map<Specialty, double[]> spread = new EnumMap<>(Specialty.class);
            t.get("spread").fields().forEachRemaining(s -> {
                double[] q = new double[s.getValue().size()];
                for (int i = 0; i < q.length; i++) {
                    q[i] = s.getValue().get(i).asDouble();
                }
                spread.put(Specialty.valueOf(s.getKey()), q);
            });
            ApplicantType type = ApplicantType.valueOf(e.getKey());
            types.put(
                    type,
                    new TypeRateModel(
                            type,
                            t.get("intercept").asDouble(),
                            effects,
                            slopes,
                            own,
                            t.get("residualVariance").asDouble(),
                            spread));
        });
        return types;
    }

    private static void writeTypes(ObjectNode types, Map<ApplicantType, TypeRateModel> models) {
        new TreeMap<>(models).forEach((type, t) -> {
            ObjectNode node = types.putObject(type.name());
            node.put("intercept", round(t.intercept()));
            node.put("residualVariance", round(t.residualVariance()));
            ObjectNode slopes = node.putObject("slopes");
            double[] b = t.slopes();
            for (int k = 0; k < b.length; k++) {
                slopes.put(ProgramFeatures.NAMES.get(k), round(b[k]));
            }
            ObjectNode effects = node.putObject("specialties");
            new TreeMap<>(t.specialtyEffects()).forEach((s, v) -> effects.put(s.name(), round(v)));
            ObjectNode spread = node.putObject("spread");
            new TreeMap<>(t.spread()).forEach((s, v) -> {
                var row = spread.putArray(s.name());
                for (double x : v) {
                    row.add(round(x));
                }
            });
            ObjectNode own = node.putObject("specialtySlopes");
            new TreeMap<>(t.specialtySlopes()).forEach((s, v) -> {
                ObjectNode row = own.putObject(s.name());
                for (int i = 0; i < v.length; i++) {
                    row.put(ProgramFeatures.NAMES.get(TypeRateModel.BY_SPECIALTY[i]), round(v[i]));
                }
            });
        });
    }

    private static MatchedProfile matched(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new MatchedProfile(
                number(node.get("research")), number(node.get("publications")), number(node.get("aoaShare")));
    }

    private static Double number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }

    private static Map<Signal, Double> signals(JsonNode node) {
        Map<Signal, Double> out = new EnumMap<>(Signal.class);
        node.fields()
                .forEachRemaining(
                        x -> out.put(Signal.valueOf(x.getKey()), x.getValue().asDouble()));
        return out;
    }

    private static Map<ApplicantType, Double> byType(JsonNode node) {
        Map<ApplicantType, Double> out = new EnumMap<>(ApplicantType.class);
        node.fields()
                .forEachRemaining(x ->
                        out.put(ApplicantType.valueOf(x.getKey()), x.getValue().asDouble()));
        return out;
    }

    private static void prior(ObjectNode priors, String key, double value, String source) {
        ObjectNode node = priors.putObject(key);
        node.put("value", value);
        node.put("source", source);
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
