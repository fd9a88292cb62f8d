package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Candidate;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.MatchedProfile;
import org.smartpick.engine.season.ProgramBaseline;

/**
 * Model v2's factors at one program (docs/model.md, "Model v2"): the level the program's published interview rates
 * (or the program-level model) give the applicant's type, the specialty's measured shifts for home state and for
 * applying without a signal, and then the applicant's own deviations from a typical applicant of the type: Step 2
 * CK against the typical score, and the personal factors of {@link ProgramFactors#personal()}.
 */
final class ObservedProgramFactors {
    /** The Internal Medicine matched median that the typical applicants' scores are set against (facts.md §2). */
    static final double TYPICAL_MEDIAN = 254;

    /** The keys of the applicant's CV factors, which v2 nets against the program's matched applicants. */
    static final Set<String> CV = Set.of("research", "publications", "honors", "aoa");

    /**
     * What model v2 derives from the applicant once per specialty, not per program: the typical score of the type
     * and its sentence, and the log-odds and words of the applicant's CV factors.
     */
    record Standing(double typicalScore, String step2Sentence, double cvLogOdds, String cv) {
        static Standing of(ApplicantStanding s) {
            ApplicantType type = s.applicant().profile().applicantType();
            double typical = TypicalApplicant.of(type).scoreIn(s.median());
            String sentence = s.score().isEmpty()
                    ? null
                    : String.format(
                            Locale.ROOT,
                            "Step 2 CK %.0f is %.0f points" + " %s a typical %s applicant to %s (%.0f)",
                            s.score().getAsDouble(),
                            Math.abs(s.score().getAsDouble() - typical),
                            s.score().getAsDouble() < typical ? "below" : "above",
                            label(type),
                            s.specialty().label(),
                            typical);
            List<Factor> cv =
                    s.factors().stream().filter(f -> CV.contains(f.key())).toList();
            String words = cv.isEmpty()
                    ? "no research, publications or honors"
                    : String.join(", ", cv.stream().map(Factor::sentence).toList());
            return new Standing(
                    typical,
                    sentence,
                    cv.stream().mapToDouble(Factor::interview).sum(),
                    words);
        }
    }

    private final ApplicantStanding standing;
    private final Standing v2;
    private final ModelParameters m;
    private final Candidate candidate;
    private final ProgramBaseline baseline;
    private final ApplicantType type;
    private final ProgramFactors programFactors;
    private final List<Factor> out = new ArrayList<>();

    ObservedProgramFactors(ApplicantStanding standing, Standing v2, ModelParameters parameters, Candidate candidate) {
        this.standing = standing;
        this.v2 = v2;
        this.m = parameters;
        this.candidate = candidate;
        this.baseline = candidate.baseline();
        this.type = standing.applicant().profile().applicantType();
        this.programFactors = new ProgramFactors(standing, parameters, candidate);
    }

    List<Factor> all(boolean signalsOffered) {
        level();
        reference(signalsOffered);
        step2();
        againstMatchedApplicants();
        homeState();
        out.addAll(programFactors.personal());
        ProgramFactors.discountOverlappingTies(out, m.get(Parameter.GEO_OVERLAP));
        return out;
    }

    /** Where the program starts for the type: its published rate (shrunk), or the program-level model. */
    private void level() {
        double b = baseline.of(type).orElseThrow();
        String who = label(type) + " applicants";
        String sentence;
        if (baseline.observed().contains(type)) {
            double rate = baseline.rates().of(type).getAsDouble();
            sentence = "interviewed " + percent(rate) + " of " + who + " in "
                    + baseline.rates().season() + signalNote();
        } else if (baseline.rates() != null || candidate.program().stats().hasAny()) {
            sentence = "no published rate for " + who + ": programs like this one interviewed about "
                    + percent(sigmoid(b)) + " of them";
        } else {
            sentence = "no published interview rates: an average " + setting()
                    + candidate.program().specialty().label() + " program interviews about " + percent(sigmoid(b))
                    + " of " + who + " (setting prior)";
        }
        add("program-level", sentence, b, 0);
    }

    private String signalNote() {
        InterviewRates r = baseline.rates();
        Double signalled = r.gold() != null ? r.gold() : r.signal();
        return signalled == null
                ? ""
                : " (" + percent(signalled) + " of those who signalled"
                        + (r.noSignal() == null ? "" : ", " + percent(r.noSignal()) + " of those who did not") + ")";
    }

    /**
     * The average application mixes in-state and signalled ones; one from another state without a signal fares
     * worse (the applicant's own home state and signal are then added back).
     */
    private void reference(boolean signalsOffered) {
        double shift = baseline.reference(type);
        if (Math.abs(shift) < 0.005) {
            return;
        }
        String what = type.isImg() || baseline.homeContrast() == 0
                ? "without a signal"
                : signalsOffered ? "from another state's school and without a signal" : "from another state's school";
        add("reference", "an application " + what + " fares below this program's average one", shift, 0);
    }

    /** Step 2 CK against a typical applicant of the type in the specialty; competitive programs weigh it more. */
    private void step2() {
        if (standing.score().isEmpty()) {
            add("step2", "Step 2 CK pending: programs screen without it", m.get(Parameter.STEP2_PENDING), 0);
            return;
        }
        double gap = standing.score().getAsDouble() - v2.typicalScore();
        double weight = Math.max(
                0.3,
                1
                        + m.get(Parameter.SCORE_BY_COMPETITIVENESS)
                                * (programFactors.competitiveness() + candidate.demand()));
        // The slopes are fitted on the model's own (conditional) scale, so they are not rescaled.
        // Where programs screen hardest (competitive specialties) a score far from the typical one weighs more; the
        // interview-rate data say nothing about scores, so this is a prior (docs/model.md §7).
        double slope = m.get(type.isImg() ? Parameter.STEP2_SLOPE_INTERVIEW_V2_IMG : Parameter.STEP2_SLOPE_INTERVIEW_V2)
                * (standing.competitive() ? m.get(Parameter.STEP2_COMPETITIVE_V2) : 1);
        out.add(new Factor(
                "step2", v2.step2Sentence(), gap * slope * weight, gap * m.get(Parameter.STEP2_SLOPE_MATCH)));
    }

    /**
     * The applicant's research, publications, honors and AOA (one factor, key {@code cv}: what they add net of the
     * program's applicants) count against what the program's applicants bring —
     * for US graduates its matched applicants' averages where Residency Explorer publishes them, else its
     * specialty's; for international graduates (whom those averages, mostly of US graduates, do not describe) and
     * where nothing is known, a typical applicant's ordinary CV (§4) — since its published rate is that of
     * applicants like them.
     */
    private void againstMatchedApplicants() {
        boolean competitive = standing.competitive();
        MatchedProfile matched = type.isImg() ? null : baseline.matched();
        double research = matched != null && matched.research() != null ? matched.research() : 1;
        double publications = matched != null && matched.publications() != null ? matched.publications() : 1;
        double aoa = matched != null && matched.aoaShare() != null ? matched.aoaShare() : 0;
        double honors = type.isImg() ? 0 : 1;
        double offset = Math.min(research, m.get(Parameter.RESEARCH_CAP))
                        * m.get(competitive ? Parameter.RESEARCH_COMPETITIVE : Parameter.RESEARCH_CORE)
                + Math.min(publications, m.get(Parameter.PUBLICATION_CAP)) * m.get(Parameter.PUBLICATION)
                + honors * m.get(Parameter.HONORS)
                + aoa * m.get(competitive ? Parameter.AOA_COMPETITIVE : Parameter.AOA_CORE);
        // Concatenation, not String.format: this runs for every program scored.
        String whose = matched == null
                ? "a typical " + label(type) + " applicant's"
                : "what "
                        + (candidate.program().stats().explorer().matched().researchAverage() != null
                                ? "its"
                                : "its specialty's")
                        + " matched applicants bring (" + tenths(research) + " research experiences, "
                        + tenths(publications)
                        + " publications, " + Math.round(100 * aoa) + " % in AOA on average)";
        out.add(new Factor(
                "cv", "your CV (" + v2.cv() + ") against " + whose, v2.cvLogOdds() - m.conditionalScale() * offset, 0));
    }

    /** US graduates: the program's (else its specialty's) in-state contrast; anyone: ties to its state. */
    private void homeState() {
        Profile p = standing.applicant().profile();
        UsState home =
                p.ties().homeState() != null ? p.ties().homeState() : p.school().state();
        UsState state = candidate.program().state();
        if (!type.isImg() && state == home) {
            Double rate = baseline.rates() == null ? null : baseline.rates().inState();
            add(
                    "in-state",
                    "in your home state (" + home.fullName() + ")"
                            + (rate == null ? "" : ": in-state applicants were interviewed at " + percent(rate)),
                    baseline.homeContrast(),
                    m.get(Parameter.MATCH_IN_STATE));
        }
        if ((type.isImg() && state == home) || p.ties().states().contains(state)) {
            add("tie-state", "in a state you have ties to (" + state.fullName() + ")", m.get(Parameter.TIE_STATE), 0);
        }
    }

    private String setting() {
        ProgramSetting s = candidate.program().setting();
        return s == null
                ? ""
                : s.name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("va military", "VA or military") + " ";
    }

    static String label(ApplicantType type) {
        return switch (type) {
            case US_MD -> "US MD";
            case US_DO -> "US DO";
            case US_IMG -> "US-citizen IMG";
            case NON_US_IMG -> "non-US IMG";
        };
    }

    private static String tenths(double x) {
        long t = Math.round(x * 10);
        return (t / 10) + "." + (t % 10);
    }

    static String percent(double p) {
        // Math.round, not String.format: a program's sentences are written each time it is scored
        return p < 0.005 ? "under 1 %" : Math.round(100 * p) + " %";
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Adds a factor given on the published (marginal) scale, converted to the model's conditional scale. */
    private void add(String key, String sentence, double interview, double match) {
        double k = m.conditionalScale();
        out.add(new Factor(key, sentence, k * interview, k * match));
    }
}
