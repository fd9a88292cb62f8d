package org.smartpick.engine;

/** The NRMP's applicant categories, which carry very different match rates and rules. */
public enum ApplicantType {
    /** Graduate or senior of a US allopathic (MD) school. */
    US_MD,
    /** Graduate or senior of a US osteopathic (DO) school. */
    US_DO,
    /** US citizen who studied at an international school. */
    US_IMG,
    /** Non-US-citizen international medical graduate. */
    NON_US_IMG;

    /** Whether the applicant graduated from a school outside the US (needs ECFMG certification). */
    public boolean isImg() {
        return this == US_IMG || this == NON_US_IMG;
    }

    /** Whether the applicant may sit the COMLEX-USA series (only osteopathic students and graduates do). */
    public boolean takesComlex() {
        return this == US_DO;
    }
}
