package org.smartpick.engine.season;

import java.util.Optional;

/**
 * What a program's (or its specialty's) matched applicants bring on average, as Residency Explorer publishes it:
 * research experiences, peer-reviewed publications and the share in AOA, each null when not published. Under model
 * v2 an applicant's CV counts against these — the program's published interview rates are those of applicants who
 * look like this — rather than against an ordinary CV.
 */
public record MatchedProfile(Double research, Double publications, Double aoaShare) {
    public MatchedProfile {
        for (Double x : new Double[] {research, publications}) {
            if (x != null && !(x >= 0 && x <= 1000)) {
                throw new IllegalArgumentException("research and publications lie in [0, 1000], got " + x);
            }
        }
        if (aoaShare != null && !(aoaShare >= 0 && aoaShare <= 1)) {
            throw new IllegalArgumentException("aoaShare lies in [0, 1], got " + aoaShare);
        }
    }

    /** The program's matched applicants as its statistics give them, when any figure is published. */
    public static Optional<MatchedProfile> of(ProgramStats s) {
        if (s.explorer().matched().researchAverage() == null
                && s.explorer().matched().publicationsAverage() == null
                && s.explorer().matched().aoaPercent() == null) {
            return Optional.empty();
        }
        return Optional.of(new MatchedProfile(
                s.explorer().matched().researchAverage(),
                s.explorer().matched().publicationsAverage(),
                s.explorer().matched().aoaPercent() == null
                        ? null
                        : s.explorer().matched().aoaPercent() / 100));
    }

    /** Each figure this profile lacks taken from the other. */
    public MatchedProfile or(MatchedProfile fallback) {
        if (fallback == null) {
            return this;
        }
        return new MatchedProfile(
                research != null ? research : fallback.research,
                publications != null ? publications : fallback.publications,
                aoaShare != null ? aoaShare : fallback.aoaShare);
    }
}
