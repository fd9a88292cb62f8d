package org.smartpick.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.Objective;
import org.smartpick.engine.Profile;
import org.smartpick.engine.RecommendationOptions;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;

/**
 * Reads a request body {@code {"profile": {…}, "options": {…}}}: the profile with the profile reader (its pointers
 * prefixed with /profile) and the options; every problem together, as one 422 problem.
 */
final class RequestReader {
    /** Strict like the command line's profile reader: a repeated key or anything after the document is an error. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    record Request(Profile profile, RecommendationOptions options, JsonNode profileJson, JsonNode optionsJson) {
    }

    static Request read(Services services, String body) {
        return read(services, parse(body), new ArrayList<>());
    }

    /** The body as JSON; 400 when it is not. */
    static JsonNode parse(String body) {
        try {
            JsonNode doc = MAPPER.readTree(body);
            return doc == null ? MAPPER.missingNode() : doc;
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            String why = e.getOriginalMessage();
            throw Problem.badRequest("The body is not valid JSON" + (why != null && why.startsWith("Duplicate field")
                    ? ": " + why.replace("Duplicate field", "a key appears twice:") : "") + ".");
        } catch (Exception e) {
            throw Problem.badRequest("The body is not valid JSON (one JSON object, nothing after it).");
        }
    }

    /**
     * Reads the profile and options of a parsed body, adding their problems to the caller's (who may have checked
     * other members of the body); throws one 422 with all of them when there are any.
     */
    static Request read(Services services, JsonNode doc, List<FieldProblem> problems) {
        if (!doc.isObject() || !doc.has("profile")) {
            problems.add(new FieldProblem("/profile", "is required: the applicant profile"));
            throw Problem.invalid(problems);
        }
        ProfileCheck check = new ProfileReader(services.geography(), services.season().year()).read(doc.get("profile"));
        if (check instanceof ProfileCheck.Invalid invalid) {
            invalid.problems().forEach(p -> problems.add(new FieldProblem("/profile" + p.pointer(), p.message())));
        }
        JsonNode options = doc.path("options");
        if (!options.isMissingNode() && !options.isObject()) {
            problems.add(new FieldProblem("/options", "must be an object such as {\"applications\": 40}"));
            options = MAPPER.missingNode();
        }
        Integer applications = integer(options, "/options/", "applications", 1, 500, problems);
        Integer dollars = integer(options, "/options/", "dollars", 1, 50_000, problems);
        Objective objective = Objective.MATCH;
        if (options.has("objective")) {
            String text = options.get("objective").asText("");
            if (text.equals("match") || text.equals("utility")) {
                objective = text.equals("match") ? Objective.MATCH : Objective.UTILITY;
            } else {
                problems.add(new FieldProblem("/options/objective", "must be match or utility"));
            }
        }
        for (var it = options.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!List.of("applications", "dollars", "objective").contains(name)) {
                problems.add(new FieldProblem("/options/" + name, "is not a known option"));
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        Profile profile = ((ProfileCheck.Valid) check).profile();
        RecommendationOptions base = RecommendationOptions.forProfile(profile).withObjective(objective);
        if (applications != null || dollars != null) {
            base = base.withBudget(applications, dollars);
        }
        return new Request(profile, base, doc.get("profile"), options.isMissingNode() ? MAPPER.createObjectNode()
                : options);
    }

    /** As {@link #integer}, with a fallback when absent or wrong. */
    static int integerOr(JsonNode parent, String at, String name, int fallback, int min, int max,
                         List<FieldProblem> problems) {
        Integer value = integer(parent, at, name, min, max, problems);
        return value == null ? fallback : value;
    }

    /** A whole number member of {@code parent} (pointer prefix {@code at}); null when absent or wrong. */
    static Integer integer(JsonNode parent, String at, String name, int min, int max, List<FieldProblem> problems) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            problems.add(new FieldProblem(at + name, "must be a whole number between " + min + " and " + max));
            return null;
        }
        return value.asInt();
    }
}
