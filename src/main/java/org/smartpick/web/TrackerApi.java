package org.smartpick.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.Signal;
import org.smartpick.engine.profile.Profile;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.profile.StrictJson;
import org.smartpick.profile.Tracker;
import org.smartpick.profile.TrackerReader;
import org.smartpick.report.InterviewCalendar;
import org.smartpick.report.JsonDocuments;
import org.smartpick.report.TrackerReport;
import org.smartpick.store.SavedPlan;

/**
 * The season tracker of a saved plan (docs/api.md, "The season tracker"): {@code GET} answers the tracker — the
 * plan's programs as PLANNED until one is saved — with its report; {@code PUT} replaces it, every problem named.
 */
final class TrackerApi {
    private final Services services;

    TrackerApi(Services services) {
        this.services = services;
    }

    void get(Context ctx) {
        SavedPlan plan = plan(ctx);
        Api.json(ctx, 200, answer(plan, tracker(plan)));
    }

    /** The interview dates as an iCalendar file (RFC 5545). */
    void calendar(Context ctx) {
        SavedPlan plan = plan(ctx);
        var catalog = services.activeCatalog();
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"interviews.ics\"")
                .result(InterviewCalendar.of(
                        tracker(plan), id -> catalog.byId(id).orElse(null), Instant.now()));
    }

    private Tracker tracker(SavedPlan plan) {
        String saved = services.plans().tracker(plan.token()).orElseThrow(Problem::notFound);
        return saved.isEmpty() ? fromPlan(plan) : new TrackerReader().read(StrictJson.parse(saved), new ArrayList<>());
    }

    void put(Context ctx) {
        SavedPlan plan = plan(ctx);
        JsonNode body = RequestReader.parse(ctx.body());
        List<FieldProblem> problems = new ArrayList<>();
        Tracker tracker = new TrackerReader().read(body, problems);
        if (tracker != null) {
            problems.addAll(TrackerReport.problems(
                    services.geography(),
                    services.model(),
                    profile(plan),
                    services.activeCatalog(),
                    tracker,
                    tracker(plan)));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        // a status set without its dates (the page sends only the status) is dated the tracker's day
        tracker = tracker.dated(tracker.asOf() != null ? tracker.asOf() : LocalDate.now(ZoneOffset.UTC));
        Map<String, Object> answer = answer(plan, tracker);
        if (!services.plans().saveTracker(plan.token(), JsonDocuments.text(tracker.json()))) {
            throw Problem.notFound();
        }
        Api.json(ctx, 200, answer);
    }

    private SavedPlan plan(Context ctx) {
        return services.plans().find(ctx.pathParam("token")).orElseThrow(Problem::notFound);
    }

    private Map<String, Object> answer(SavedPlan plan, Tracker tracker) {
        Profile profile = profile(plan);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tracker", tracker.json());
        out.put(
                "report",
                TrackerReport.of(
                                services.geography(),
                                services.model(),
                                profile,
                                services.preparedCatalog(),
                                tracker,
                                LocalDate.now(ZoneOffset.UTC))
                        .json());
        return out;
    }

    private Profile profile(SavedPlan plan) {
        ProfileCheck check =
                new ProfileReader(services.geography(), services.season().year()).read(plan.profile());
        if (check instanceof ProfileCheck.Valid valid) {
            return valid.profile();
        }
        throw new IllegalStateException("a stored plan's profile no longer reads");
    }

    /** A first tracker: the plan's recommended programs, each PLANNED with the signal the plan gave it. */
    private Tracker fromPlan(SavedPlan plan) {
        JsonNode programs = StrictJson.parse(plan.result()).path("programs");
        List<Tracker.Entry> entries = new ArrayList<>();
        for (JsonNode p : programs) {
            String id = p.path("id").asText();
            if (services.activeCatalog().byId(id).isEmpty()) {
                continue; // the catalog changed since the plan was made
            }
            Signal signal = Signal.valueOf(p.path("signal").asText(Signal.NONE.name()));
            entries.add(Tracker.Entry.planned(id, signal));
        }
        return new Tracker(null, entries);
    }
}
