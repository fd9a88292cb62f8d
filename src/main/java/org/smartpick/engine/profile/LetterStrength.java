package org.smartpick.engine.profile;

/** How strong the applicant's letters of recommendation are, in their own (or an advisor's) judgement. */
public enum LetterStrength {
    STRONG,
    AVERAGE,
    WEAK
}
