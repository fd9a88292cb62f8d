package org.smartpick.engine.chance;

import java.util.ArrayList;
import java.util.List;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.RedFlags;

/**
 * The factors that depend on the applicant alone (the same at every program of a specialty). Each method is one
 * factor; a factor that does not apply adds nothing.
 */
final class ApplicantFactors {
    private final Profile p;
    private final ModelParameters m;
    private final int seasonYear;
    private final boolean competitive;
    private final List<Factor> out = new ArrayList<>();

    ApplicantFactors(Profile profile, ModelParameters parameters, int seasonYear, boolean competitive) {
        this.p = profile;
        this.m = parameters;
        this.seasonYear = seasonYear;
        this.competitive = competitive;
    }

    List<Factor> all() {
        competitiveSpecialty();
        examFailures();
        research();
        publications();
        honors();
        honorSocieties();
        letters();
        usClinicalExperience();
        ecfmg();
        yearsSinceGraduation();
        redFlags();
        return List.copyOf(out);
    }

    /** Competitive specialties interview a smaller share of their applicants. */
    private void competitiveSpecialty() {
        if (competitive) {
            add(
                    "competitive-specialty",
                    "a competitive specialty interviews fewer of its applicants",
                    m.get(Parameter.COMPETITIVE_SPECIALTY_INTERVIEW),
                    0);
        }
    }

    /** A failed sitting is a screen at many programs; each further failure costs more. */
    private void examFailures() {
        int failures = p.redFlags().examFailures();
        if (failures == 0) {
            return;
        }
        double logOdds = m.get(Parameter.STEP1_FAILURE) + (failures - 1) * m.get(Parameter.EXTRA_FAILED_ATTEMPT);
        add("exam-failures", failures + " failed exam sitting(s)", logOdds, 0);
    }

    /** Research experiences count per experience, more in competitive specialties, up to a cap. */
    private void research() {
        int counted = Math.min(p.experience().research(), (int) m.get(Parameter.RESEARCH_CAP));
        double per = m.get(competitive ? Parameter.RESEARCH_COMPETITIVE : Parameter.RESEARCH_CORE);
        if (counted > 0) {
            add("research", counted + " research experience(s)", counted * per, 0);
        }
    }

    /** Publications count per paper up to a cap. */
    private void publications() {
        int counted = Math.min(p.experience().publications(), (int) m.get(Parameter.PUBLICATION_CAP));
        if (counted > 0) {
            add("publications", counted + " publication(s)", counted * m.get(Parameter.PUBLICATION), 0);
        }
    }

    /** Clerkship honors show clinical strength. */
    private void honors() {
        int counted = Math.min(p.experience().honors(), (int) m.get(Parameter.HONORS_CAP));
        if (counted > 0) {
            add("honors", counted + " clerkship honors", counted * m.get(Parameter.HONORS), 0);
        }
    }

    /** AOA and GHHS memberships. */
    private void honorSocieties() {
        if (p.experience().aoa()) {
            add("aoa", "AOA membership", m.get(competitive ? Parameter.AOA_COMPETITIVE : Parameter.AOA_CORE), 0);
        }
        if (p.experience().ghhs()) {
            add("ghhs", "Gold Humanism Honor Society", m.get(Parameter.GHHS), 0);
        }
    }

    /** Strong letters help before and after the interview; weak letters hurt. */
    private void letters() {
        switch (p.letters().strength()) {
            case STRONG ->
                add(
                        "letters",
                        "strong letters of recommendation",
                        m.get(Parameter.LETTERS_STRONG),
                        m.get(Parameter.MATCH_LETTERS_STRONG));
            case WEAK -> add("letters", "weak letters of recommendation", m.get(Parameter.LETTERS_WEAK), 0);
            case AVERAGE -> {}
        }
    }

    /** International graduates without US clinical experience are screened out by many programs. */
    private void usClinicalExperience() {
        if (p.img() == null) {
            return;
        }
        int months = p.img().usceMonths();
        double needed = m.get(Parameter.USCE_MONTHS_NEEDED);
        if (months < needed) {
            add(
                    "usce",
                    months + " month(s) of US clinical experience (programs look for " + (int) needed + ")",
                    m.get(Parameter.USCE_NONE) * (1 - months / needed),
                    0);
        } else if (months >= 12) {
            add("usce", months + " months of US clinical experience", m.get(Parameter.USCE_EXTENDED), 0);
        }
    }

    /** Programs prefer IMGs who are already ECFMG certified. */
    private void ecfmg() {
        if (p.img() != null && !p.img().ecfmgCertified()) {
            add("ecfmg", "not yet ECFMG certified", m.get(Parameter.ECFMG_PENDING), 0);
        }
    }

    /** Each year since graduation beyond the first few lowers interest. */
    private void yearsSinceGraduation() {
        int years = p.yearsSinceGraduation(seasonYear);
        int extra = years - (int) m.get(Parameter.YEARS_GRACE);
        if (extra > 0) {
            add(
                    "years-since-graduation",
                    years + " years since graduation",
                    extra * m.get(Parameter.PER_EXTRA_YEAR),
                    0);
        }
    }

    /** Gaps, professionalism issues and a prior unmatched cycle. */
    private void redFlags() {
        RedFlags flags = p.redFlags();
        if (flags.leaveOfAbsence()) {
            add("leave", "a gap or leave of absence", m.get(Parameter.LEAVE_OF_ABSENCE), 0);
        }
        if (flags.professionalism()) {
            add(
                    "professionalism",
                    "a professionalism issue",
                    m.get(Parameter.PROFESSIONALISM),
                    m.get(Parameter.MATCH_PROFESSIONALISM));
        }
        if (flags.priorUnmatched()) {
            add("prior-unmatched", "a prior unmatched cycle", m.get(Parameter.PRIOR_UNMATCHED), 0);
        }
    }

    /** Adds a factor given on the published (marginal) scale, converted to the model's conditional scale. */
    private void add(String key, String sentence, double interview, double match) {
        double k = m.conditionalScale();
        out.add(new Factor(key, sentence, k * interview, k * match));
    }
}
