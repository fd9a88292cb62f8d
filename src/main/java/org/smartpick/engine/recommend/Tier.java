package org.smartpick.engine.recommend;

/**
 * Reach, target and safety, by the chance of an interview at the program <em>without</em> a signal: below 20% a
 * reach, from 50% a safety. The tier says what kind of program it is for this applicant, before the signal
 * decision (a signal does not turn a reach into a target; the signal is shown beside it). Interview chances are
 * what applicants reason about, and they separate programs more than the chance of matching at one program.
 */
public enum Tier {
    REACH,
    TARGET,
    SAFETY;

    public static final double TARGET_FROM = 0.20;
    public static final double SAFETY_FROM = 0.50;

    public static Tier of(double interviewChance) {
        return interviewChance >= SAFETY_FROM ? SAFETY : interviewChance >= TARGET_FROM ? TARGET : REACH;
    }
}
