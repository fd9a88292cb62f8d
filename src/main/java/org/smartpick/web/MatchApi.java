package org.smartpick.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.Profile;
import org.smartpick.engine.Program;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.report.CoupleOddsReport;
import org.smartpick.report.RankListReport;

/** The Match routes: a rank list's odds, and a couple's (docs/openapi.yaml). */
final class MatchApi {
    /** Seasons simulated for a couple when the request does not say; the most a request may ask for. */
    static final int DEFAULT_SEASONS = 20_000;
    static final int MAX_SEASONS = 200_000;
    static final long DEFAULT_SEED = 2026;

    private final Services services;

    MatchApi(Services services) {
        this.services = services;
    }

    void odds(Context ctx) {
        JsonNode body = RequestReader.parse(ctx.body());
        List<FieldProblem> problems = new ArrayList<>();
        var ranked = RankListReport.programs(body.get("rank"), "/rank", services.activeCatalog(), problems);
        RequestReader.Request request = RequestReader.read(services, body, problems);
        Api.json(ctx, 200, RankListReport.of(services.geography(), services.model(), request.profile(), ranked)
                .json());
    }

    /**
     * {@code {"profile", "partner", "pairs": [[id|null, id|null], …], "seasons"?, "seed"?}}: the couple's odds; every
     * problem of the profiles, the pairs and the numbers in one 422.
     */
    void coupleOdds(Context ctx) {
        JsonNode body = RequestReader.parse(ctx.body());
        List<FieldProblem> problems = new ArrayList<>();
        List<Program[]> pairs = CoupleOddsReport.pairs(body.get("pairs"), "/pairs", services.activeCatalog(),
                problems);
        Profile partner = partner(body.get("partner"), problems);
        int seasons = number(body, "seasons", DEFAULT_SEASONS, CoupleOddsReport.MIN_SEASONS, MAX_SEASONS, problems);
        long seed = number(body, "seed", (int) DEFAULT_SEED, 0, Integer.MAX_VALUE, problems);
        RequestReader.Request request = RequestReader.read(services, body, problems);
        Api.json(ctx, 200, CoupleOddsReport.of(services.geography(), services.model(), request.profile(), partner,
                pairs, seasons, seed).json());
    }

    private Profile partner(JsonNode json, List<FieldProblem> problems) {
        if (json == null || !json.isObject()) {
            problems.add(new FieldProblem("/partner", "is required: the partner's profile"));
            return null;
        }
        ProfileCheck check = new ProfileReader(services.geography(), services.season().year()).read(json);
        if (check instanceof ProfileCheck.Invalid invalid) {
            invalid.problems().forEach(p -> problems.add(new FieldProblem("/partner" + p.pointer(), p.message())));
            return null;
        }
        return ((ProfileCheck.Valid) check).profile();
    }

    private static int number(JsonNode body, String name, int fallback, int min, int max,
                              List<FieldProblem> problems) {
        Integer value = RequestReader.integer(body, "/", name, min, max, problems);
        return value == null ? fallback : value;
    }
}
