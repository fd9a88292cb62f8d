package org.smartpick.engine.profile;

import org.smartpick.engine.Invariants;

/** What international graduates bring besides exams: ECFMG certification and US clinical experience. */
public record ImgCredentials(boolean ecfmgCertified, int usceMonths) {
    /** Ten years of US clinical experience is a generous ceiling; more is a typo. */
    public static final int MAX_USCE_MONTHS = 120;

    public ImgCredentials {
        Invariants.range("usceMonths", usceMonths, 0, MAX_USCE_MONTHS);
    }
}
