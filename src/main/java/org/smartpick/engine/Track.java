package org.smartpick.engine;

/** The kind of position a program offers in the Match. */
public enum Track {
    /** Full training from PGY-1 to board eligibility. */
    CATEGORICAL,
    /** One PGY-1 year, usually before an advanced position. */
    PRELIMINARY,
    /** A broad PGY-1 year of rotations (transitional year). */
    TRANSITIONAL,
    /** Starts at PGY-2; needs a PGY-1 position through a supplemental rank list. */
    ADVANCED
}
