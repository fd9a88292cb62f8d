package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.engine.season.SpecialtyFacts;

/**
 * What the model derives from the applicant once per specialty: the Step 2 CK it uses, the matched median it is
 * compared with, and the factors that do not depend on the program.
 */
record ApplicantStanding(
        Applicant applicant,
        Specialty specialty,
        boolean competitive,
        OptionalDouble score,
        String scoreSentence,
        double median,
        double baseInterview,
        double baseMatch,
        double baseMatchV2,
        List<Factor> factors,
        boolean speaksSpanish) {

    static ApplicantStanding of(Applicant applicant, Specialty specialty, ModelParameters m, SeasonFacts season) {
        Profile p = applicant.profile();
        boolean competitive = m.isCompetitive(specialty);
        Figure published =
                season.specialty(specialty).map(SpecialtyFacts::step2Matched).orElse(null);
        double median = published != null ? published.value() : m.get(Parameter.STEP2_PRIOR_MEDIAN);
        String medianLabel = published != null
                ? "matched applicants in " + specialty.label()
                : "matched applicants overall (" + specialty.label() + " not published)";
        OptionalDouble score = OptionalDouble.empty();
        String scoreLabel = "Step 2 CK";
        ScoredExam step2 = p.exams().step2ck();
        ScoredExam comlex = p.exams().comlex2();
        if (step2 != null && !step2.isPending()) {
            score = OptionalDouble.of(step2.score());
            scoreLabel = "Step 2 CK " + step2.score();
        } else if (comlex != null && !comlex.isPending()) {
            double z = (comlex.score() - m.get(Parameter.COMLEX2_MEAN)) / m.get(Parameter.COMLEX2_SD);
            double equivalent = m.get(Parameter.STEP2_MEAN) + z * m.get(Parameter.STEP2_SD);
            score = OptionalDouble.of(equivalent);
            scoreLabel =
                    String.format(Locale.ROOT, "COMLEX Level 2-CE %d (≈ Step 2 CK %.0f)", comlex.score(), equivalent);
        }
        double baseInterview = m.interviewIntercept(p.applicantType())
                + (competitive ? m.get(Parameter.COMPETITIVE_SPECIALTY_INTERVIEW) : 0);
        double baseMatch = m.matchIntercept(specialty) + m.matchTypeOffset(p.applicantType());
        double baseMatchV2 = m.matchIntercept(specialty) + m.matchTypeOffsetV2(p.applicantType());
        List<Factor> factors = new ArrayList<>(new ApplicantFactors(p, m, season.year(), competitive).all());
        return new ApplicantStanding(
                applicant,
                specialty,
                competitive,
                score,
                sentence(score, scoreLabel, median, medianLabel),
                median,
                baseInterview,
                baseMatch,
                baseMatchV2,
                List.copyOf(factors),
                speaksSpanish(p));
    }

    /** Whether the profile lists Spanish (decided once here, not at every program scored). */
    private static boolean speaksSpanish(Profile p) {
        return p.languages().stream()
                .map(String::trim)
                .anyMatch(l -> l.equalsIgnoreCase("Spanish")
                        || l.equalsIgnoreCase("Espa\u00f1ol")
                        || l.equalsIgnoreCase("es"));
    }

    /** "Step 2 CK 226 is 28 points below matched applicants in Internal Medicine (254)", the same at every program. */
    private static String sentence(OptionalDouble score, String scoreLabel, double median, String medianLabel) {
        if (score.isEmpty()) {
            return "Step 2 CK pending";
        }
        double gap = score.getAsDouble() - median;
        return String.format(
                Locale.ROOT,
                "%s is %.0f points %s %s (%.0f)",
                scoreLabel,
                Math.abs(gap),
                gap < 0 ? "below" : "above",
                medianLabel,
                median);
    }
}
