package org.smartpick.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.portfolio.Objective;
import org.smartpick.engine.profile.Budget;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.profile.StrictJson;

/**
 * Reads a request body {@code {"profile": {…}, "options": {…}}}: the profile with the profile reader (its pointers
 * prefixed with /profile) and the options; every problem together, as one 422 problem.
 */
final class RequestReader {
    /** For documents the store wrote (saved plans); what users send is parsed by {@link StrictJson}. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    record Request(Profile profile, RecommendationOptions options, JsonNode profileJson, JsonNode optionsJson) {}

    /** The members of a {@code {"profile", "options"}} body. */
    static final Set<String> PROFILE_AND_OPTIONS = Set.of("profile", "options");

    static Request read(Services services, String body) {
        return read(services, parse(body), new ArrayList<>(), PROFILE_AND_OPTIONS);
    }

    /** The body as JSON; 400 when it is not. */
    static JsonNode parse(String body) {
        try {
            return StrictJson.parse(body);
        } catch (StrictJson.NotJson e) {
            throw Problem.badRequest("The body " + e.getMessage() + ".");
        }
    }

    /**
     * Reads the profile and options of a parsed body, adding their problems to the caller's (who may have checked
     * other members of the body); throws one 422 with all of them when there are any.
     */
    static Request read(Services services, JsonNode doc, List<FieldProblem> problems, Set<String> members) {
        if (!doc.isObject() || !doc.has("profile")) {
            problems.add(new FieldProblem("/profile", "is required: the applicant profile"));
            throw Problem.invalid(problems);
        }
        doc.fieldNames().forEachRemaining(name -> {
            if (!members.contains(name)) {
                problems.add(new FieldProblem(
                        "/" + name,
                        "is not a member of this request (its members: " + String.join(", ", new TreeSet<>(members))
                                + ")"));
            }
        });
        ProfileCheck check =
                new ProfileReader(services.geography(), services.season().year()).read(doc.get("profile"));
        if (check instanceof ProfileCheck.Invalid invalid) {
            invalid.problems().forEach(p -> problems.add(new FieldProblem("/profile" + p.pointer(), p.message())));
        }
        JsonNode options = doc.path("options");
        if (!options.isMissingNode() && !options.isObject()) {
            problems.add(new FieldProblem("/options", "must be an object such as {\"applications\": 40}"));
            options = MAPPER.missingNode();
        }
        Integer applications = integer(options, "/options/", "applications", 1, Budget.MAX_APPLICATIONS, problems);
        Integer dollars = integer(options, "/options/", "dollars", 1, Budget.MAX_DOLLARS, problems);
        Double marginal = marginal(options, problems);
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
            if (!List.of("applications", "dollars", "objective", "marginal").contains(name)) {
                problems.add(new FieldProblem("/options/" + name, "is not a known option"));
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        Profile profile = ((ProfileCheck.Valid) check).profile();
        RecommendationOptions base = RecommendationOptions.forProfile(profile).withObjective(objective);
        if (marginal != null) {
            base = base.withMarginalPoints(marginal);
        }
        if (applications != null || dollars != null) {
            base = base.withBudget(applications, dollars);
        }
        return new Request(
                profile, base, doc.get("profile"), options.isMissingNode() ? MAPPER.createObjectNode() : options);
    }

    /** As {@link #integer}, with a fallback when absent or wrong. */
    static int integerOr(
            JsonNode parent, String at, String name, int fallback, int min, int max, List<FieldProblem> problems) {
        Integer value = integer(parent, at, name, min, max, problems);
        return value == null ? fallback : value;
    }

    /** A whole number member of {@code parent} (pointer prefix {@code at}); null when absent or wrong. */
    /** The recommended number's threshold, in points of P(match) per application, as {@code recommend --marginal}. */
    private static Double marginal(JsonNode options, List<FieldProblem> problems) {
        JsonNode value = options.get("marginal");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !(value.asDouble() > 0 && value.asDouble() < 100)) {
            problems.add(
                    new FieldProblem("/options/marginal", "must be a number of percentage points between 0 and 100"));
            return null;
        }
        return value.asDouble();
    }

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
