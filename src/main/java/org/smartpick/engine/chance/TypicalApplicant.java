package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Signal;
import org.smartpick.engine.SignalAllotment;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.Visa;
import org.smartpick.engine.profile.Budget;
import org.smartpick.engine.profile.ExamOutcome;
import org.smartpick.engine.profile.ExamScale;
import org.smartpick.engine.profile.Exams;
import org.smartpick.engine.profile.Experience;
import org.smartpick.engine.profile.ImgCredentials;
import org.smartpick.engine.profile.Letters;
import org.smartpick.engine.profile.PassFailExam;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.RedFlags;
import org.smartpick.engine.profile.School;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.profile.Ties;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;

/**
 * A typical applicant of one type, as the calibration defines it (docs/model.md): a Step 2 CK, a number of
 * applications per specialty to average programs, and an otherwise ordinary CV. Programs of the typical mix have
 * competitiveness at the quantiles of N(0, {@value #MIX_SD}²); a US graduate applies to one in
 * {@value #HOME_STATE_EVERY} in their home state; every applicant sends all the specialty's signals, spread evenly
 * over the mix.
 */
public record TypicalApplicant(ApplicantType type, int step2, Map<Specialty, Integer> applications, String source) {
    /** Spread of competitiveness among the programs a typical applicant applies to. */
    public static final double MIX_SD = 0.5;
    /** One application in four in the home state (prior; facts.md gives no share). */
    public static final int HOME_STATE_EVERY = 4;

    static final UsState HOME = UsState.TX;

    public TypicalApplicant {
        // in the specialties' order, not Map.of's (which changes between JVMs and with it the last digits of sums)
        EnumMap<Specialty, Integer> ordered = new EnumMap<>(Specialty.class);
        ordered.putAll(applications);
        applications = Collections.unmodifiableMap(ordered);
    }

    /** The four typical applicants (their figures and sources are discussed in docs/model.md). */
    public static List<TypicalApplicant> all() {
        return List.of(
                new TypicalApplicant(
                        ApplicantType.US_MD,
                        249,
                        Map.of(Specialty.INTERNAL_MEDICINE, 60),
                        "Step 2 CK between the matched mean 250.4 and the unmatched median 233 of US MD seniors,"
                                + " weighted by the 93.5% match rate (Charting Outcomes 2024/2026); 60 applications:"
                                + " prior"),
                new TypicalApplicant(
                        ApplicantType.US_DO,
                        245,
                        Map.of(Specialty.INTERNAL_MEDICINE, 70),
                        "prior: about 5 points below US MD seniors; 70 applications: prior"),
                new TypicalApplicant(
                        ApplicantType.US_IMG,
                        240,
                        Map.of(Specialty.INTERNAL_MEDICINE, 90, Specialty.FAMILY_MEDICINE, 30),
                        "prior: between non-US IMGs and US DOs; 120 applications:" + " prior"),
                new TypicalApplicant(
                        ApplicantType.NON_US_IMG,
                        245,
                        Map.of(Specialty.INTERNAL_MEDICINE, 90, Specialty.FAMILY_MEDICINE, 30),
                        "Step 2 CK 248 matched vs 242 unmatched weighted by the 58%"
                                + " match rate (Charting Outcomes 2026); 120 applications: prior"));
    }

    public static TypicalApplicant of(ApplicantType type) {
        return all().stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }

    /** The typical profile with this Step 2 CK. */
    public Profile profile(int seasonYear, int score) {
        return profile(seasonYear, score, HOME);
    }

    /** The typical profile with this Step 2 CK and, for a US graduate, a school in the given state. */
    public Profile profile(int seasonYear, int score, UsState schoolState) {
        return new ProfileBuilderForCalibration(type, seasonYear, score, schoolState).build();
    }

    /** The same with another CV (research, publications, honors, honor societies). */
    public Profile profile(int seasonYear, int score, UsState schoolState, Experience experience) {
        return profile(seasonYear, score, schoolState).withExperience(experience);
    }

    /**
     * The typical score of this type in a specialty whose matched median is given: as far below it as this type's
     * score lies below the Internal Medicine median its figures were set against (254, facts.md §2).
     */
    public double scoreIn(double specialtyMedian) {
        return specialtyMedian - (ObservedProgramFactors.TYPICAL_MEDIAN - step2);
    }

    /** The typical mix of n average programs of a specialty, numbered from 1, in a state without ties. */
    public static List<Candidate> averagePrograms(Specialty specialty, int n) {
        return averagePrograms(specialty, n, false);
    }

    /** The typical mix; with {@code homeShare}, one program in {@value #HOME_STATE_EVERY} is in the home state. */
    public static List<Candidate> averagePrograms(Specialty specialty, int n, boolean homeShare) {
        return averagePrograms(specialty, n, homeShare, ProgramMix.synthetic());
    }

    /** The typical mix drawn from a program mix (synthetic or a catalog's), without interview baselines. */
    public static List<Candidate> averagePrograms(Specialty specialty, int n, boolean homeShare, ProgramMix mix) {
        return averagePrograms(specialty, n, homeShare, mix, null);
    }

    /** The typical mix of a type's applicant: with the mix's interview baselines at the type's quantiles. */
    public static List<Candidate> averagePrograms(
            Specialty specialty, int n, boolean homeShare, ProgramMix mix, ApplicantType type) {
        List<Candidate> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            double c = mix.at(specialty, k, n);
            UsState state = homeShare && k % HOME_STATE_EVERY == 1 ? HOME : UsState.OH;
            Program program = new Program(
                    "typical-" + specialty.name().toLowerCase() + "-" + k,
                    null,
                    specialty,
                    "Average program " + k,
                    null,
                    new Site("Columbus", state, null, null),
                    null,
                    null,
                    ProgramPolicy.UNKNOWN,
                    null,
                    new Provenance("calibration mix", false, null),
                    ProgramStats.NONE);
            out.add(new Candidate(program, Set.of(), c)
                    .withBaseline(type == null ? null : mix.baselineAt(specialty, type, k, n)));
        }
        return out;
    }

    /** The signals of an allotment spread evenly over n applications (NONE where there is none). */
    public static List<Signal> spreadSignals(SignalAllotment allotment, int n) {
        List<Signal> signals = new ArrayList<>(Collections.nCopies(n, Signal.NONE));
        if (allotment == null) {
            return signals;
        }
        List<Signal> kinds = new ArrayList<>();
        kinds.addAll(Collections.nCopies(allotment.gold(), Signal.GOLD));
        kinds.addAll(Collections.nCopies(allotment.silver(), Signal.SILVER));
        kinds.addAll(Collections.nCopies(allotment.plain(), Signal.PLAIN));
        int total = Math.min(kinds.size(), n);
        for (int k = 0; k < total; k++) {
            signals.set((int) ((long) k * n / total), kinds.get(k));
        }
        return signals;
    }

    /** Builds the ordinary profile of a typical applicant. */
    private record ProfileBuilderForCalibration(ApplicantType type, int seasonYear, int score, UsState state) {
        Profile build() {
            boolean img = type.isImg();
            School school = img ? School.abroad("abroad") : School.inState(state);
            Exams exams = new Exams(
                    new PassFailExam(ExamOutcome.PASS, 1),
                    ScoredExam.passed(ExamScale.STEP2_CK, score),
                    null,
                    null,
                    null);
            return new Profile(
                    "typical " + type,
                    type,
                    school,
                    img ? seasonYear - 2 : seasonYear,
                    exams,
                    Specialty.INTERNAL_MEDICINE,
                    List.of(),
                    new Experience(1, 1, img ? 0 : 1, false, false),
                    Letters.average(),
                    Visa.NONE,
                    img ? new ImgCredentials(true, 6) : null,
                    RedFlags.none(),
                    List.of("English"),
                    Ties.none(),
                    Preferences.none(),
                    Budget.unlimited(),
                    List.of(),
                    null);
        }
    }
}
