package org.smartpick.engine.season;

/** The range check of published shares, for the records of a program's statistics. */
final class Percentages {
    private Percentages() {}

    /** Each given share lies in [0, 100] (null: not published). */
    static void check(String field, Double... shares) {
        for (Double share : shares) {
            if (share != null && !(share >= 0 && share <= 100)) {
                throw new IllegalArgumentException(field + ": percentages lie in [0, 100], got " + share);
            }
        }
    }
}
