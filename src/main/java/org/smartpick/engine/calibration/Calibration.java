package org.smartpick.engine.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Odds;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ApplicantChances;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ListOdds;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.chance.ProgramMix;
import org.smartpick.engine.chance.TypicalApplicant;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.SpecialtyFacts;

/**
 * The model's predictions for the calibration's typical applicants, beside the published figures they should
 * reproduce (docs/model.md, "Calibration").
 */
public final class Calibration {
    private final ChanceModel model;
    private final CalibrationTargets targets;
    private final ListOdds odds;
    private final ProgramMix mix;

    public Calibration(ChanceModel model, CalibrationTargets targets) {
        this(model, targets, ProgramMix.synthetic());
    }

    /** Typical applicants apply to the given mix of programs (a real catalog's, for the national fit). */
    public Calibration(ChanceModel model, CalibrationTargets targets, ProgramMix mix) {
        this.model = model;
        this.targets = targets;
        this.odds = new ListOdds(model);
        this.mix = mix;
    }

    /** One line of the report: a predicted figure beside the published one, and the range it must lie in. */
    public record Row(
            String group, String name, double predicted, double published, double low, double high, String source) {
        public Row(String group, String name, double predicted, double published, double tolerance, String source) {
            this(group, name, predicted, published, published - tolerance, published + tolerance, source);
        }

        public boolean withinTolerance() {
            return predicted >= low && predicted <= high;
        }
    }

    /** P(match) of the typical applicant of a type with the given Step 2 CK, over all their applications. */
    public double typicalMatchRate(ApplicantType type, int step2) {
        return odds.evaluate(typicalApplications(type, step2, null)).pMatch();
    }

    /** P(match) in one specialty: the typical applicant's applications to it alone. */
    public double typicalMatchRate(ApplicantType type, int step2, Specialty only) {
        return odds.evaluate(typicalApplications(type, step2, only)).pMatch();
    }

    /** P(match) of the typical applicant of a type who sends all their applications to one specialty. */
    public double allIn(ApplicantType type, Specialty specialty) {
        TypicalApplicant typical = TypicalApplicant.of(type);
        int n = typical.applications().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        Applicant applicant = new Applicant(typical.profile(model.season().year(), typical.step2()), null);
        List<ProgramChance> assessed = model.forApplicant(applicant, specialty)
                .assessAll(TypicalApplicant.averagePrograms(specialty, n, !type.isImg(), mix, type));
        List<Signal> signals = TypicalApplicant.spreadSignals(
                model.season()
                        .specialty(specialty)
                        .flatMap(SpecialtyFacts::signalsIfKnown)
                        .orElse(null),
                n);
        List<ListOdds.Application> applications = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            applications.add(new ListOdds.Application(assessed.get(i), signals.get(i)));
        }
        return odds.evaluate(applications).pMatch();
    }

    /** Expected interviews of the typical applicant of a type when matched and when not. */
    public ListOdds.InterviewsByOutcome typicalInterviews(ApplicantType type) {
        return odds.interviewsByOutcome(
                typicalApplications(type, TypicalApplicant.of(type).step2(), null));
    }

    /** P(match) of a typical US senior scoring at the specialty's median, given k interviews at average programs. */
    public double matchGivenRanks(Specialty specialty, int k) {
        Profile profile =
                TypicalApplicant.of(ApplicantType.US_MD).profile(model.season().year(), median(specialty));
        ApplicantChances chances = model.forApplicant(new Applicant(profile, null), specialty);
        List<ProgramChance> interviewed = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Program p = TypicalApplicant.averagePrograms(specialty, 1).get(0).program();
            interviewed.add(chances.assess(new Candidate(p, Set.of(), 0.0)));
        }
        return odds.pMatchGivenInterviews(interviewed);
    }

    /** The odds ratio of matching between k + 1 and k contiguous ranks. */
    public double rankOddsRatio(Specialty specialty, int k) {
        return Odds.ratio(matchGivenRanks(specialty, k + 1), matchGivenRanks(specialty, k));
    }

    public List<Row> report() {
        List<Row> rows = new ArrayList<>();
        for (TypicalApplicant typical : TypicalApplicant.all()) {
            Figure published = model.season().matchRates().get(typical.type());
            rows.add(new Row(
                    "match rate by applicant type",
                    "typical " + typical.type(),
                    typicalMatchRate(typical.type(), typical.step2()),
                    published.value(),
                    0.03,
                    published.source()));
        }
        rows.add(new Row(
                "match rate by applicant type",
                "typical NON_US_IMG, all 120 applications in Family Medicine",
                allIn(ApplicantType.NON_US_IMG, Specialty.FAMILY_MEDICINE),
                targets.nonUsImgFamilyMedicine(),
                0.10,
                "Charting Outcomes 2026, non-US IMGs who ranked Family Medicine first"));
        rows.add(new Row(
                "match rate by applicant type",
                "typical NON_US_IMG, Internal Medicine only",
                typicalMatchRate(
                        ApplicantType.NON_US_IMG,
                        TypicalApplicant.of(ApplicantType.NON_US_IMG).step2(),
                        Specialty.INTERNAL_MEDICINE),
                targets.nonUsImgInternalMedicine(),
                0.08,
                "Charting Outcomes 2026, non-US IMGs who ranked Internal Medicine first"));
        interviews(rows);
        curve(rows, ApplicantType.US_MD, targets.step2UsMd());
        curve(rows, ApplicantType.NON_US_IMG, targets.step2NonUsImg());
        rows.add(new Row(
                "contiguous ranks",
                "P(match) at " + targets.ranksCore() + " ranks, core",
                matchGivenRanks(Specialty.INTERNAL_MEDICINE, targets.ranksCore()),
                targets.rankTargetP(),
                0.02,
                "Charting Outcomes 2007"));
        rows.add(new Row(
                "contiguous ranks",
                "P(match) at " + targets.ranksCompetitive() + " ranks, competitive",
                matchGivenRanks(Specialty.ORTHOPAEDIC_SURGERY, targets.ranksCompetitive()),
                targets.rankTargetP(),
                0.02,
                "Charting Outcomes 2007"));
        int k = (int) targets.ranksOfMatched();
        rows.add(new Row(
                "contiguous ranks",
                "odds ratio per rank at " + k + " → " + (k + 1) + ", core",
                rankOddsRatio(Specialty.INTERNAL_MEDICINE, k),
                targets.rankOddsRatio(),
                0.25,
                "Charting Outcomes 2007, US seniors, other specialties (at the typical list of matched applicants)"));
        if (mix.hasBaselines()) {
            Calibration v1 = new Calibration(model, targets, mix.withoutBaselines());
            for (TypicalApplicant typical : TypicalApplicant.all()) {
                Figure published = model.season().matchRates().get(typical.type());
                rows.add(new Row(
                        "model v1 (specialties without interview rates)",
                        "typical " + typical.type(),
                        v1.typicalMatchRate(typical.type(), typical.step2()),
                        published.value(),
                        0.03,
                        published.source()));
            }
        }
        return rows;
    }

    /**
     * Interviews of matched and unmatched applicants beside the programs they rank. Under model v1 the model's
     * interviews are the ranks (± 2.5). Under model v2 they are the offers the data's interview rates imply; an
     * applicant ranks the programs they attend, so offers lie between the published ranks and twice them (a matched
     * applicant with many offers declines some; unmatched applicants decline few).
     */
    private void interviews(List<Row> rows) {
        ListOdds.InterviewsByOutcome interviews = typicalInterviews(ApplicantType.US_MD);
        boolean v2 = mix.hasBaselines();
        String what = v2 ? "interviews offered (the published ranks ≤ offers ≤ twice them)" : "interviews";
        double matched = targets.ranksOfMatched();
        double unmatched = targets.ranksOfUnmatched();
        String sourceMatched = "NRMP 2015: matched applicants ranked about 10 programs";
        String sourceUnmatched = "NRMP 2015: unmatched applicants ranked about 4 programs";
        rows.add(
                v2
                        ? new Row(
                                "interviews",
                                "typical US_MD, matched: " + what,
                                interviews.matched(),
                                matched,
                                matched - 2.5,
                                2 * matched,
                                sourceMatched)
                        : new Row(
                                "interviews",
                                "typical US_MD, matched: " + what,
                                interviews.matched(),
                                matched,
                                2.5,
                                sourceMatched));
        rows.add(
                v2
                        ? new Row(
                                "interviews",
                                "typical US_MD, unmatched: " + what,
                                interviews.unmatched(),
                                unmatched,
                                unmatched - 2.5,
                                2 * unmatched,
                                sourceUnmatched)
                        : new Row(
                                "interviews",
                                "typical US_MD, unmatched: " + what,
                                interviews.unmatched(),
                                unmatched,
                                2.5,
                                sourceUnmatched));
    }

    private void curve(List<Row> rows, ApplicantType type, Map<Integer, Double> points) {
        points.keySet().stream()
                .sorted()
                .forEach(score -> rows.add(new Row(
                        "Step 2 CK curve, Internal Medicine",
                        type + " at " + score,
                        typicalMatchRate(type, score, Specialty.INTERNAL_MEDICINE),
                        points.get(score),
                        0.08,
                        "facts.md §2, inverted from Charting Outcomes 2026 [C]")));
    }

    public List<ListOdds.Application> typicalApplications(ApplicantType type, int step2, Specialty only) {
        TypicalApplicant typical = TypicalApplicant.of(type);
        Applicant applicant = new Applicant(typical.profile(model.season().year(), step2), null);
        List<ListOdds.Application> applications = new ArrayList<>();
        typical.applications().forEach((specialty, n) -> {
            if (only == null || only == specialty) {
                ApplicantChances chances = model.forApplicant(applicant, specialty);
                List<ProgramChance> assessed =
                        chances.assessAll(TypicalApplicant.averagePrograms(specialty, n, !type.isImg(), mix, type));
                List<Signal> signals = TypicalApplicant.spreadSignals(
                        model.season()
                                .specialty(specialty)
                                .flatMap(SpecialtyFacts::signalsIfKnown)
                                .orElse(null),
                        n);
                for (int i = 0; i < n; i++) {
                    applications.add(new ListOdds.Application(assessed.get(i), signals.get(i)));
                }
            }
        });
        return applications;
    }

    private int median(Specialty specialty) {
        return (int) Math.round(model.matchedStep2(specialty));
    }
}
