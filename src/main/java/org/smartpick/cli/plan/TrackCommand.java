package org.smartpick.cli.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.PlanningInputs;
import org.smartpick.cli.common.ProfileFiles;
import org.smartpick.cli.common.TableOrJsonOption;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.profile.Tracker;
import org.smartpick.profile.TrackerReader;
import org.smartpick.report.InterviewCalendar;
import org.smartpick.report.Planner;
import org.smartpick.report.PreparedCatalog;
import org.smartpick.report.TrackerReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick track}: the season tracker of a plan file or a saved plan's link. */
@Command(
        name = "track",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Records what you hear from each program of a plan and re-estimates your chance: the chance now"
                    + " beside the chance at the start, the programs worth adding now, and the draft rank list.",
            "PLAN is a plan link (http://host/plans/TOKEN: the tracker is kept by that server) or a plan file"
                    + " {\"profile\": {…}, \"options\"?: {…}, \"tracker\"?: {…}} (the tracker is written back"
                    + " into it)."
        })
public final class TrackCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "PLAN", description = "a plan link or a plan file")
    String plan;

    @CommandLine.Mixin
    TrackEdits edits;

    @CommandLine.Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "the day the chance is for (default: the" + " tracker's, else today)")
    LocalDate asOf;

    @CommandLine.Option(
            names = "--calendar",
            paramLabel = "FILE",
            description = "also write the interview dates" + " (the interviewed dates) to FILE as an iCalendar file")
    Path calendar;

    @CommandLine.Mixin
    TableOrJsonOption format;

    @CommandLine.Mixin
    PlanningInputs inputs;

    @Override
    public Integer call() throws IOException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var link = PlanLink.parse(plan);
        JsonNode answer = link.isPresent() ? viaLink(link.get(), today) : viaFile(Path.of(plan), today);
        var out = spec.commandLine().getOut();
        if (calendar != null) {
            Files.writeString(
                    calendar, link.isPresent() ? link.get().calendar() : calendar(answer), StandardCharsets.UTF_8);
        }
        if (format.json()) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(answer));
        } else {
            TrackView.print(out, answer.path("report"));
        }
        return 0;
    }

    private JsonNode viaLink(PlanLink link, LocalDate today) {
        JsonNode current = link.get();
        if (!edits.any() && asOf == null) {
            return current;
        }
        Tracker tracker = edited(read(current.path("tracker"), plan), today);
        return link.put(text(tracker.json()));
    }

    private JsonNode viaFile(Path file, LocalDate today) throws IOException {
        JsonNode doc = ProfileFiles.readJson(file);
        if (!doc.isObject() || !doc.has("profile")) {
            throw new BadInput(file + ": a plan file is {\"profile\": {…}, \"tracker\"?: {…}} (a bare profile has no"
                    + " place for a tracker)");
        }
        Profile profile = profile(file, doc.get("profile"));
        var catalog = inputs.catalog();
        var prepared = PreparedCatalog.of(inputs.geography(), catalog);
        Tracker tracker =
                doc.has("tracker") ? read(doc.get("tracker"), file + ": /tracker") : fromPlan(profile, prepared);
        Tracker before = tracker;
        tracker = edited(tracker, today);
        List<FieldProblem> problems =
                TrackerReport.problems(inputs.geography(), inputs.model(), profile, catalog, tracker, before);
        if (!problems.isEmpty()) {
            throw BadInput.listing(file + ": /tracker", problems);
        }
        TrackerReport report = TrackerReport.of(inputs.geography(), inputs.model(), profile, prepared, tracker, today);
        ObjectNode saved = ((ObjectNode) doc).set("tracker", new ObjectMapper().valueToTree(tracker.json()));
        Files.writeString(
                file,
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(saved) + "\n",
                StandardCharsets.UTF_8);
        ObjectNode answer = new ObjectMapper().createObjectNode();
        answer.set("tracker", saved.get("tracker"));
        answer.set("report", new ObjectMapper().valueToTree(report.json()));
        return answer;
    }

    private String calendar(JsonNode answer) {
        Tracker tracker = read(answer.path("tracker"), plan);
        var catalog = inputs.catalog();
        return InterviewCalendar.of(tracker, id -> catalog.byId(id).orElse(null), Instant.now());
    }

    private Tracker edited(Tracker tracker, LocalDate today) {
        Tracker t = edits.apply(tracker, today);
        return asOf != null ? new Tracker(asOf, t.entries()) : t;
    }

    private static Tracker read(JsonNode json, String where) {
        List<FieldProblem> problems = new ArrayList<>();
        Tracker t = new TrackerReader().read(json, problems);
        if (t == null) {
            throw BadInput.listing(where, problems);
        }
        return t;
    }

    private Profile profile(Path file, JsonNode json) {
        ProfileCheck check =
                new ProfileReader(inputs.geography(), inputs.facts().year()).read(json);
        if (check instanceof ProfileCheck.Invalid invalid) {
            throw BadInput.listing(file + ": /profile", invalid.problems());
        }
        return ((ProfileCheck.Valid) check).profile();
    }

    /** A first tracker: the programs the plan recommends, PLANNED, each with its signal. */
    private Tracker fromPlan(Profile profile, PreparedCatalog prepared) {
        var recommendation = new Planner(inputs.geography(), inputs.model())
                .plan(profile, prepared, RecommendationOptions.forProfile(profile), List.of())
                .recommendation();
        return new Tracker(
                null,
                recommendation.programs().stream()
                        .map(p -> Tracker.Entry.planned(p.program().id(), p.signal()))
                        .toList());
    }

    private static String text(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
