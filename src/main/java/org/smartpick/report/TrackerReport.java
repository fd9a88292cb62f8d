package org.smartpick.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ApplicantChances;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.recommend.SearchArea;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.tracker.InvitationTiming;
import org.smartpick.engine.tracker.LateAdditions;
import org.smartpick.engine.tracker.SeasonOutlook;
import org.smartpick.engine.tracker.SeasonUpdate;
import org.smartpick.engine.tracker.TrackedApplication;
import org.smartpick.match.RankListOdds;
import org.smartpick.profile.Tracker;

/**
 * The season tracker's answer for a plan (docs/api.md, "The season tracker"): what has been heard, read as evidence
 * about the applicant's strength; the chance now beside the chance at the start; the pending programs; the best
 * programs to add now, priced; the invitations that can be declined; and the draft rank list with its odds.
 */
public record TrackerReport(
        LocalDate asOf,
        int matchYear,
        int referenceYear,
        boolean planOnly,
        SeasonOutlook outlook,
        List<Line> lines,
        List<String> notInCatalog,
        List<LateAdditions.Step> additions,
        String additionsArea,
        List<LateAdditions.Declinable> declinable,
        RankListOdds.Result rankList) {
    /** Most programs offered to add now. */
    public static final int ADDITIONS = 20;
    /** An invitation can be declined "with little loss" when P(match) is at least this and falls by less than… */
    public static final double DECLINE_FROM = 0.90;

    public static final double DECLINE_LOSS = 0.005;

    /** A tracked program with its chance at the start of the season. */
    public record Line(Tracker.Entry entry, ProgramChance chance) {}

    /**
     * What the catalog and the season say is wrong with a tracker, as field problems: programs the catalog does not
     * know, and signals a program's specialty does not offer. A program of {@code before} (the tracker as saved)
     * that a newer catalog no longer has is not a problem: it stays, left out of the report and named there.
     */
    public static List<FieldProblem> problems(
            Geography geography,
            ChanceModel model,
            Profile profile,
            ProgramCatalog catalog,
            Tracker tracker,
            Tracker before) {
        Applicant applicant = new ModelInputs(geography).applicant(profile);
        Map<Specialty, List<Signal>> offeredBy = new EnumMap<>(Specialty.class);
        List<FieldProblem> out = new ArrayList<>();
        for (int i = 0; i < tracker.entries().size(); i++) {
            Tracker.Entry e = tracker.entries().get(i);
            var program = catalog.byId(e.id());
            if (program.isEmpty()) {
                if (before.entry(e.id()).isEmpty()) {
                    out.add(new FieldProblem(
                            "/entries/" + i + "/id", "no program \"" + e.id() + "\" in the active catalog"));
                }
                continue;
            }
            Specialty specialty = program.get().specialty();
            List<Signal> offered = offeredBy.computeIfAbsent(
                    specialty, s -> model.forApplicant(applicant, s).signals());
            if (e.signal() != Signal.NONE && !offered.contains(e.signal())) {
                out.add(new FieldProblem(
                        "/entries/" + i + "/signal",
                        specialty.label() + " offers " + (offered.isEmpty() ? "no signals" : "only " + offered)
                                + ", got " + e.signal()));
            }
        }
        return out;
    }

    public static TrackerReport of(
            Geography geography,
            ChanceModel model,
            Profile profile,
            PreparedCatalog prepared,
            Tracker tracker,
            LocalDate today) {
        LocalDate asOf = tracker.asOf() != null ? tracker.asOf() : today;
        Applicant applicant = new ModelInputs(geography).applicant(profile);
        Map<Specialty, ApplicantChances> chances = new EnumMap<>(Specialty.class);
        List<String> notInCatalog = new ArrayList<>();
        List<Line> lines = lines(
                tracker,
                prepared,
                id -> notInCatalog.add(id),
                s -> chances.computeIfAbsent(s, k -> model.forApplicant(applicant, k)));
        List<Candidate> candidates = prepared.candidates();
        // the season the tracker's day falls in (a tracker kept in the autumn of 2026 is the 2027 Match's season)
        InvitationTiming timing = InvitationTiming.seasonOf(asOf);
        // nothing sent yet: the plan itself, as if sent today with nothing heard
        boolean planOnly = lines.stream().allMatch(l -> l.entry().status() == Tracker.Status.PLANNED);
        List<TrackedApplication> applied = new ArrayList<>();
        lines.stream()
                .filter(l -> planOnly || l.entry().status() != Tracker.Status.PLANNED)
                .forEach(l -> applied.add(
                        planOnly
                                ? TrackedApplication.sent(l.chance(), l.entry().signal())
                                : evidence(l, timing, asOf)));
        SeasonUpdate update = new SeasonUpdate(model.latent(), model.latentSd());
        SeasonOutlook outlook = update.outlook(applied);
        LateAdditions late = new LateAdditions(update, model.latentSd());
        Additions pool = additionsPool(applicant, profile, candidates, lines, chances, model);
        // ERAS fees are counted per specialty: the additions follow the applications sent in the plan's specialty
        int sentInSpecialty = (int) applied.stream()
                .filter(a -> a.chance().program().specialty() == profile.specialty())
                .count();
        List<LateAdditions.Step> additions = late.best(
                applied,
                outlook.posterior(),
                pool.chances(),
                timing.shareLeft(asOf),
                model.season().fees(),
                sentInSpecialty,
                ADDITIONS);
        List<LateAdditions.Declinable> declinable = outlook.pMatch() >= DECLINE_FROM
                ? late.declinable(applied, outlook.posterior()).stream()
                        .filter(d -> d.loss() < DECLINE_LOSS)
                        .toList()
                : List.of();
        return new TrackerReport(
                asOf,
                timing.matchYear(),
                model.season().year(),
                planOnly,
                outlook,
                lines,
                notInCatalog,
                additions,
                pool.area(),
                declinable,
                rankList(lines, outlook, model));
    }

    /**
     * Each entry with its program's chance at the start of the season; an entry whose program the active catalog
     * no longer has (a newer version was imported since it was saved) is passed to {@code gone} and left out.
     */
    private static List<Line> lines(
            Tracker tracker,
            PreparedCatalog prepared,
            Consumer<String> gone,
            Function<Specialty, ApplicantChances> chances) {
        Map<String, Candidate> byId = new HashMap<>();
        prepared.candidates().forEach(c -> byId.put(c.program().id(), c));
        List<Line> lines = new ArrayList<>();
        for (Tracker.Entry e : tracker.entries()) {
            Candidate c =
                    prepared.catalog().byId(e.id()).map(p -> byId.get(p.id())).orElse(null);
            if (c == null) {
                gone.accept(e.id());
            } else {
                lines.add(new Line(e, chances.apply(c.program().specialty()).assess(c)));
            }
        }
        return lines;
    }

    /** What an entry says, as evidence (TrackedApplication); PLANNED entries are not applications. */
    static TrackedApplication evidence(Line l, InvitationTiming timing, LocalDate asOf) {
        Tracker.Entry e = l.entry();
        return switch (e.status()) {
            case INVITED, INTERVIEWED -> TrackedApplication.invitedTo(l.chance(), e.signal());
            case REJECTED -> TrackedApplication.rejectedBy(l.chance(), e.signal());
            // withdrawn: an invitation declined is still evidence; an application taken back says nothing
            case WITHDRAWN -> new TrackedApplication(l.chance(), e.signal(), e.invited() != null, false, false, 0, 0);
            default ->
                TrackedApplication.waiting(
                        l.chance(),
                        e.signal(),
                        timing.shareSentBy(asOf, e.applied()),
                        timing.rejectionsSentBy(asOf, e.applied()));
        };
    }

    private record Additions(List<ProgramChance> chances, String area) {}

    /** Programs of the plan's specialty not yet tracked: in the search area, or the home state when it is spent. */
    private static Additions additionsPool(
            Applicant applicant,
            Profile profile,
            List<Candidate> candidates,
            List<Line> lines,
            Map<Specialty, ApplicantChances> chances,
            ChanceModel model) {
        Set<String> tracked = new HashSet<>();
        lines.forEach(l -> tracked.add(l.chance().program().id()));
        Specialty specialty = profile.specialty();
        ApplicantChances scored = chances.computeIfAbsent(specialty, s -> model.forApplicant(applicant, s));
        SearchArea area = SearchArea.of(applicant);
        List<Candidate> open = candidates.stream()
                .filter(c -> c.program().specialty() == specialty
                        && !tracked.contains(c.program().id()))
                .toList();
        List<Candidate> inArea = open.stream().filter(area::contains).toList();
        var home = profile.ties() != null && profile.ties().homeState() != null
                ? profile.ties().homeState()
                : profile.school() != null ? profile.school().state() : null;
        if (inArea.size() >= 10 || home == null) {
            return new Additions(scored.assessAll(inArea), "your search area");
        }
        List<Candidate> inState =
                open.stream().filter(c -> c.program().state() == home).toList();
        return new Additions(scored.assessAll(inState), "all of " + home.name());
    }

    /** The programs interviewed at (or invited to), in the applicant's order, with their odds now. */
    private static RankListOdds.Result rankList(List<Line> lines, SeasonOutlook outlook, ChanceModel model) {
        List<Line> ranked = lines.stream()
                .filter(l -> l.entry().status() == Tracker.Status.INTERVIEWED
                        || l.entry().status() == Tracker.Status.INVITED)
                .sorted(Comparator.comparing((Line l) -> l.entry().preference() == null
                        ? Integer.MAX_VALUE
                        : l.entry().preference()))
                .toList();
        return new RankListOdds(outlook.posterior(), model.latentSd())
                .of(ranked.stream().map(Line::chance).toList(), outlook.zLow(), outlook.zHigh());
    }

    public Map<String, Object> json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", asOf.toString());
        doc.put("matchYear", matchYear);
        if (!notInCatalog.isEmpty()) {
            doc.put("notInCatalog", notInCatalog);
        }
        if (matchYear != referenceYear) {
            doc.put(
                    "note",
                    "These dates are in the season of the " + matchYear + " Match; its invitations are timed"
                            + " from September 24, " + (matchYear - 1)
                            + ", while fees, signals and the model's figures are"
                            + " the " + referenceYear + " season's, the latest bundled.");
        }
        doc.put("pMatchAtStart", outlook.pMatchBefore());
        doc.put("pMatch", outlook.pMatch());
        doc.put("pMatchLow", outlook.pMatchLow());
        doc.put("pMatchHigh", outlook.pMatchHigh());
        doc.put("invitations", invitations());
        doc.put("rejections", count(Tracker.Status.REJECTED));
        doc.put("moreInterviewsExpected", outlook.moreInterviews());
        doc.put("summary", TrackerText.summary(this));
        doc.put("programs", TrackerText.programs(this));
        doc.put("applyMore", TrackerText.applyMore(this));
        doc.put(
                "declinable",
                declinable.stream()
                        .map(d -> JsonDocuments.fields(
                                "id",
                                d.application().chance().program().id(),
                                "name",
                                d.application().chance().program().name(),
                                "loss",
                                d.loss()))
                        .toList());
        doc.put("rankList", TrackerText.rankList(rankList));
        return doc;
    }

    /** Invitations received so far (an interview was one too). */
    int invitations() {
        return count(Tracker.Status.INVITED) + count(Tracker.Status.INTERVIEWED);
    }

    int count(Tracker.Status status) {
        return (int) lines.stream().filter(l -> l.entry().status() == status).count();
    }
}
