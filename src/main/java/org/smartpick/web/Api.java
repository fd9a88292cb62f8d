package org.smartpick.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.catalog.CatalogQuery;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.geo.Region;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Profile;
import org.smartpick.report.JsonDocuments;
import org.smartpick.report.Planner;
import org.smartpick.report.ProgramScores;
import org.smartpick.store.SavedPlan;

/** The REST handlers (src/main/resources/openapi.yaml). Each reads, delegates, and writes JSON. */
final class Api {
    private final Services services;

    Api(Services services) {
        this.services = services;
    }

    void health(Context ctx) {
        json(ctx, 200, JsonDocuments.fields("status", "up"));
    }

    /**
     * Ready when the database answers; 503 while it does not, so that a load balancer sends requests elsewhere.
     * {@code marketSeasons} says whether the background worker is still making market seasons ("preparing": at a
     * start, the national catalog's take a minute or two of one core) or not ("idle").
     */
    void ready(Context ctx) {
        try {
            services.database()
                    .jdbi()
                    .withHandle(
                            h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
        } catch (RuntimeException e) {
            json(ctx, 503, JsonDocuments.fields("status", "unavailable", "detail", "the database does not answer"));
            return;
        }
        json(
                ctx,
                200,
                JsonDocuments.fields(
                        "status", "ready", "marketSeasons", services.marketSeasonsBusy() ? "preparing" : "idle"));
    }

    void specialties(Context ctx) {
        json(
                ctx,
                200,
                Arrays.stream(Specialty.values())
                        .map(s -> JsonDocuments.fields(
                                "id",
                                s.name(),
                                "label",
                                s.label(),
                                "acgmeCode",
                                s.acgmeCode(),
                                "track",
                                s.track().name()))
                        .toList());
    }

    /** The named regions, each with the number of the active catalog's programs in it (the page lists those). */
    void regions(Context ctx) {
        var inputs = new ModelInputs(services.geography());
        Map<String, Integer> programs = new HashMap<>();
        services.activeCatalog()
                .programs()
                .forEach(p -> inputs.candidate(p).regions().forEach(r -> programs.merge(r, 1, Integer::sum)));
        json(
                ctx,
                200,
                services.geography().regions().all().stream()
                        .map(r -> {
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("name", r.name());
                            out.put("aliases", r.aliases());
                            out.put("description", r.description());
                            out.put("state", r.state().name());
                            out.put("programs", programs.getOrDefault(r.name(), 0));
                            return out;
                        })
                        .toList());
    }

    void programs(Context ctx) {
        Specialty specialty = ctx.queryParam("specialty") == null
                ? null
                : Specialty.parse(ctx.queryParam("specialty"))
                        .orElseThrow(() -> Problem.badRequest("specialty: unknown specialty"));
        UsState state = ctx.queryParam("state") == null
                ? null
                : UsState.fromCode(ctx.queryParam("state"))
                        .orElseThrow(() -> Problem.badRequest("state: not a two-letter US state code"));
        Region region = ctx.queryParam("region") == null
                ? null
                : services.geography()
                        .regions()
                        .find(ctx.queryParam("region"))
                        .orElseThrow(() -> Problem.badRequest("region: unknown region"));
        int page = intParam(ctx, "page", 0, 0, 100_000);
        int size = intParam(ctx, "size", 50, 1, 500);
        var all = new CatalogQuery(specialty, state, region, null, null)
                .run(services.activeCatalog(), services.geography());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", all.size());
        out.put("page", page);
        out.put("size", size);
        out.put("programs", all.stream().skip((long) page * size).limit(size).toList());
        json(ctx, 200, out);
    }

    void recommend(Context ctx) {
        RequestReader.Request request = RequestReader.read(services, ctx.body());
        json(ctx, 200, plan(request).json());
    }

    void score(Context ctx) {
        RequestReader.Request request = RequestReader.read(services, ctx.body());
        Profile profile = request.profile();
        json(
                ctx,
                200,
                ProgramScores.of(
                                services.model(),
                                new ModelInputs(services.geography()),
                                profile,
                                profile.specialty(),
                                services.activeCatalog().programs())
                        .json());
    }

    /** The odds of a rank list: body {@code {"profile": {…}, "rank": ["program id", …]}}; all field errors at once. */
    void createPlan(Context ctx) {
        RequestReader.Request request = RequestReader.read(services, ctx.body());
        SavedPlan plan = services.plans()
                .create(
                        request.profileJson().toString(),
                        request.optionsJson().toString(),
                        JsonDocuments.text(plan(request).json()));
        ctx.header("Location", "/api/plans/" + plan.token());
        json(ctx, 201, planJson(plan));
    }

    void getPlan(Context ctx) {
        json(ctx, 200, planJson(services.plans().find(ctx.pathParam("token")).orElseThrow(Problem::notFound)));
    }

    void updatePlan(Context ctx) {
        String token = ctx.pathParam("token");
        services.plans().find(token).orElseThrow(Problem::notFound);
        RequestReader.Request request = RequestReader.read(services, ctx.body());
        services.plans()
                .update(
                        token,
                        request.profileJson().toString(),
                        request.optionsJson().toString(),
                        JsonDocuments.text(plan(request).json()));
        json(ctx, 200, planJson(services.plans().find(token).orElseThrow(Problem::notFound)));
    }

    void deletePlan(Context ctx) {
        if (!services.plans().delete(ctx.pathParam("token"))) {
            throw Problem.notFound();
        }
        ctx.status(204);
    }

    private Planner.Result plan(RequestReader.Request request) {
        return new Planner(services.geography(), services.model(), services.planWorkers())
                .plan(request.profile(), services.preparedCatalog(), request.options(), List.of());
    }

    private static Map<String, Object> planJson(SavedPlan plan) {
        try {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("token", plan.token());
            out.put("link", "/plans/" + plan.token());
            out.put("profile", RequestReader.MAPPER.readTree(plan.profile()));
            out.put("options", RequestReader.MAPPER.readTree(plan.options()));
            out.put("result", RequestReader.MAPPER.readTree(plan.result()));
            out.put("createdAt", plan.createdAt().toString());
            out.put("updatedAt", plan.updatedAt().toString());
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("a stored plan is unreadable", e);
        }
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problem.badRequest(name + ": must be a whole number between " + min + " and " + max);
    }

    static void json(Context ctx, int status, Object value) {
        // the bytes straight away: a plan's document is ~130 kB, and a String of it, then its bytes, was a third of
        // a recommendation's allocation (docs/performance.md)
        ctx.status(status).contentType("application/json; charset=utf-8").result(JsonDocuments.bytes(value));
    }

    static ObjectNode object() {
        return RequestReader.MAPPER.createObjectNode();
    }
}
