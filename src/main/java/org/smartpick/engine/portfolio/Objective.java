package org.smartpick.engine.portfolio;

/** What the optimizer maximises. */
public enum Objective {
    /** The chance of matching anywhere on the list. */
    MATCH,
    /** The expected utility of where the applicant matches, utilities from their preferences. */
    UTILITY
}
