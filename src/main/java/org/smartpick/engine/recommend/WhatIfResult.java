package org.smartpick.engine.recommend;

/** What a change would do: P(match) and cost with the same budget, before and after. */
public record WhatIfResult(
        String label, double pMatchBefore, double pMatchAfter, int applicationsBefore, int applicationsAfter) {
    public double gainPoints() {
        return 100 * (pMatchAfter - pMatchBefore);
    }
}
