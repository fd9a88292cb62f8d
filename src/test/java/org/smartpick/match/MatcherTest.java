package org.smartpick.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.match.Instances.applicant;
import static org.smartpick.match.Instances.program;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatcherTest {
    private final Matcher matcher = new Matcher();

    @Test
    void theNrmpWorkedExample() {
        MatchResult r = matcher.run(Instances.nrmpExample());
        assertThat(r.status()).isEqualTo(MatchResult.Status.STABLE);
        assertThat(r.stable()).isTrue();
        assertThat(r.assignments())
                .isEqualTo(Map.of(
                        "Chen", "Mercy", "Garcia", "City", "Eastman", "City", "Davis", "General", "Hassan", "State",
                        "Ford", "State"));
        assertThat(r.unmatched()).containsExactlyInAnyOrder("Anderson", "Brown");
        assertThat(r.unfilled()).isEqualTo(Map.of("Mercy", 1, "General", 1));
    }

    @Test
    void aPairIsAcceptableOnlyIfBothRankEachOther() {
        MatchInstance i = new MatchInstance(List.of(program("P", 1, "x")), List.of(applicant("y", "P")), List.of());
        MatchResult r = matcher.run(i);
        assertThat(r.assignments()).isEmpty();
        assertThat(r.unfilled()).isEqualTo(Map.of("P", 1));
    }

    @Test
    void aCoupleCanMatchTogetherOrWithOneMemberUnmatched() {
        MatchInstance i = new MatchInstance(
                List.of(program("P", 1, "a1", "s"), program("Q", 1, "a2")),
                List.of(applicant("s", "P")),
                List.of(new MatchInstance.CoupleEntry(
                        "a1", "a2", List.of(new String[] {"P", "Q"}, new String[] {null, "Q"}))));
        MatchResult r = matcher.run(i);
        assertThat(r.status()).isEqualTo(MatchResult.Status.STABLE);
        assertThat(r.assignments()).isEqualTo(Map.of("a1", "P", "a2", "Q"));
        assertThat(r.unmatched()).containsExactly("s");
    }

    @Test
    void aPairListedTwiceIsNotPreferredToItself() {
        // The couple lists (P, Q) first and again third; holding it is stable. The checker once compared with the
        // last listing and called the first one a blocking pair.
        MatchInstance i = new MatchInstance(
                List.of(program("P", 1, "a1"), program("Q", 1, "a2"), program("R", 1, "a1")),
                List.of(),
                List.of(new MatchInstance.CoupleEntry(
                        "a1", "a2", List.of(new String[] {"P", "Q"}, new String[] {"R", null}, new String[] {"P", "Q"
                        }))));
        MatchResult r = matcher.run(i);
        assertThat(r.assignments()).isEqualTo(Map.of("a1", "P", "a2", "Q"));
        assertThat(r.status()).isEqualTo(MatchResult.Status.STABLE);
        assertThat(new StabilityChecker().problems(i, Map.of("P", 1, "Q", 1, "R", 1), r.assignments()))
                .isEmpty();
    }

    @Test
    void withCouplesAStableMatchingMayNotExistAndTheMatcherSaysSo() {
        // p1 prefers a1 to s; p2 prefers s to a2; the couple wants (p1, p2) only; s prefers p1 to p2.
        // Every matching is blocked (Roth 1984), so none can be reported stable.
        MatchInstance i = new MatchInstance(
                List.of(program("p1", 1, "a1", "s"), program("p2", 1, "s", "a2")),
                List.of(applicant("s", "p1", "p2")),
                List.of(new MatchInstance.CoupleEntry("a1", "a2", List.of(new String[][] {{"p1", "p2"}}))));
        MatchResult r = matcher.run(i);
        assertThat(r.status()).isEqualTo(MatchResult.Status.NO_STABLE_MATCHING_FOUND);
        assertThat(r.stable()).isFalse();
    }

    @Test
    void anAdvancedMatchBringsTheSupplementalPgy1Position() {
        MatchInstance i = new MatchInstance(
                List.of(
                        new MatchInstance.ProgramEntry("Derm", 1, List.of("d"), true, null),
                        program("Prelim", 1, "d", "x"),
                        program("TY", 1, "d")),
                List.of(
                        new MatchInstance.ApplicantEntry("d", List.of("Derm"), List.of("TY", "Prelim")),
                        applicant("x", "Prelim")),
                List.of());
        MatchResult r = matcher.run(i);
        assertThat(r.assignments())
                .containsEntry("d", "Derm")
                .containsEntry("d#pgy1", "TY")
                .containsEntry("x", "Prelim");
        assertThat(r.stable()).isTrue();
    }

    @Test
    void unfilledPositionsRevertToTheDesignatedProgram() {
        MatchInstance i = new MatchInstance(
                List.of(
                        new MatchInstance.ProgramEntry("Research", 2, List.of("a"), false, "Clinical"),
                        program("Clinical", 1, "b", "c")),
                List.of(applicant("a", "Research"), applicant("b", "Clinical"), applicant("c", "Clinical")),
                List.of());
        MatchResult r = matcher.run(i);
        assertThat(r.assignments())
                .containsEntry("a", "Research")
                .containsEntry("b", "Clinical")
                .containsEntry("c", "Clinical");
        assertThat(r.unfilled()).isEmpty();
        assertThat(r.status()).isEqualTo(MatchResult.Status.STABLE);
    }
}
