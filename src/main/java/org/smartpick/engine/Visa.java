package org.smartpick.engine;

/** The visa an applicant needs for residency; programs sponsor J-1, H-1B, both, or neither. */
public enum Visa {
    NONE,
    J1,
    H1B
}
