package org.smartpick.engine.chance;

import java.util.Locale;

/**
 * The scalar coefficients of the chance model, each with what it means. Values, their evidence and sources live in
 * the versioned parameter resource (docs/model.md), never in code. Log-odds unless the name says otherwise.
 */
public enum Parameter {
    INTERVIEW_INTERCEPT_US_MD("interview log-odds of a typical US MD applicant at an average program"),
    INTERVIEW_INTERCEPT_US_DO("interview log-odds of a typical US DO applicant at an average program"),
    INTERVIEW_INTERCEPT_US_IMG("interview log-odds of a typical US-citizen IMG at an average program"),
    INTERVIEW_INTERCEPT_NON_US_IMG("interview log-odds of a typical non-US IMG at an average program"),
    COMPETITIVE_SPECIALTY_INTERVIEW("interview log-odds shift in a competitive specialty"),
    MATCH_INTERCEPT_CORE("log-odds of matching at a program after interviewing there, core specialty"),
    MATCH_INTERCEPT_COMPETITIVE("the same in a competitive specialty"),
    LATENT_SD("standard deviation of the applicant's unobserved strength, on both logits"),
    STEP2_SLOPE_INTERVIEW("interview log-odds per Step 2 CK point above the specialty's matched median"),
    STEP2_SLOPE_MATCH("match-after-interview log-odds per Step 2 CK point above the matched median"),
    STEP2_PENDING("interview log-odds when Step 2 CK is still pending"),
    STEP2_PRIOR_MEDIAN("Step 2 CK of matched applicants used where a specialty's is not published"),
    STEP2_MEAN("mean Step 2 CK of all takers"),
    STEP2_SD("standard deviation of Step 2 CK"),
    COMLEX2_MEAN("mean COMLEX Level 2-CE"),
    COMLEX2_SD("standard deviation of COMLEX Level 2-CE"),
    PROGRAM_COMPETITIVENESS("interview log-odds per unit of program competitiveness"),
    SCORE_BY_COMPETITIVENESS("relative increase of the Step 2 CK slope per unit of program competitiveness"),
    SETTING_UNIVERSITY("competitiveness of a university program"),
    SETTING_UNIVERSITY_AFFILIATED("competitiveness of a university-affiliated program"),
    SETTING_COMMUNITY("competitiveness of a community program"),
    SETTING_COUNTY("competitiveness of a county / safety-net program"),
    SETTING_VA_MILITARY("competitiveness of a VA or military program"),
    IMG_AT_UNIVERSITY("interview log-odds of an IMG at a university program"),
    IMG_AT_COMMUNITY("interview log-odds of an IMG at a community or county program"),
    DO_AT_UNIVERSITY("interview log-odds of a DO at a university program"),
    STEP1_FAILURE("interview log-odds after a failed Step 1 or COMLEX Level 1"),
    EXTRA_FAILED_ATTEMPT("interview log-odds per further failed sitting of any exam"),
    RESEARCH_CORE("interview log-odds per research experience, core specialty"),
    RESEARCH_COMPETITIVE("interview log-odds per research experience, competitive specialty"),
    RESEARCH_CAP("research experiences that count at most"),
    PUBLICATION("interview log-odds per publication"),
    PUBLICATION_CAP("publications that count at most"),
    HONORS("interview log-odds per clerkship honors"),
    HONORS_CAP("honors that count at most"),
    AOA_CORE("interview log-odds of AOA membership, core specialty"),
    AOA_COMPETITIVE("interview log-odds of AOA membership, competitive specialty"),
    GHHS("interview log-odds of GHHS membership"),
    LETTERS_STRONG("interview log-odds of strong letters"),
    LETTERS_WEAK("interview log-odds of weak letters"),
    LETTER_FROM_REGION("interview log-odds of a letter from a physician in the program's state"),
    LANGUAGE_COMMUNITY("interview log-odds of speaking Spanish at a program in a state with a large Spanish-speaking"
            + " patient community"),
    USCE_NONE("interview log-odds of an IMG without US clinical experience"),
    USCE_MONTHS_NEEDED("months of US clinical experience at which the IMG penalty is gone"),
    USCE_EXTENDED("interview log-odds of an IMG with a year or more of US clinical experience"),
    ECFMG_PENDING("interview log-odds of an IMG not yet ECFMG certified"),
    YEARS_GRACE("years since graduation that carry no penalty"),
    PER_EXTRA_YEAR("interview log-odds per year since graduation beyond the grace years"),
    LEAVE_OF_ABSENCE("interview log-odds of a gap or leave of absence"),
    PROFESSIONALISM("interview log-odds of a professionalism issue"),
    PRIOR_UNMATCHED("interview log-odds of a prior unmatched cycle"),
    IN_STATE("interview log-odds of applying in the home state"),
    TIE_STATE("interview log-odds of applying in another state of ties"),
    GEO_ALIGNED("interview log-odds of an aligned ERAS geographic preference"),
    GEO_UNALIGNED("interview log-odds when the stated divisions leave the program out"),
    REGION_TIE("interview log-odds of ties to the program's named region"),
    WITHIN_RADIUS("interview log-odds of a program within the applicant's stated radius"),
    GEO_OVERLAP("share of each geographic tie counted beside the strongest one (the ties overlap)"),
    AWAY_CORE("interview log-odds of an away rotation at the program, core specialty"),
    AWAY_COMPETITIVE("interview log-odds of an away rotation at the program, competitive specialty"),
    VISA_UNKNOWN("interview log-odds when the program is not known to sponsor the visa needed"),
    PROGRAM_SIZE("interview log-odds per doubling of PGY-1 positions over 8"),
    MATCH_SIGNAL("match-after-interview log-odds of a signal"),
    MATCH_AWAY("match-after-interview log-odds of an away rotation at the program"),
    MATCH_IN_STATE("match-after-interview log-odds of applying in the home state"),
    MATCH_LETTERS_STRONG("match-after-interview log-odds of strong letters"),
    MATCH_PROFESSIONALISM("match-after-interview log-odds of a professionalism issue"),
    MATCH_US_DO("match-after-interview log-odds of a US DO"),
    MATCH_US_IMG("match-after-interview log-odds of a US-citizen IMG"),
    MATCH_NON_US_IMG("match-after-interview log-odds of a non-US IMG"),
    STEP2_SLOPE_INTERVIEW_V2("interview log-odds per Step 2 CK point from a typical applicant's score, under model"
            + " v2's data-based interview chances"),
    STEP2_SLOPE_INTERVIEW_V2_IMG("the same for international graduates"),
    STEP2_COMPETITIVE_V2("how many times the model v2 Step 2 CK slope weighs in a competitive specialty"),
    MATCH_V2_US_GRADUATE("match-after-interview log-odds of a US MD or DO graduate (alike) where model v2's"
            + " data-based interview chances apply"),
    MATCH_V2_US_IMG("the same of a US-citizen IMG"),
    MATCH_V2_NON_US_IMG("the same of a non-US IMG");

    private final String meaning;

    Parameter(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** The key in the parameter resource, e.g. {@code step2SlopeInterview}. */
    public String key() {
        StringBuilder key = new StringBuilder();
        for (String part : name().toLowerCase(Locale.ROOT).split("_")) {
            key.append(key.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return key.toString();
    }
}
