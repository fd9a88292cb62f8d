package org.smartpick.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Program;
import org.smartpick.match.MarketCutoffs;
import org.smartpick.profile.JsonFields;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.report.CoupleOddsReport;
import org.smartpick.report.MarketOddsReport;
import org.smartpick.report.RankListReport;

/** The Match routes: a rank list's odds, and a couple's (described in src/main/resources/openapi.yaml). */
final class MatchApi {
    /** Seasons simulated for a couple (or draws over the market) when the request does not say. */
    static final int DEFAULT_SEASONS = 20_000;
    /** Market seasons when the request does not say (what the server prepares at start). */
    static final int DEFAULT_MARKET_SEASONS = 3;

    static final long DEFAULT_SEED = 2026;

    private final Services services;

    MatchApi(Services services) {
        this.services = services;
    }

    /** {@code {"profile", "rank", "market"?: true | {"seasons"?, "draws"?, "seed"?}}}. */
    void odds(Context ctx) {
        JsonNode body = RequestReader.parse(ctx.body());
        List<FieldProblem> problems = new ArrayList<>();
        var ranked = RankListReport.programs(JsonFields.root(body, problems), services.activeCatalog());
        JsonNode market = body.path("market");
        boolean wanted = market.isObject() || market.asBoolean(false);
        if (!market.isMissingNode() && !market.isObject() && !market.isBoolean()) {
            problems.add(new FieldProblem("/market", "must be true, false or {\"seasons\", \"draws\", \"seed\"}"));
        }
        JsonFields settings = new JsonFields(
                market.isObject() ? market : RequestReader.MAPPER.createObjectNode(), "/market", problems);
        int seasons = settings.integerOr("seasons", DEFAULT_MARKET_SEASONS, 1, MarketOddsReport.Settings.MAX_SEASONS);
        int draws = settings.integerOr(
                "draws", DEFAULT_SEASONS, MarketOddsReport.Settings.MIN_DRAWS, MarketOddsReport.Settings.MAX_DRAWS);
        int seed = settings.integerOr("seed", (int) DEFAULT_SEED, 0, Integer.MAX_VALUE);
        settings.rejectUnknown();
        RequestReader.Request request =
                RequestReader.read(services, body, problems, Set.of("profile", "rank", "market"));
        Map<String, Object> out =
                new LinkedHashMap<>(RankListReport.of(services.geography(), services.model(), request.profile(), ranked)
                        .json());
        if (wanted) {
            out.put(
                    "market",
                    marketOdds(request.profile(), ranked, seasons, draws, seed).json());
        }
        Api.json(ctx, 200, out);
    }

    /** The odds against the market's seasons, once the background worker has made them (503 until then). */
    private MarketOddsReport marketOdds(Profile profile, List<Program> ranked, int seasons, int draws, long seed) {
        MarketSeasons.Answer answer;
        try {
            answer = services.market(MarketOddsReport.specialties(ranked), seasons);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(List.of(new FieldProblem("/market", e.getMessage())));
        }
        if (answer instanceof MarketSeasons.Pending pending) {
            throw Problem.unavailable(
                    "The market's seasons are being simulated (once per catalog version and"
                            + " specialties); send the same request again in " + pending.retryAfterSeconds() + " s.",
                    pending.retryAfterSeconds());
        }
        MarketCutoffs cutoffs = ((MarketSeasons.Ready) answer).cutoffs();
        return MarketOddsReport.of(services.geography(), services.model(), profile, ranked, cutoffs, draws, seed);
    }

    /**
     * {@code {"profile", "partner", "pairs": [[id|null, id|null], …], "draws"?, "seed"?}}: the couple's odds; every
     * problem of the profiles, the pairs and the numbers in one 422.
     */
    void coupleOdds(Context ctx) {
        JsonNode body = RequestReader.parse(ctx.body());
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields numbers = JsonFields.root(body, problems);
        List<Program[]> pairs = CoupleOddsReport.pairs(numbers, services.activeCatalog());
        Profile partner = partner(body.get("partner"), problems);
        int draws = numbers.integerOr("draws", DEFAULT_SEASONS, CoupleOddsReport.MIN_DRAWS, CoupleOddsReport.MAX_DRAWS);
        long seed = numbers.integerOr("seed", (int) DEFAULT_SEED, 0, Integer.MAX_VALUE);
        CoupleOddsReport.costProblem(pairs.size(), draws).ifPresent(p -> problems.add(new FieldProblem("/draws", p)));
        RequestReader.Request request =
                RequestReader.read(services, body, problems, Set.of("profile", "partner", "pairs", "draws", "seed"));
        CoupleOddsReport report;
        try (DisconnectWatch watch = DisconnectWatch.of(ctx)) {
            report = CoupleOddsReport.of(
                    services.geography(),
                    services.model(),
                    request.profile(),
                    partner,
                    pairs,
                    draws,
                    seed,
                    watch::gone);
        }
        Api.json(ctx, 200, report.json());
    }

    private Profile partner(JsonNode json, List<FieldProblem> problems) {
        if (json == null || !json.isObject()) {
            problems.add(new FieldProblem("/partner", "is required: the partner's profile"));
            return null;
        }
        ProfileCheck check =
                new ProfileReader(services.geography(), services.season().year()).read(json);
        if (check instanceof ProfileCheck.Invalid invalid) {
            invalid.problems().forEach(p -> problems.add(new FieldProblem("/partner" + p.pointer(), p.message())));
            return null;
        }
        return ((ProfileCheck.Valid) check).profile();
    }
}
