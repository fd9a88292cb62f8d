package org.smartpick.engine.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ListOdds;
import org.smartpick.engine.chance.ProgramChance;

/**
 * What an answer may do to P(match): an invitation never lowers it, a rejection never raises it, silence lowers it
 * less than a rejection, and with nothing heard the plan's own figures come back.
 */
class SeasonUpdateProperties {
    private static final List<ProgramChance> PROGRAMS =
            SeasonPlans.programs(ApplicantType.US_MD, 226, Specialty.INTERNAL_MEDICINE, 24);
    private static final SeasonUpdate UPDATE = SeasonPlans.update();

    /** A season so far: each of the programs applied to is waiting (with the season's shares), invited or rejected. */
    record Season(List<TrackedApplication> applications, double share) {}

    @Provide
    Arbitrary<Season> seasons() {
        Arbitrary<Integer> count = Arbitraries.integers().between(2, PROGRAMS.size());
        Arbitrary<List<Integer>> states =
                Arbitraries.integers().between(0, 2).list().ofSize(PROGRAMS.size());
        Arbitrary<Double> share = Arbitraries.doubles().between(0, 0.99);
        return Combinators.combine(count, states, share).as((n, s, sh) -> {
            List<TrackedApplication> apps = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                ProgramChance c = PROGRAMS.get(j);
                apps.add(
                        switch (s.get(j)) {
                            case 0 -> TrackedApplication.waiting(c, Signal.NONE, sh, sh / 2);
                            case 1 -> TrackedApplication.invitedTo(c, Signal.NONE);
                            default -> TrackedApplication.rejectedBy(c, Signal.NONE);
                        });
            }
            return new Season(apps, sh);
        });
    }

    private static double pMatch(List<TrackedApplication> apps) {
        return UPDATE.outlook(apps).pMatch();
    }

    private static List<TrackedApplication> with(List<TrackedApplication> apps, int j, TrackedApplication a) {
        List<TrackedApplication> out = new ArrayList<>(apps);
        out.set(j, a);
        return out;
    }

    @Property(tries = 60)
    void anInvitationNeverLowersTheChanceAndARejectionNeverRaisesIt(
            @ForAll("seasons") Season season, @ForAll("index") int index) {
        List<TrackedApplication> apps = season.applications();
        int j = index % apps.size();
        ProgramChance c = apps.get(j).chance();
        TrackedApplication silent = TrackedApplication.waiting(c, Signal.NONE, season.share(), season.share() / 2);
        double waiting = pMatch(with(apps, j, silent));
        assertThat(pMatch(with(apps, j, TrackedApplication.invitedTo(c, Signal.NONE))))
                .isGreaterThanOrEqualTo(waiting - 1e-12);
        assertThat(pMatch(with(apps, j, TrackedApplication.rejectedBy(c, Signal.NONE))))
                .isLessThanOrEqualTo(waiting + 1e-12);
    }

    @Property(tries = 60)
    void silenceLowersTheChanceLessThanARejectionAndMoreAsTheSeasonGoesOn(
            @ForAll("seasons") Season season, @ForAll("index") int index) {
        List<TrackedApplication> apps = season.applications();
        int j = index % apps.size();
        ProgramChance c = apps.get(j).chance();
        double unheard = pMatch(with(apps, j, TrackedApplication.sent(c, Signal.NONE)));
        double silent =
                pMatch(with(apps, j, TrackedApplication.waiting(c, Signal.NONE, season.share(), season.share() / 2)));
        double rejected = pMatch(with(apps, j, TrackedApplication.rejectedBy(c, Signal.NONE)));
        assertThat(silent).isLessThanOrEqualTo(unheard + 1e-12).isGreaterThanOrEqualTo(rejected - 1e-12);
    }

    @Provide
    Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Property(tries = 20)
    void withNothingHeardThePlansFiguresComeBack(@ForAll("count") int n) {
        List<ListOdds.Application> plan = PROGRAMS.subList(0, n).stream()
                .map(c -> new ListOdds.Application(c, Signal.NONE))
                .toList();
        List<TrackedApplication> apps = PROGRAMS.subList(0, n).stream()
                .map(c -> TrackedApplication.sent(c, Signal.NONE))
                .toList();
        var expected = new ListOdds(SeasonPlans.MODEL).evaluate(plan);
        SeasonOutlook outlook = UPDATE.outlook(apps);
        assertThat(outlook.pMatchBefore()).isEqualTo(expected.pMatch());
        assertThat(outlook.pMatch()).isCloseTo(expected.pMatch(), within(1e-12));
        assertThat(outlook.moreInterviews()).isCloseTo(expected.expectedInterviews(), within(1e-9));
        // the band: the exact normal quantiles against the plan's ±z90 (a grid of 0.005 in z)
        assertThat(outlook.pMatchLow()).isCloseTo(expected.pMatchLow(), within(2e-3));
        assertThat(outlook.pMatchHigh()).isCloseTo(expected.pMatchHigh(), within(2e-3));
        outlook.pending().forEach(p -> assertThat(p.interviewNow()).isCloseTo(p.interviewBefore(), within(1e-12)));
    }

    @Provide
    Arbitrary<Integer> count() {
        return Arbitraries.integers().between(1, PROGRAMS.size());
    }
}
