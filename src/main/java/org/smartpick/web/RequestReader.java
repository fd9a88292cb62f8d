package org.smartpick.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.portfolio.Objective;
import org.smartpick.engine.profile.Budget;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.profile.JsonFields;
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

    /** The options' objectives as the command line's {@code --objective} names them. */
    private static final Map<String, Objective> OBJECTIVES =
            Map.of("match", Objective.MATCH, "utility", Objective.UTILITY);

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
        // absent (or not an object, a problem already): read as no options
        JsonFields options = new JsonFields(doc, "", problems)
                .object("options", false)
                .orElseGet(() -> new JsonFields(MAPPER.createObjectNode(), "/options", problems));
        Integer applications = options.integer("applications", false, 1, Budget.MAX_APPLICATIONS);
        Integer dollars = options.integer("dollars", false, 1, Budget.MAX_DOLLARS);
        Double marginal = options.number(
                "marginal", false, v -> v > 0 && v < 100, "must be a number of percentage points between 0 and 100");
        Objective objective = options.choice("objective", false, OBJECTIVES);
        options.rejectUnknown();
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        Profile profile = ((ProfileCheck.Valid) check).profile();
        RecommendationOptions base = RecommendationOptions.forProfile(profile)
                .withObjective(objective == null ? Objective.MATCH : objective);
        if (marginal != null) {
            base = base.withMarginalPoints(marginal);
        }
        if (applications != null || dollars != null) {
            base = base.withBudget(applications, dollars);
        }
        JsonNode optionsJson = doc.path("options").isObject() ? doc.get("options") : MAPPER.createObjectNode();
        return new Request(profile, base, doc.get("profile"), optionsJson);
    }
}
