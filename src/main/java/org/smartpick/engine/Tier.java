package org.smartpick.engine;

/**
 * Reach, target and safety, by the chance of an interview at the program with the signal it gets: below 20% a
 * reach, from 50% a safety. Interview chances are what applicants reason about, and they separate programs more
 * than the chance of matching at one program, which is small everywhere.
 */
public enum Tier {
    REACH, TARGET, SAFETY;

    public static final double TARGET_FROM = 0.20;
    public static final double SAFETY_FROM = 0.50;

    public static Tier of(double interviewChance) {
        return interviewChance >= SAFETY_FROM ? SAFETY : interviewChance >= TARGET_FROM ? TARGET : REACH;
    }
}
